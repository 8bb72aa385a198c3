import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_ENGINE } from "../../test/engine.js";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { openPostgres } from "./postgres.js";
import { databaseFailureOf } from "./database-errors.js";
import { runScript } from "./script.js";
import { APPLICATION_NAME } from "./script-lanes.js";
import type { Database } from "./database.js";

describe.skipIf(TEST_ENGINE !== "postgres")("scripts through pipelined connections (src/db/script-lanes.ts)", () => {
  let database: TestDatabase;
  let admin: pg.Client;
  // one pool connection and one lane, so that what goes where is told apart
  let narrow: Database;
  const databaseName = () => new URL(database.url!).pathname.slice(1);
  const count = async (id: number) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM lane_probe WHERE id = ${id}`.execute(database.db)).rows[0]!.n;
  const insert = (db: Database["db"], id: number, label = "x") => sql`INSERT INTO lane_probe (id, label) VALUES (${id}, ${label})`.compile(db);

  beforeAll(async () => {
    database = await testDatabase();
    await sql`CREATE TABLE lane_probe (id integer PRIMARY KEY, label text)`.execute(database.db);
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    narrow = openPostgres(database.url!, 1, { lanes: 1 });
    // the lane connects on first use; until then the pool serves
    await runScript(narrow.db, [insert(narrow.db, 0)]);
    await vi.waitFor(async () => expect(await pipelinedBackends()).toHaveLength(1));
  });
  afterAll(async () => {
    await narrow?.close();
    await admin?.end();
    await database?.drop();
  });

  const pipelinedBackends = async () =>
    (await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2", [databaseName(), APPLICATION_NAME])).rows;

  it("a script outside a transaction needs no pool connection: it goes while the pool's only one is held", async () => {
    const { db } = narrow;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction().execute(async (tx) => {
      await sql`SELECT 1`.execute(tx);
      await held;
    });
    try {
      // one at a time, so that the lane always takes them (the pool would wait for the transaction)
      for (const id of [1, 2, 3]) await runScript(db, [insert(db, id)]);
      expect(await count(2)).toBe(1);
    } finally {
      release();
      await transaction;
    }
  });

  it("scripts sent together each commit or fail alone: a failure takes back its own statements, not its neighbours'", async () => {
    const { db } = narrow;
    const outcomes = await Promise.allSettled([
      runScript(db, [insert(db, 10)]),
      runScript(db, [insert(db, 11, "taken back"), insert(db, 10, "duplicate")]),
      runScript(db, [insert(db, 12)]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: "23505" });
    expect([await count(10), await count(11), await count(12)]).toEqual([1, 0, 1]);
  });

  it("a script that waits on a lock does not hold up those after it for long: they go through the pool", async () => {
    const { db } = narrow;
    await runScript(db, [insert(db, 20)]);
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("SELECT * FROM lane_probe WHERE id = 20 FOR UPDATE");
      const waiting = runScript(db, [sql`UPDATE lane_probe SET label = ${"after the lock"} WHERE id = ${20}`.compile(db)]);
      // once the waiting script has been in flight a while, the lane takes no more
      await new Promise((resolve) => setTimeout(resolve, 120));
      const started = performance.now();
      await runScript(db, [insert(db, 21)]);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(await count(21)).toBe(1);
      await locker.query("COMMIT");
      await waiting;
      const { rows } = await sql<{ label: string }>`SELECT label FROM lane_probe WHERE id = 20`.execute(db);
      expect(rows[0]!.label).toBe("after the lock");
    } finally {
      await locker.end();
    }
  });

  it("a lane whose connection was ended fails what was on it as unreachable, and is replaced", async () => {
    const { db } = narrow;
    const [lane] = await pipelinedBackends();
    // its failure is taken at once: it may come before the termination's own answer does
    const sleeping = runScript(db, [sql`SELECT pg_sleep(${5})`.compile(db)]).then(() => undefined, (error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await admin.query("SELECT pg_terminate_backend($1)", [lane!.pid]);
    expect(databaseFailureOf(await sleeping)).toBe("unreachable");
    // the pool serves meanwhile, and a new lane connects
    await runScript(db, [insert(db, 30)]);
    expect(await count(30)).toBe(1);
    await vi.waitFor(async () => {
      await runScript(db, [sql`SELECT 1`.compile(db)]);
      const now = await pipelinedBackends();
      expect(now).toHaveLength(1);
      expect(now[0]!.pid).not.toBe(lane!.pid);
    }, { timeout: 5_000 });
  });

  it("a plan gone stale on the lane (another instance's migration) is sent again", async () => {
    const { db } = narrow;
    await sql`CREATE TABLE lane_plan_probe (id integer PRIMARY KEY)`.execute(db);
    await sql`INSERT INTO lane_plan_probe VALUES (1)`.execute(db);
    const read = () => runScript<Record<string, unknown>>(db, [sql`SELECT * FROM lane_plan_probe WHERE id = ${1}`.compile(db), sql`SELECT ${1}`.compile(db)]);
    for (let i = 0; i < 8; i++) expect(await read()).toEqual([{ id: 1 }]);
    await admin.query("ALTER TABLE lane_plan_probe ADD COLUMN note text DEFAULT 'added'");
    for (let i = 0; i < 8; i++) expect(await read()).toEqual([{ id: 1, note: "added" }]);
  });
});
