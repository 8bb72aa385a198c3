import { existsSync, writeFileSync } from "node:fs";
import { utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PNG, TEXT } from "../../test/files.js";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { multipart } from "../../test/multipart.js";
import { attachmentStoreFor } from "../attachments/index.js";
import { ensureHousekeepingScheduled, nextRunAt, runHousekeeping, SWEEP_GRACE_MS } from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const DAY = 24 * 60 * 60_000;
const aged = (path: string, ms: number) => utimes(path, new Date(Date.now() - ms), new Date(Date.now() - ms));

async function uploadTo(caseId: string, data: Buffer) {
  const body = multipart([{ name: "file", filename: "log.png", contentType: "image/png", data }]);
  const response = await t.server.inject({ method: "POST", url: `/api/v1/cases/${caseId}/attachments`, headers: { authorization: `Bearer ${world.users.engineer.token}`, ...body.headers }, payload: body.payload });
  expect(response.statusCode).toBe(201);
}

describe("housekeeping", () => {
  it("runs at the next 03:00 in the display time zone", () => {
    expect(nextRunAt(new Date("2026-11-30T12:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-30T19:00:00.000Z");
    expect(nextRunAt(new Date("2026-11-30T18:30:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-30T19:00:00.000Z");
    expect(nextRunAt(new Date("2026-11-30T19:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-12-01T19:00:00.000Z");
  });

  it("deletes attachment files nothing names once a day has passed, and never one an attachment names or one just stored again", async () => {
    const store = attachmentStoreFor(t.deps.config);
    const opened = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput());
    await uploadTo(opened.body.id, PNG);
    const named = store.pathOf((await store.put(PNG)).sha256);
    // left by changes that rolled back: one old, one recent, one old but about to be stored again
    const orphan = store.pathOf((await store.put(Buffer.from("orphan left by a rollback"))).sha256);
    const recent = store.pathOf((await store.put(TEXT)).sha256);
    const again = Buffer.from("stored again by an upload in progress");
    const storedAgain = store.pathOf((await store.put(again)).sha256);
    const unfinished = join(dirname(orphan), ".deadbeef.0123.tmp");
    writeFileSync(unfinished, "half a file");
    for (const path of [named, orphan, storedAgain, unfinished]) await aged(path, SWEEP_GRACE_MS + DAY);
    await store.put(again);

    const report = await runHousekeeping(t.deps);
    expect(report.files).toMatchObject({ examined: 4, removed: 1 });
    expect([named, orphan, recent, storedAgain, unfinished].map(existsSync)).toEqual([true, false, true, true, false]);
    // what a case names still downloads
    const files = await as(t, world.users.engineer.token).get(`/api/v1/cases/${opened.body.id}/attachments`);
    const download = await t.server.inject({ method: "GET", url: `/api/v1/attachments/${files.body.items[0].id}`, headers: { authorization: `Bearer ${world.users.engineer.token}` } });
    expect(download.rawPayload.equals(PNG)).toBe(true);
  });

  it("drops the raw bytes of mail handled for good after the retention, and keeps failed mail's for a retry", async () => {
    const now = t.clock.now();
    const old = new Date(now.getTime() - 91 * DAY);
    const row = (key: string, status: "processed" | "rejected" | "failed", receivedAt: Date) => ({
      source: "smtp" as const, sourceRef: null, dedupeKey: key, messageId: null, raw: Buffer.from(`raw ${key}`), rawSha256: null, sizeBytes: 10,
      envelopeFrom: null, envelopeTo: null, sender: null, subject: key, status, reason: null, detail: null, outcome: null, caseId: null, channel: null,
      attachments: "[]", acknowledgedAt: null, ackSkipped: null, receivedAt, processedAt: receivedAt,
    });
    await t.deps.db.insertInto("inboundMessages").values([
      row("hk-old-processed", "processed", old), row("hk-old-rejected", "rejected", old), row("hk-old-failed", "failed", old), row("hk-new-processed", "processed", now),
    ]).execute();
    expect((await runHousekeeping(t.deps)).inboundTrimmed).toBe(2);
    const rows = await t.deps.db.selectFrom("inboundMessages").select(["dedupeKey", "raw"]).where("dedupeKey", "like", "hk-%").orderBy("dedupeKey").execute();
    expect(rows.map((r) => [r.dedupeKey, r.raw === null])).toEqual([
      ["hk-new-processed", false], ["hk-old-failed", false], ["hk-old-processed", true], ["hk-old-rejected", true],
    ]);
  });

  it("deletes the per-client limit windows that have ended and keeps the running ones", async () => {
    // the limiter's windows end by the wall clock, like the store's files
    await t.deps.db.insertInto("rateLimits").values([
      { key: "links:203.0.113.1", points: 20, expire: Date.now() - 60_000 },
      { key: "login:203.0.113.2", points: 3, expire: Date.now() + 60_000 },
      { key: "login:203.0.113.3", points: 1, expire: null },
    ]).execute();
    expect((await runHousekeeping(t.deps)).rateLimitsCleared).toBe(1);
    const left = await t.deps.db.selectFrom("rateLimits").select("key").orderBy("key").execute();
    expect(left.map((row) => row.key)).toEqual(["login:203.0.113.2", "login:203.0.113.3"]);
  });

  it("runs daily as a durable timer that schedules the next day's", async () => {
    await ensureHousekeepingScheduled(t.deps);
    const pending = () => t.deps.db.selectFrom("timers").select(["key", "dueAt"]).where("kind", "=", "housekeeping.daily").where("status", "=", "pending").execute();
    const [first] = await pending();
    expect(first!.dueAt.toISOString()).toBe(nextRunAt(t.clock.now(), "Asia/Shanghai").toISOString());
    t.clock.set(new Date(first!.dueAt.getTime() + 60_000));
    await t.runJobs();
    const [next] = await pending();
    expect(next!.dueAt.getTime() - first!.dueAt.getTime()).toBe(DAY);
    expect(next!.key).not.toBe(first!.key);
  });
});
