import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ENGINE, testDatabase, type TestDatabase } from "../../test/helpers.js";
import { listMigrations, migrate, type Migration } from "./migrate.js";

const migration = (name: string, sql: string): Migration => ({
  version: name.slice(0, 4), name, sql, checksum: createHash("sha256").update(sql).digest("hex"),
});

// after every real migration (the template database has them all), so only these are pending
const good = migration("9001_migrate_test_good", "CREATE TABLE migrate_test_good (id integer PRIMARY KEY);");
const broken = migration(
  "9002_migrate_test_broken",
  `CREATE TABLE migrate_test_broken (id integer PRIMARY KEY);
INSERT INTO migrate_test_broken VALUES (1);
ALTER TABLE migrate_test_good ADD COLUMN note text;
INSERT INTO migrate_test_broken VALUES (1);`,
);
const after = migration("9003_migrate_test_after", "CREATE TABLE migrate_test_after (id integer PRIMARY KEY);");

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

const query = <T>(text: string, params?: unknown[]) => database.withRawSession((session) => session.query<T>(text, params));
const tableExists = async (name: string) => (await query<{ t: string | null }>("SELECT to_regclass($1)::text AS t", [name]))[0]!.t !== null;
const applied = async () =>
  (await query<{ version: string }>("SELECT version FROM schema_migrations WHERE version >= '9000' ORDER BY version")).map((r) => r.version);

describe(`migrate on ${TEST_ENGINE}`, () => {
  it("names the migration that fails, and leaves nothing of it: its statements before the failure are rolled back", async () => {
    const error = await migrate(database, [...listMigrations(), good, broken, after]).then(
      () => null,
      (e: Error) => e,
    );
    // all three are tried in one transaction first; that fails, so each runs alone to find the culprit
    expect(error?.message).toMatch(/^casedesk: migration 9002_migrate_test_broken failed: .*duplicate key/);
    expect(await applied()).toEqual(["9001"]);
    expect(await tableExists("migrate_test_good")).toBe(true);
    expect(await tableExists("migrate_test_broken")).toBe(false);
    // the broken one's ALTER of an earlier migration's table was undone with the rest of it
    const columns = await query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'migrate_test_good'");
    expect(columns.map((c) => c.column_name)).toEqual(["id"]);
    // nothing after the failing one was applied either
    expect(await tableExists("migrate_test_after")).toBe(false);
  });

  it("leaves no transaction open and no lock held, so the fixed migration then applies", async () => {
    if (TEST_ENGINE === "postgres") {
      const locks = await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
      expect(locks[0]!.n).toBe(0);
    }
    const fixed = migration(broken.name, "CREATE TABLE migrate_test_broken (id integer PRIMARY KEY);\nINSERT INTO migrate_test_broken VALUES (1);");
    expect(await migrate(database, [...listMigrations(), good, fixed, after])).toEqual(["9002_migrate_test_broken", "9003_migrate_test_after"]);
    expect(await applied()).toEqual(["9001", "9002", "9003"]);
    expect(await query<{ id: number }>("SELECT id FROM migrate_test_broken")).toEqual([{ id: 1 }]);
  });

  it("refuses to run when an applied migration's file changed since", async () => {
    const changed = migration(good.name, `${good.sql}\n-- edited after it was applied`);
    await expect(migrate(database, [...listMigrations(), changed])).rejects.toThrow(
      "casedesk: migration 9001_migrate_test_good was changed after it was applied; add a new migration instead",
    );
  });
});
