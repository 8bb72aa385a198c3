import { sql, type Generated } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { compiledByShape, insertByShape } from "./statement-shapes.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
  await sql`CREATE TABLE shape_probe (id integer PRIMARY KEY, label text, kind text NOT NULL DEFAULT 'plain', data jsonb)`.execute(database.db);
});
afterAll(async () => database.drop());

const probe = () => database.db.withTables<{ shapeProbe: { id: number; label: string | null; kind: Generated<string>; data: string | null } }>();

describe(compiledByShape.name, () => {
  it("builds a shape once and puts each call's values in their places, constants kept", async () => {
    const db = probe();
    let builds = 0;
    const byLabel = (id: number, label: string) =>
      compiledByShape(`test-probe-select|${expect.getState().currentTestName}`, [id, label], ([i, l]) => {
        builds += 1;
        return db.selectFrom("shapeProbe").select(["id", "label", "kind"]).where("id", "=", i as number).where("kind", "=", "plain").where("label", "=", l as string);
      });
    await db.insertInto("shapeProbe").values([{ id: 1, label: "a" }, { id: 2, label: "b" }]).execute();
    const first = byLabel(1, "a");
    const second = byLabel(2, "b");
    expect(builds).toBe(1);
    expect(second.sql).toBe(first.sql);
    expect(second.parameters).toEqual([2, "plain", "b"]);
    expect((await db.executeQuery(first)).rows).toEqual([{ id: 1, label: "a", kind: "plain" }]);
    expect((await db.executeQuery(second)).rows).toEqual([{ id: 2, label: "b", kind: "plain" }]);
    expect((await db.executeQuery(byLabel(2, "a"))).rows).toEqual([]);
  });

  it("refuses at the first use a builder that does not pass a value through as a parameter", () => {
    const db = probe();
    expect(() =>
      compiledByShape("test-probe-stringified", [{ a: 1 }], ([data]) => db.selectFrom("shapeProbe").selectAll().where("data", "=", JSON.stringify(data))),
    ).toThrow(/value 0 is not a parameter/);
    expect(() => compiledByShape("test-probe-dropped", [1, 2], ([id]) => db.selectFrom("shapeProbe").selectAll().where("id", "=", id as number))).toThrow(/value 1/);
  });
});

describe(insertByShape.name, () => {
  it("compiles one statement per column list and row count, and writes each call's rows", async () => {
    const db = probe();
    const insert = (rows: { id: number; label: string | null; data?: string }[]) => insertByShape("test-probe-insert", rows, (r) => db.insertInto("shapeProbe").values([...r]));
    const one = insert([{ id: 10, label: "x" }]);
    const again = insert([{ id: 11, label: null }]);
    const two = insert([{ id: 12, label: "y" }, { id: 13, label: "z" }]);
    expect(again.sql).toBe(one.sql);
    expect(two.sql).not.toBe(one.sql);
    for (const statement of [one, again, two]) await db.executeQuery(statement);
    // rows with different columns are built as they are
    await db.executeQuery(insert([{ id: 14, label: "p", data: JSON.stringify({ k: 1 }) }, { id: 15, label: "q" }]));
    const rows = await db.selectFrom("shapeProbe").select(["id", "label", "data"]).where("id", ">=", 10).orderBy("id").execute();
    expect(rows).toEqual([
      { id: 10, label: "x", data: null }, { id: 11, label: null, data: null }, { id: 12, label: "y", data: null },
      { id: 13, label: "z", data: null }, { id: 14, label: "p", data: { k: 1 } }, { id: 15, label: "q", data: null },
    ]);
  });

  it("builds a row holding an SQL expression as it is", async () => {
    const db = probe();
    const statement = insertByShape("test-probe-expression", [{ id: 20, label: sql<string>`upper(${"low"})` }], (r) => db.insertInto("shapeProbe").values([...r]));
    await db.executeQuery(statement);
    expect(await db.selectFrom("shapeProbe").select("label").where("id", "=", 20).executeTakeFirst()).toEqual({ label: "LOW" });
  });
});
