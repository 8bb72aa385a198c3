import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "../http/problem.js";
import { AppError } from "../shared/errors.js";
import { freePort } from "../../test/child-server.js";
import { TEST_ENGINE, TEST_POSTGRES_URL } from "../../test/engine.js";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { startTcpProxy, type TcpProxy } from "../../test/tcp-proxy.js";
import { databaseFailureOf, markAsDriverError } from "./database-errors.js";
import { openPostgres } from "./postgres.js";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** As src/db/postgres.ts hands them on: marked as the driver's. */
const fromDriver = <E extends Error>(error: E): E => {
  markAsDriverError(error);
  return error;
};

describe(databaseFailureOf.name, () => {
  it.each([
    ["a reset socket", fromDriver(withCode("read ECONNRESET", "ECONNRESET"))],
    ["a refused connection", fromDriver(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))],
    ["a connection that ended", fromDriver(new Error("Connection terminated unexpectedly"))],
    ["a pool that waited too long", fromDriver(new Error("timeout exceeded when trying to connect"))],
    ["a connection that took too long", fromDriver(new Error("Connection terminated due to connection timeout", { cause: new Error("timeout expired") }))],
    ["a server that did not answer", fromDriver(new Error("Query read timeout"))],
    ["a client after its connection failed", fromDriver(new Error("Client has encountered a connection error and is not queryable"))],
    ["pg_terminate_backend", withCode("terminating connection due to administrator command", "57P01")],
    ["a connection failure (class 08)", withCode("connection failure", "08006")],
    ["a server that is starting", withCode("the database system is starting up", "57P03")],
    ["an idle transaction ended by the server", withCode("terminating connection due to idle-in-transaction timeout", "25P03")],
    ["a wrapped lost connection", new Error("casedesk: migration 0003 failed", { cause: fromDriver(withCode("read ECONNRESET", "ECONNRESET")) })],
  ])("takes %s for an unreachable database", (_what, error) => {
    expect(databaseFailureOf(error)).toBe("unreachable");
    expect(toAppError(error)).toMatchObject({ code: "database_unavailable" });
  });

  it("takes a statement cancelled by statement_timeout for a timeout", () => {
    const error = withCode("canceling statement due to statement timeout", "57014");
    expect(databaseFailureOf(error)).toBe("timed_out");
    expect(toAppError(error)).toMatchObject({ code: "database_unavailable" });
  });

  it.each([
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["a serialization failure", withCode("could not serialize access", "40001")],
    ["a plain error", new Error("boom")],
    ["an SMTP server's refusal (not the driver's)", withCode("connect ECONNREFUSED 10.0.0.25:587", "ECONNREFUSED")],
    ["a gateway's timeout (not the driver's)", withCode("connect ETIMEDOUT 10.0.0.26:443", "ETIMEDOUT")],
    ["a domain error", new AppError("case_closed")],
    ["a string", "ECONNRESET"],
    ["nothing", undefined],
  ])("leaves %s alone", (_what, error) => {
    expect(databaseFailureOf(error)).toBeUndefined();
  });
});

describe(`errors of the engine under test (${TEST_ENGINE}) that are no outage`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database?.drop());

  it("maps a division by zero and a duplicate key as before: not a 503", async () => {
    const division = await sql`SELECT 1 / 0`.execute(database.db).catch((error: unknown) => error);
    expect(division).toMatchObject({ code: "22012" });
    expect(databaseFailureOf(division)).toBeUndefined();
    expect(toAppError(division)).toBeNull();

    const duplicate = await sql`INSERT INTO schema_migrations (version, name, checksum) VALUES ('0001', 'again', '-')`.execute(database.db).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: "23505" });
    expect(databaseFailureOf(duplicate)).toBeUndefined();
    expect(toAppError(duplicate)).toBeNull();
  });
});

describe.skipIf(TEST_ENGINE !== "postgres")("the pool when its connections die (postgres)", () => {
  let database: TestDatabase;
  let admin: pg.Client;
  let proxy: TcpProxy;
  beforeAll(async () => {
    database = await testDatabase();
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const target = new URL(TEST_POSTGRES_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterAll(async () => {
    await admin?.end();
    await proxy?.close();
    await database?.drop();
  });

  it("survives a backend terminated inside a transaction, between two statements, and serves on", async () => {
    const through = openPostgres(database.url!, 2);
    try {
      const failure = await through.db.transaction().execute(async (tx) => {
        const { rows: [row] } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
        await admin.query("SELECT pg_terminate_backend($1)", [row!.pid]);
        // the connection's 'error' event arrives while the transaction holds it and no query runs
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`SELECT 1`.execute(tx);
      }).catch((error: unknown) => error);
      expect(databaseFailureOf(failure)).toBe("unreachable");
      const { rows } = await sql<{ n: number }>`SELECT 2 AS n`.execute(through.db);
      expect(rows).toEqual([{ n: 2 }]);
    } finally {
      await through.close();
    }
  });

  it("cancels a statement at DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const through = openPostgres(database.url!, 1, { timeouts: { statementMs: 200 } });
    try {
      const started = Date.now();
      const failure = await sql`SELECT pg_sleep(5)`.execute(through.db).catch((error: unknown) => error);
      expect(databaseFailureOf(failure)).toBe("timed_out");
      expect(Date.now() - started).toBeLessThan(2_000);
      expect((await sql<{ n: number }>`SELECT 3 AS n`.execute(through.db)).rows).toEqual([{ n: 3 }]);
    } finally {
      await through.close();
    }
  });

  it("gives up on a black-holed server after the statement timeout and its grace, and replaces the connection", async () => {
    const through = openPostgres(proxy.urlFor(database.url!), 1, { timeouts: { statementMs: 300, connectMs: 500 } });
    try {
      await sql`SELECT 1`.execute(through.db);
      proxy.blackhole();
      const started = Date.now();
      const stuck = await sql`SELECT 1`.execute(through.db).catch((error: unknown) => error);
      expect(databaseFailureOf(stuck)).toBe("unreachable");
      // 300 ms of statement timeout and 2 s of grace, not for ever
      expect(Date.now() - started).toBeLessThan(4_000);
      // with the one connection stuck and none to be had, the next query fails at the connect timeout
      const refused = Date.now();
      expect(databaseFailureOf(await sql`SELECT 1`.execute(through.db).catch((error: unknown) => error))).toBe("unreachable");
      expect(Date.now() - refused).toBeLessThan(2_000);
      proxy.resume();
      expect((await sql<{ n: number }>`SELECT 4 AS n`.execute(through.db)).rows).toEqual([{ n: 4 }]);
    } finally {
      proxy.resume();
      await through.close();
    }
  });

  it("reports a server that is not there as unreachable, within the connect timeout", async () => {
    const nowhere = new URL(database.url!);
    nowhere.port = String(await freePort());
    const through = openPostgres(nowhere.toString(), 1, { timeouts: { connectMs: 500 } });
    try {
      const failure = await sql`SELECT 1`.execute(through.db).catch((error: unknown) => error);
      expect(databaseFailureOf(failure)).toBe("unreachable");
    } finally {
      await through.close();
    }
  });
});
