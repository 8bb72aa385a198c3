import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, useWorld } from "../../test/helpers.js";

let t: TestApp;
useWorld((app) => {
  t = app;
});

// migration 0038: a pending timer goes into three indexes (id, key, due), no longer five, and
// each of the table's questions still has an index to answer it
beforeAll(async () => {
  await sql`
    INSERT INTO timers (key, kind, due_at, scheduled_at, payload, status, created_at)
    SELECT 'sla:' || md5(g::text) || ':resolution:1:' || s, 'sla.breach', now() - g * interval '1 minute', now(), '{}',
      CASE WHEN g % 10 = 0 THEN 'pending' WHEN g % 7 = 0 THEN 'cancelled' ELSE 'fired' END, now()
    FROM generate_series(1, 20000) g, (VALUES ('breach'), ('warn0')) v(s)`.execute(t.deps.db);
  await sql`ANALYZE timers`.execute(t.deps.db);
});

async function plan(query: string) {
  const { rows } = await sql<{ "QUERY PLAN": unknown }>`EXPLAIN (FORMAT JSON) ${sql.raw(query)}`.execute(t.deps.db);
  const text = JSON.stringify(rows[0]!["QUERY PLAN"]);
  return { indexes: [...text.matchAll(/"Index Name":"([^"]+)"/g)].map((m) => m[1]), seqScan: text.includes('"Seq Scan"') };
}

describe("the timers' indexes", () => {
  it("are three for a pending timer: its id, its key and its due time", async () => {
    const { rows } = await sql<{ name: string; predicate: string | null }>`
      SELECT indexrelid::regclass::text AS name, pg_get_expr(indpred, indrelid) AS predicate
      FROM pg_index WHERE indrelid = 'timers'::regclass ORDER BY 1`.execute(t.deps.db);
    const holdingPending = rows.filter((r) => r.predicate === null || r.predicate.includes("= 'pending'"));
    expect(holdingPending.map((r) => r.name).sort()).toEqual(["timers_due_idx", "timers_key_pattern_key", "timers_pkey"]);
  });

  it("cancel a clock's pending timers by key prefix through the key's unique index", async () => {
    const cancel = await plan(`UPDATE timers SET status = 'cancelled' WHERE status = 'pending' AND key LIKE 'sla:abc:%'`);
    expect(cancel).toEqual({ indexes: ["timers_key_pattern_key"], seqScan: false });
  });

  it("list pending timers through the due index and settled ones through the settled index", async () => {
    const pending = await plan(`SELECT * FROM timers WHERE status = 'pending' ORDER BY due_at DESC, id DESC LIMIT 51`);
    expect(pending).toEqual({ indexes: ["timers_due_idx"], seqScan: false });
    const fired = await plan(`SELECT * FROM timers WHERE status = 'fired' ORDER BY due_at DESC, id DESC LIMIT 51`);
    expect(fired).toEqual({ indexes: ["timers_settled_idx"], seqScan: false });
  });

  it("keep a key unique: the same key scheduled twice is one row", async () => {
    const insert = sql`INSERT INTO timers (key, kind, due_at, scheduled_at, payload, created_at)
      VALUES ('sla:twice:resolution:1:breach', 'sla.breach', now(), now(), '{}', now()) ON CONFLICT (key) DO NOTHING`;
    expect((await insert.execute(t.deps.db)).numAffectedRows).toBe(1n);
    expect((await insert.execute(t.deps.db)).numAffectedRows).toBe(0n);
  });
});
