import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { inlineParameters, runScript } from "./script.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
  await sql`CREATE TABLE script_probe (id integer PRIMARY KEY, label text, at timestamptz, tags text[], data jsonb)`.execute(database.db);
});
afterAll(async () => database.drop());

describe(runScript.name, () => {
  it("runs the statements in order, each seeing what the one before wrote, and answers the first statement's rows", async () => {
    const { db } = database;
    const at = new Date("2026-12-07T03:04:05.678Z");
    const label = "it's \\ a \"label\" $1 $$";
    const rows = await runScript<{ id: number; label: string; at: Date; tags: string[]; data: { quote: string } }>(db, [
      db.insertInto("script_probe" as never).values({ id: 1, label, at, tags: ["a", "b'c"], data: JSON.stringify({ quote: "'" }) } as never).returningAll().compile(),
      sql`UPDATE script_probe SET label = label || ${"!"} WHERE id = ${1}`.compile(db),
      sql`INSERT INTO script_probe (id, label) SELECT 10, label FROM script_probe WHERE id = ${1}`.compile(db),
    ]);
    expect(rows).toEqual([{ id: 1, label, at, tags: ["a", "b'c"], data: { quote: "'" } }]);
    const copied = await db.selectFrom("script_probe" as never).select("label" as never).where("id" as never, "=", 10 as never).executeTakeFirst();
    expect(copied).toEqual({ label: `${label}!` });
  });

  it("commits all or nothing: a failing statement takes back the ones before it", async () => {
    const { db } = database;
    await expect(runScript(db, [
      sql`INSERT INTO script_probe (id, label) VALUES (${2}, ${"kept?"})`.compile(db),
      sql`INSERT INTO script_probe (id, label) VALUES (${1}, ${"duplicate"})`.compile(db),
    ])).rejects.toMatchObject({ code: "23505" });
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM script_probe WHERE id = 2`.execute(db);
    expect(rows[0]!.n).toBe(0);
  });

  it("joins the transaction it is run in", async () => {
    const { db } = database;
    await expect(db.transaction().execute(async (tx) => {
      await runScript(tx, [sql`INSERT INTO script_probe (id) VALUES (${3})`.compile(tx)]);
      throw new Error("roll back");
    })).rejects.toThrow("roll back");
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM script_probe WHERE id = 3`.execute(db);
    expect(rows[0]!.n).toBe(0);
  });
});

describe("a script's statements kept prepared (src/db/pipeline.ts, src/db/pglite-prepared.ts)", () => {
  const count = async (db: TestDatabase["db"], id: number) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM script_probe WHERE id = ${id}`.execute(db)).rows[0]!.n;

  it("a statement after the one that failed is sent again whole, and a value that cannot be sent writes nothing", async () => {
    const { db } = database;
    await expect(runScript(db, [
      sql`INSERT INTO script_probe (id, label) VALUES (${20}, ${"first"})`.compile(db),
      sql`INSERT INTO script_probe (id, label) VALUES (${20}, ${"duplicate"})`.compile(db),
      sql`INSERT INTO script_probe (id, label, tags) VALUES (${21}, ${"never parsed"}, ${["x"]})`.compile(db),
    ])).rejects.toMatchObject({ code: "23505" });
    // the third statement's Parse was skipped by the server after the failure: sent alone now, it must be parsed anew
    for (let i = 0; i < 3; i++) await runScript(db, [sql`INSERT INTO script_probe (id, label, tags) VALUES (${22 + i}, ${"never parsed"}, ${["x"]})`.compile(db)]);
    expect(await count(db, 24)).toBe(1);
    // a statement that cannot even be prepared (no such table): the ones after it are prepared later, when first run
    await expect(runScript(db, [
      sql`INSERT INTO script_probe (id, label) VALUES (${25}, ${"before"})`.compile(db),
      sql`INSERT INTO script_probe_missing (id) VALUES (${26})`.compile(db),
      sql`INSERT INTO script_probe (id, label, at) VALUES (${27}, ${"after"}, ${new Date()})`.compile(db),
    ])).rejects.toMatchObject({ code: "42P01" });
    expect(await count(db, 25)).toBe(0);
    await runScript(db, [sql`INSERT INTO script_probe (id, label, at) VALUES (${28}, ${"after"}, ${new Date()})`.compile(db)]);
    expect(await count(db, 28)).toBe(1);

    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(runScript(db, [
      sql`INSERT INTO script_probe (id, label) VALUES (${30}, ${"before"})`.compile(db),
      sql`INSERT INTO script_probe (id, data) VALUES (${31}, ${circular})`.compile(db),
    ])).rejects.toThrow();
    expect(await count(db, 30)).toBe(0);
  });

  it("a statement whose table changed under it (another instance's migration) is prepared again", async () => {
    const { db } = database;
    await sql`CREATE TABLE script_plan_probe (id integer PRIMARY KEY)`.execute(db);
    await sql`INSERT INTO script_plan_probe VALUES (1)`.execute(db);
    const read = () => runScript<Record<string, unknown>>(db, [sql`SELECT * FROM script_plan_probe WHERE id = ${1}`.compile(db), sql`SELECT ${1}`.compile(db)]);
    // several times, so that every pooled connection used keeps the plan
    for (let i = 0; i < 8; i++) expect(await read()).toEqual([{ id: 1 }]);
    await sql`ALTER TABLE script_plan_probe ADD COLUMN note text DEFAULT 'added'`.execute(db);
    for (let i = 0; i < 8; i++) expect(await read()).toEqual([{ id: 1, note: "added" }]);
  });
});

describe(inlineParameters.name, () => {
  it("quotes every value and leaves quoted text alone", () => {
    const text = inlineParameters({ sql: `SELECT $1, '$2', "a$b", $2, $10, $3, $4`, parameters: ["x'y", null, 3, Buffer.from("ab"), 5, 6, 7, 8, 9, "ten"], query: undefined as never, queryId: undefined as never });
    expect(text).toBe(`SELECT 'x''y', '$2', "a$b", NULL, 'ten', '3', decode('6162', 'hex')`);
  });

  it("refuses what it cannot quote safely", () => {
    const compiled = (text: string, parameters: unknown[]) => ({ sql: text, parameters, query: undefined as never, queryId: undefined as never });
    expect(() => inlineParameters(compiled("SELECT $1", ["a\u0000b"]))).toThrow("NUL");
    expect(() => inlineParameters(compiled("SELECT $$x$$", []))).toThrow("dollar quoting");
    expect(() => inlineParameters(compiled("SELECT $2", [1]))).toThrow("no parameter");
  });
});
