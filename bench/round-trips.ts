import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Counts the statements the process sends to its database: every `pg.Client#query` (the pool's
 * connections and the LISTEN connection alike) and every PGlite statement (`query`, `exec`, and
 * those inside a transaction, BEGIN and COMMIT included, all pass through `_runExclusiveQuery`).
 * For PostgreSQL each is one round trip over the socket; for PGlite one trip into WebAssembly.
 */
export function countRoundTrips(): () => number {
  let count = 0;
  const clientQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof clientQuery;
  const proto = PGlite.prototype as unknown as { _runExclusiveQuery: (...a: unknown[]) => Promise<unknown> };
  const exclusive = proto._runExclusiveQuery;
  proto._runExclusiveQuery = function (this: PGlite, ...args: unknown[]) {
    count++;
    return exclusive.apply(this, args);
  };
  return () => count;
}
