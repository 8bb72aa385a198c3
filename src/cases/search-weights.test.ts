import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, createTestDatabaseLocation, seedWorld, testApp, type TestApp, type World } from "../../test/helpers.js";
import { openPglite, openPostgres, type Database } from "../db/database.js";
import { listMigrations, migrate } from "../db/migrate.js";
import { caseText } from "./search-index.js";
import { toTsqueryLiteral, toTsvectorLiteral } from "./search-text.js";

// one search vector per case (migration 0039): internal words at weight C, and a customer's
// query asks for weight D, so neither a word nor a phrase only internal text holds finds a case
let t: TestApp;
let world: World;
let acmeCase: { id: string; number: string };
const ids = (body: { items: { id: string }[] }) => body.items.map((c) => c.id);
const search = (token: string, q: string) => as(t, token).get(`/api/v1/cases?q=${encodeURIComponent(q)}`);

beforeAll(async () => {
  t = await testApp();
  world = await seedWorld(t.deps);
  const dispatcher = as(t, world.users.dispatcher.token);
  acmeCase = (await dispatcher.post("/api/v1/cases", caseInput({ subject: "存储扩容咨询" }))).body;
  // each bigram of 背板问题 is public, but only the internal note has them one after another
  await dispatcher.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "背板。板问。问题", visibility: "public" });
  await dispatcher.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "背板问题 fibrechannel", visibility: "internal" });
});
afterAll(() => t.close());

describe("a case's one search vector", () => {
  it("finds an internal note's phrase and word for staff, never for the customer", async () => {
    for (const q of ["背板问题", "fibrechannel", "fibre"]) {
      expect(ids((await search(world.users.engineer.token, q)).body), q).toEqual([acmeCase.id]);
      expect(ids((await search(world.users.customerA.token, q)).body), q).toEqual([]);
    }
    // the public words themselves the customer finds
    expect(ids((await search(world.users.customerA.token, "板问")).body)).toEqual([acmeCase.id]);
  });

  it("keeps a corrected internal note hidden from the customer and its new words found by staff", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const note = await dispatcher.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "疑似电源模块", visibility: "internal" });
    expect(note.status).toBe(201);
    const corrected = await dispatcher.post(`/api/v1/cases/${acmeCase.id}/activities/${note.body.id}/corrections`, { body: "确认风扇模块", reason: "写错了" });
    expect(corrected.status).toBe(201);
    expect(ids((await search(world.users.engineer.token, "风扇模块")).body)).toEqual([acmeCase.id]);
    expect(ids((await search(world.users.engineer.token, "电源模块")).body)).toEqual([]);
    expect(ids((await search(world.users.customerA.token, "风扇模块")).body)).toEqual([]);
    // and the earlier notes' words kept their weights through the rebuild
    expect(ids((await search(world.users.customerA.token, "背板问题")).body)).toEqual([]);
    expect(ids((await search(world.users.customerA.token, "板问")).body)).toEqual([acmeCase.id]);
  });
});

describe("migration 0039", () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const location = await createTestDatabaseLocation({ empty: true });
    database = location.dir ? await openPglite(location.dir) : openPostgres(location.url!, 2);
    drop = async () => {
      await database.close();
      await location.drop();
    };
  });
  afterAll(() => drop());

  it("turns a case's two vectors into one that answers customers and staff as the two did", async () => {
    await migrate(database, listMigrations().filter((m) => m.version < "0039"));
    const caller = { name: "王建国", company: "华北电力信息中心" };
    const publicWords = `${caseText({ number: "C2612-000001", subject: "存储扩容咨询", description: "", vendor: "IBM", caller: caller as never })} ${toTsvectorLiteral("背板。板问。问题")}`;
    const query = <T>(text: string, params?: unknown[]) => database.withRawSession((session) => session.query<T>(text, params));
    await query(
      `INSERT INTO cases (number, subject, channel, vendor, case_type, fault_level, priority, status, caller, created_at, updated_at, search_public, search_all)
       VALUES ('C2612-000001', '存储扩容咨询', 'phone', 'IBM', 'hardware', 'S2', 'P2', 'new', $1, now(), now(),
         $2::tsvector, $2::tsvector || $3::tsvector)`,
      [JSON.stringify(caller), publicWords, toTsvectorLiteral("背板问题 fibrechannel")],
    );
    await migrate(database);
    const finds = async (q: string, publicOnly: boolean) =>
      (await query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE search_all @@ $1::tsquery", [toTsqueryLiteral(q, { publicOnly })]))[0]!.n;
    for (const q of ["背板问题", "fibrechannel"]) {
      expect(await finds(q, false), q).toBe(1);
      expect(await finds(q, true), q).toBe(0);
    }
    for (const q of ["板问", "存储扩容", "ibm"]) expect(await finds(q, true), q).toBe(1);
  });
});
