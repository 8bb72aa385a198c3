import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../auth/index.js";
import { as, caseInput, seedWorld, testApp, type TestApp, type World } from "../../test/helpers.js";
import { inTransaction } from "../db/transaction.js";
import { addNote } from "./add-note.js";
import { recordEntry } from "./case-change.js";
import { lockCaseAddingNote } from "./search-index.js";
import { verifyActivityLog } from "./index.js";

/**
 * An opening and a note go to the database as one script (case-change.ts `recordEntryInScript`),
 * their entry hashed onto a chain head read without the case's lock. These are the guarantees that
 * rest on it: no two entries take one place, a lost place is tried again with nothing of the first
 * try kept, and a subscriber that needs the transaction still gets one.
 */
let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await testApp();
  world = await seedWorld(t.deps);
});
afterAll(async () => t.close());

const logOf = (caseId: string) =>
  t.deps.db.selectFrom("caseActivities").select(["seq", "kind", "data"]).where("caseId", "=", caseId).orderBy("seq").execute();

async function openCase() {
  const opened = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput());
  expect(opened.status).toBe(201);
  return opened.body as { id: string; number: string };
}

describe("the write path's one script", () => {
  it("lands every one of many notes sent at once on one case, in one unbroken chain", async () => {
    const { id } = await openCase();
    const writers = [world.users.engineer.token, world.users.engineer2.token, world.users.dispatcher.token];
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) =>
      as(t, writers[i % writers.length]!).post(`/api/v1/cases/${id}/notes`, { body: `并发备注 ${i}`, visibility: "internal" })));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const log = await logOf(id);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(log.slice(1).map((e) => (e.data as { body: string }).body)).size).toBe(24);
    expect((await verifyActivityLog(t.deps)).breaks).toEqual([]);
  });

  it("sends a note again when another entry took its place meanwhile, and keeps nothing of the first try", async () => {
    const { id } = await openCase();
    const tries: string[] = [];
    let interfered = false;
    // runs after the note's head was read and before its script is sent: another note gets in first
    t.deps.events.subscribeWriter("note.added", async (event, read) => {
      if (event.caseId !== id || event.data.body !== "第二条") return [];
      tries.push(read.isTransaction ? "transaction" : "script");
      if (!interfered) {
        interfered = true;
        // as another instance would (this instance's notes on one case wait for each other): under the case's lock
        await inTransaction(t.deps.db, async (tx) => {
          const locked = await lockCaseAddingNote(tx, id, "抢先的一条", "internal");
          await recordEntry(t.deps, tx, { caseId: id, kind: "note.added", visibility: "internal", actorId: systemActor.id, at: t.clock.now(), data: { body: "抢先的一条" } }, { caseFacts: locked! });
        });
      }
      return [];
    });
    const note = await addNote(t.deps, { actor: systemActor, caseId: id, body: "第二条", visibility: "internal" });
    // sent again as a script, not handed to the transaction path
    expect(tries).toEqual(["script", "script"]);
    expect(note.seq).toBe(3);
    const log = await logOf(id);
    expect(log.map((e) => [e.seq, (e.data as { body?: string }).body ?? e.kind])).toEqual([[1, "case.opened"], [2, "抢先的一条"], [3, "第二条"]]);
    // the first try's word update went back with it: each note's words are in the case's search vector once
    const { searchAll } = await t.deps.db.selectFrom("cases").select("searchAll").where("id", "=", id).executeTakeFirstOrThrow();
    expect(String(searchAll).match(/'第二'/g)).toHaveLength(1);
    expect((await verifyActivityLog(t.deps)).breaks).toEqual([]);
  });

  // runs last: the handler it subscribes stays on the app's bus
  it("takes the transaction path when a subscriber of the entry needs the transaction itself", async () => {
    const { id } = await openCase();
    const seen: boolean[] = [];
    t.deps.events.subscribe("note.added", async (tx, event) => {
      if (event.caseId === id) seen.push(tx.isTransaction);
    });
    const answer = await as(t, world.users.engineer.token).post(`/api/v1/cases/${id}/notes`, { body: "需要事务的订阅者", visibility: "internal" });
    expect(answer.status).toBe(201);
    expect(seen).toEqual([true]);
    expect((await logOf(id)).map((e) => e.seq)).toEqual([1, 2]);
  });
});
