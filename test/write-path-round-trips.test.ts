import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { timeInDatabase } from "../bench/database-time.js";
import { countRoundTrips } from "../bench/round-trips.js";
import { dropReservedNumbers } from "../src/cases/case-number-reserve.js";
import { as, caseInput, type TestApp, type World, useWorld } from "./helpers.js";

/**
 * The write path's statements to the database, counted as the benchmark counts them
 * (bench/round-trips.ts): what docs/performance.md says an opening and a note cost may not grow
 * unnoticed. The fewest of three tries, so that a statement the idle app sends meanwhile (a
 * LISTEN ping) is not taken for the request's.
 */
// a caller looked up before, a number taken ahead: one script (case with the next number, entry, clocks with their events and timers, NOTIFY)
const OPENING_BUDGET = 1;
const NOTE_BUDGET = 2; // the case with its chain head; one script: search words, entry, NOTIFY
const PUBLIC_NOTE_BUDGET = 3; // and the reply's context (thread, CC, the caller's account); the writer's role is cached
const PUBLIC_NOTE_NO_ADDRESS_BUDGET = 2; // a caller with no e-mail address gets no reply: no context to read

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const roundTrips = countRoundTrips();
const databaseMs = timeInDatabase();
const sequence = (number: string) => Number(number.split("-")[1]);

async function fewestRoundTrips(send: () => Promise<{ status: number }>) {
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = roundTrips();
    const answer = await send();
    expect(answer.status).toBe(201);
    fewest = Math.min(fewest, roundTrips() - before);
  }
  return fewest;
}

describe("the write path's round trips", () => {
  it("the time in the database, as the benchmark measures it, counts a statement's time there and not the request's own", async () => {
    const before = databaseMs();
    await sql`SELECT pg_sleep(0.05)`.execute(t.deps.db);
    const slept = databaseMs() - before;
    expect(slept).toBeGreaterThanOrEqual(45);
    expect(slept).toBeLessThan(1_000);
    const dispatcher = as(t, world.users.dispatcher.token);
    await dispatcher.post("/api/v1/cases", caseInput());
    const from = databaseMs();
    const started = performance.now();
    expect((await dispatcher.post("/api/v1/cases", caseInput())).status).toBe(201);
    const wall = performance.now() - started;
    expect(databaseMs() - from).toBeGreaterThan(0);
    expect(databaseMs() - from).toBeLessThan(wall);
  });

  it("opening a case with a typed caller and adding a note stay within their budgets", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    // the first request of a token reads its user; later ones find it in the cache
    const first = await dispatcher.post("/api/v1/cases", caseInput());
    expect(first.status).toBe(201);
    expect(await fewestRoundTrips(() => dispatcher.post("/api/v1/cases", caseInput()))).toBeLessThanOrEqual(OPENING_BUDGET);
    expect(await fewestRoundTrips(() => dispatcher.post(`/api/v1/cases/${first.body.id}/notes`, { body: "已远程查看日志", visibility: "internal" }))).toBeLessThanOrEqual(NOTE_BUDGET);
    expect(await fewestRoundTrips(() => dispatcher.post(`/api/v1/cases/${first.body.id}/notes`, { body: "备件明天上午到货", visibility: "public" }))).toBeLessThanOrEqual(PUBLIC_NOTE_NO_ADDRESS_BUDGET);
    const withAddress = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "王建国", phone: "13800138000", email: "wang@example.com", contractNo: "HT-2026-001" } }));
    expect(await fewestRoundTrips(() => dispatcher.post(`/api/v1/cases/${withAddress.body.id}/notes`, { body: "备件明天上午到货", visibility: "public" }))).toBeLessThanOrEqual(PUBLIC_NOTE_BUDGET);
    // that caller's replies are queued, one per public note; the one without an address got none
    const replies = await t.deps.db.selectFrom("notifications").select(["caseId", "toAddress"]).where("template", "=", "case.reply").execute();
    expect(replies.filter((r) => r.caseId === withAddress.body.id).map((r) => r.toAddress)).toEqual(Array(3).fill("wang@example.com"));
    expect(replies.filter((r) => r.caseId === first.body.id)).toEqual([]);
  });

  it("notes sent at once on one case go one after another, none of them sent twice", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = await dispatcher.post("/api/v1/cases", caseInput());
    await dispatcher.post(`/api/v1/cases/${opened.body.id}/notes`, { body: "先看一下", visibility: "internal" });
    const before = roundTrips();
    const sent = await Promise.all(Array.from({ length: 6 }, (_, i) => dispatcher.post(`/api/v1/cases/${opened.body.id}/notes`, { body: `同时第${i}条`, visibility: "internal" })));
    expect(sent.map((s) => s.status)).toEqual(Array(6).fill(201));
    // each its case with the chain's head and its script: a note that lost its place would add two more
    expect(roundTrips() - before).toBeLessThanOrEqual(6 * NOTE_BUDGET);
    const log = await dispatcher.get(`/api/v1/cases/${opened.body.id}/activities?limit=100`);
    expect((log.body.items as { seq: number }[]).map((e) => e.seq)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
  });

  it("a typed caller refused for its contract or its codes takes no case number", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const before = await dispatcher.post("/api/v1/cases", caseInput());
    const unknownContract = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "王建国", phone: "13800138000", contractNo: "HT-NONE" } }));
    expect(unknownContract.status).toBe(422);
    expect(unknownContract.body.errors).toEqual([expect.objectContaining({ path: "body.caller.contractNo", code: "unknown_contract" })]);
    const unknownVendor = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "NoSuchVendor" }));
    expect(unknownVendor.status).toBe(422);
    expect(unknownVendor.body.errors).toEqual([expect.objectContaining({ path: "body.vendor", code: "unknown_code" })]);
    const after = await dispatcher.post("/api/v1/cases", caseInput());
    expect(sequence(after.body.number)).toBe(sequence(before.body.number) + 1);
  });

  it("numbers taken ahead rise one opening after another, also after openings at once", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const open = async () => sequence((await dispatcher.post("/api/v1/cases", caseInput())).body.number);
    const numbers: number[] = [];
    for (let i = 0; i < 4; i++) numbers.push(await open());
    expect(numbers).toEqual([numbers[0]!, numbers[0]! + 1, numbers[0]! + 2, numbers[0]! + 3]);
    // openings at once hand numbers back in any order: the smallest held goes first
    await Promise.all(Array.from({ length: 12 }, () => dispatcher.post("/api/v1/cases", caseInput())));
    const after: number[] = [];
    for (let i = 0; i < 16; i++) after.push(await open());
    expect(after).toEqual([...after].sort((x, y) => x - y));
    expect(new Set(after).size).toBe(16);
  });

  it("a sequence set back under the numbers held costs one fresh number, not a failed opening", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    dropReservedNumbers(t.deps.db);
    // the look-up takes this one's number, its INSERT the next one's
    const first = sequence((await dispatcher.post("/api/v1/cases", caseInput())).body.number);
    // an administrator's setval: the sequence hands out again the number this instance holds
    await sql`SELECT setval('case_number_seq', ${first})`.execute(t.deps.db);
    const held = await dispatcher.post("/api/v1/cases", caseInput());
    expect(held.status).toBe(201);
    expect(sequence(held.body.number)).toBe(first + 1);
    const collided = await dispatcher.post("/api/v1/cases", caseInput());
    expect(collided.status).toBe(201);
    expect(sequence(collided.body.number)).toBe(first + 2);
  });

  it("a typed caller is matched to the contact with that phone and to the contract's company", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "来电人", phone: "010-66112233", contractNo: "ht-2026-001" } }));
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ customerId: world.acme.id, contactId: world.acmeContact.id, contractId: world.acmeContract.id });
    expect(opened.body.caller).toMatchObject({ name: "来电人", company: "华北电力信息中心", contractNo: "HT-2026-001" });
    // a phone nobody has and no contract: no company, no contact, still a case
    const stranger = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "陌生人", phone: "13999999999" } }));
    expect(stranger.status).toBe(201);
    expect(stranger.body).toMatchObject({ customerId: null, contactId: null, contractId: null });
  });
});
