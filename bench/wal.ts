import { CompiledQuery } from "kysely";
import type { Db } from "../src/db/database.js";

/**
 * What a stretch of work wrote to the write-ahead log: a measure of the database's work that does
 * not move with the machine's load as CPU time does. Where pg_walinspect is installed (PostgreSQL;
 * the benchmark installs it in its own database), full-page images are left out, since they come
 * with the first change of each page after a checkpoint, which falls where it falls. Elsewhere
 * (PGlite) it is the plain distance between the two positions.
 */
export const WAL_POSITION_SQL = "SELECT pg_current_wal_lsn()::text AS lsn";

export type WalReader = { query(text: string, parameters?: unknown[]): Promise<{ rows: unknown[] }> };

export async function walBytesSince(reader: WalReader, from: string): Promise<number> {
  const to = await walPosition(reader);
  const bytes = async (text: string) => Number(((await reader.query(text, [from, to])).rows[0] as { bytes: string }).bytes);
  const plain = () => bytes("SELECT pg_wal_lsn_diff($2::pg_lsn, $1::pg_lsn)::text AS bytes");
  const inspect = (await reader.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_walinspect'")).rows.length > 0;
  if (!inspect) return plain();
  // installed, but reading the log may be refused to a role that is not a superuser
  return bytes("SELECT coalesce(sum(combined_size - fpi_size), 0)::text AS bytes FROM pg_get_wal_stats($1::pg_lsn, $2::pg_lsn, false)").catch(plain);
}

export const walPosition = async (reader: WalReader) => ((await reader.query(WAL_POSITION_SQL)).rows[0] as { lsn: string }).lsn;

/** The app's Kysely as a WalReader. */
export const kyselyReader = (db: Db): WalReader => ({
  query: async (text, parameters = []) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, parameters))).rows }),
});
