import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

type PgClientInternals = { _pulseQueryQueue(...a: unknown[]): unknown; _handleReadyForQuery(...a: unknown[]): unknown; _getActiveQuery(): unknown };

/**
 * Milliseconds the process's statements spent in the database, summed over its connections: for
 * PostgreSQL from the moment `pg` sends a query (a pipeline is one) until the server's
 * ReadyForQuery, the round trip and the database's own work; for PGlite each statement's trip into
 * WebAssembly. One request at a time, a request's share is what no server, however fast, could
 * take off its time: the ceiling for concurrency 1 follows from it (bench/write-path.ts).
 * Patches `pg.Client`'s and PGlite's prototypes, so it is called before the first connection.
 */
export function timeInDatabase(): () => number {
  let total = 0;
  const sentAt = new WeakMap<object, number>();
  const client = pg.Client.prototype as unknown as PgClientInternals;
  const pulse = client._pulseQueryQueue;
  client._pulseQueryQueue = function (this: PgClientInternals, ...args: unknown[]) {
    const before = this._getActiveQuery();
    const result = pulse.apply(this, args);
    const active = this._getActiveQuery();
    if (active && active !== before && typeof active === "object") sentAt.set(active, performance.now());
    return result;
  };
  const ready = client._handleReadyForQuery;
  client._handleReadyForQuery = function (this: PgClientInternals, ...args: unknown[]) {
    const active = this._getActiveQuery();
    const started = active && typeof active === "object" ? sentAt.get(active) : undefined;
    if (started !== undefined) total += performance.now() - started;
    return ready.apply(this, args);
  };
  const proto = PGlite.prototype as unknown as { _runExclusiveQuery: (...a: unknown[]) => Promise<unknown> };
  const exclusive = proto._runExclusiveQuery;
  proto._runExclusiveQuery = async function (this: PGlite, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await exclusive.apply(this, args);
    } finally {
      total += performance.now() - started;
    }
  };
  return () => total;
}
