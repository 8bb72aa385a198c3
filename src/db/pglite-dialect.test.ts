import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteDialect } from "./pglite-dialect.js";

type Db = { t: { n: number } };
let dir: string;
let pglite: PGlite;
let db: Kysely<Db>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "casedesk-dialect-"));
  pglite = await PGlite.create(dir);
  db = new Kysely<Db>({ dialect: new PgliteDialect(pglite) });
  await sql`CREATE TABLE t (n int NOT NULL)`.execute(db);
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const rows = async () => (await db.selectFrom("t").select("n").orderBy("n").execute()).map((r) => r.n);

describe("Kysely over PGlite's one connection", () => {
  it("runs two transactions that overlap in time one after the other, each with its own outcome", async () => {
    await sql`TRUNCATE t`.execute(db);
    let firstInside!: () => void;
    const inside = new Promise<void>((resolve) => (firstInside = resolve));
    const first = db.transaction().execute(async (trx) => {
      await trx.insertInto("t").values({ n: 1 }).execute();
      firstInside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("roll back");
    });
    await inside;
    const second = db.transaction().execute(async (trx) => {
      await trx.insertInto("t").values({ n: 2 }).execute();
    });
    // a statement outside any transaction, sent while the first is open, must not land inside it
    const outside = db.insertInto("t").values({ n: 3 }).execute();
    await expect(first).rejects.toThrow("roll back");
    await second;
    await outside;
    expect(await rows()).toEqual([2, 3]);
  });

  it("keeps savepoints inside a transaction", async () => {
    await sql`TRUNCATE t`.execute(db);
    const trx = await db.startTransaction().execute();
    await trx.insertInto("t").values({ n: 1 }).execute();
    const saved = await trx.savepoint("a").execute();
    await saved.insertInto("t").values({ n: 2 }).execute();
    const back = await saved.rollbackToSavepoint("a").execute();
    await back.commit().execute();
    expect(await rows()).toEqual([1]);
  });
});
