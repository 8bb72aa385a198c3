import type { Db } from "./database.js";

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one. Use cases
 * call this, so a timer handler (which holds a transaction) can reuse them without nesting.
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
