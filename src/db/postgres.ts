import { CamelCasePlugin, Kysely, PostgresDialect, type CompiledQuery, type PostgresPool, type PostgresPoolClient } from "kysely";
import pg from "pg";
import type { Database, RawSession } from "./database.js";
import { databaseFailureOf, isStalePlan, markAsDriverError } from "./database-errors.js";
import type { DB } from "./schema.js";
import { forgetPrepared, runPipeline } from "./pipeline.js";
import { PostgresListener } from "./postgres-listen.js";
import { DEFAULT_DATABASE_TIMEOUTS, silentLog, type PostgresOptions } from "./postgres-options.js";
import { ScriptLanes } from "./script-lanes.js";
import { statementsKeptPrepared } from "./script.js";

export type { DatabaseLog, DatabaseTimeouts, PostgresOptions } from "./postgres-options.js";
export { DEFAULT_DATABASE_TIMEOUTS };

// the server's statement_timeout answers first and leaves the connection usable; this client-side
// bound is for a server that does not answer at all (a black-holed route)
const QUERY_GRACE_MS = 2_000;
const KEEPALIVE_DELAY_MS = 10_000;
// pipelined connections beside the pool (src/db/script-lanes.ts), one per core of a small server
const DEFAULT_LANES = 2;

// bigint and count(*) come back as numbers from PGlite; make pg agree. Counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
// dates stay "YYYY-MM-DD" strings: a Date at local midnight shifts with the server's time zone
pg.types.setTypeParser(1082, (value) => value);

/**
 * PostgreSQL through a pool whose connections may die at any moment: every client has an error
 * listener (an unheard 'error' event would end the process), a client that lost its server is
 * destroyed instead of going back to the pool, and every wait is bounded (DatabaseTimeouts). The
 * failed query's error reaches the caller, which maps it to 503 (`databaseFailureOf`).
 */
export function openPostgres(databaseUrl: string, poolSize = 20, options: PostgresOptions = {}): Database {
  const timeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...options.timeouts };
  const log = options.log ?? silentLog;
  // every connection of the pool and every pipelined one: each wait bounded alike
  const connection: pg.ClientConfig = {
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.statementMs + QUERY_GRACE_MS,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
  };
  const pool = new pg.Pool({ ...connection, max: poolSize });
  pool.on("connect", (client) => {
    client.on("error", (error) => log.warn({ err: error }, "database connection lost; the pool replaces it"));
  });
  pool.on("error", () => {
    // an idle client lost its server: already logged by its own listener, and the pool drops it
  });
  const lanes = options.lanes === 0 ? undefined : new ScriptLanes(connection, options.lanes ?? DEFAULT_LANES, log);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: discardingLostClients(pool, lanes) }), plugins: [new CamelCasePlugin()] });
  const listener = new PostgresListener(databaseUrl, { timeouts, log });
  return {
    db,
    engine: "postgres",
    async withRawSession(fn) {
      // a connection of its own, without statement timeouts: a migration may run long, or wait on
      // the advisory lock while another instance migrates
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeouts.connectMs, keepAlive: true });
      client.on("error", (error) => log.warn({ err: error }, "database connection of a raw session lost"));
      await client.connect();
      try {
        const session: RawSession = {
          exec: async (text) => void (await client.query(text)),
          query: async (text, params) => (await client.query(text, params)).rows,
        };
        return await fn(session);
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    listen: (channel, onPayload, onGap, onLost) => listener.listen(channel, onPayload, onGap, onLost),
    async close() {
      await listener.close();
      await lanes?.close();
      // Kysely ends the pool only if it ever used it; raw sessions (migrations) may be all there was
      await db.destroy();
      if (!pool.ended) await pool.end();
    },
  };
}

/**
 * Kysely's view of the pool: a client whose query found the server gone is destroyed on release.
 * A connection is taken from the pool at its first statement, not before: a script or a hot
 * statement sent outside any transaction goes through a lane instead when one takes it
 * (src/db/script-lanes.ts), and takes no pool connection at all.
 */
function discardingLostClients(pool: pg.Pool, lanes: ScriptLanes | undefined): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      let client: pg.PoolClient | undefined;
      let isLost = false;
      let isStale = false;
      const onPool = async (text: string, parameters: readonly unknown[], statements: readonly CompiledQuery[] | undefined) => {
        client ??= await pool.connect().catch((error: unknown) => {
          markAsDriverError(error);
          throw error;
        });
        // a ROLLBACK after a lost connection would wait out the query timeout again
        if (isLost) throw driverError("Connection terminated: this connection was lost");
        // a script, or a hot statement alone, goes as a pipeline of prepared statements
        const result = statements ? runPreparedOn(client, statements) : client.query(text, [...parameters]);
        // runs before Kysely sees the rejection, so before it releases the client
        result.catch((error: unknown) => {
          markAsDriverError(error);
          if (databaseFailureOf(error) === "unreachable") isLost = true;
          if (isStalePlan(error)) isStale = true;
        });
        return result;
      };
      const query = async (text: string, parameters: readonly unknown[]) => {
        const statements = statementsKeptPrepared(text, parameters);
        // the first statement of this connection's use, so outside any transaction (BEGIN would be the first)
        const onLane = !client && statements ? lanes?.run(statements) : undefined;
        if (onLane) {
          try {
            return await onLane;
          } catch (error) {
            // marked as the driver's already (ScriptLanes.run)
            if (!ScriptLanes.isRetryable(error)) throw error;
          }
        }
        return onPool(text, parameters, statements);
      };
      return {
        // Kysely streams through a cursor only when given one (it is not), so text queries are all there are
        query: query as unknown as PostgresPoolClient["query"],
        release: (destroy?: boolean) => client?.release(destroy || isLost || isStale),
      };
    },
    end: () => pool.end(),
  };
}

/**
 * Statements as one pipeline (src/db/pipeline.ts). They stay prepared on the connection,
 * and a plan PostgreSQL kept for one is refused once another instance's migration changed the
 * columns it answers ("cached plan must not change result type"): outside a transaction nothing
 * was written, so the connection forgets them all and the statements are sent once more. Inside one,
 * the error stands, and the connection is dropped when it goes back to the pool.
 */
async function runPreparedOn(client: pg.PoolClient, statements: Parameters<typeof runPipeline>[1]) {
  try {
    return await runPipeline(client, statements);
  } catch (error) {
    if (!isStalePlan(error) || client.getTransactionStatus() !== "I") throw error;
    await client.query("DEALLOCATE ALL");
    forgetPrepared(client);
    return runPipeline(client, statements);
  }
}

function driverError(message: string): Error {
  const error = new Error(message);
  markAsDriverError(error);
  return error;
}
