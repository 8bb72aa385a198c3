import { CompiledQuery } from "kysely";
import type { Db } from "./database.js";

export type RateLimiterClient = { query(statement: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }> };

/**
 * What rate-limiter-flexible's PostgreSQL store calls on its client (`query({text, values})`,
 * answered with `{rows, rowCount}`), run through Kysely: the same store then works on PGlite and
 * PostgreSQL and shares the application's connections. The statement names it passes are for
 * pg's prepared statements and are not needed.
 */
export function rateLimiterClient(db: Db): RateLimiterClient {
  return {
    async query(statement) {
      const result = await db.executeQuery(CompiledQuery.raw(statement.text, statement.values ?? []));
      return { rows: result.rows, rowCount: result.numAffectedRows === undefined ? result.rows.length : Number(result.numAffectedRows) };
    },
  };
}
