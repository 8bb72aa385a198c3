import type { Db } from "../db/database.js";
import type { CaseActivityRow } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { entryHash } from "./activity-log.js";
import type { ActivityKind } from "./case-events.js";

export type ChainBreak = { caseId: string; caseNumber: string; entryId: string | null; seq: number; reason: string };
export type VerifyResult = { cases: number; entries: number; breaks: ChainBreak[] };

/** Checks every case's hash chain; `casedesk verify` prints the result and exits 1 on a break. */
export async function verifyActivityLog(deps: Pick<Deps, "db">, pageSize = 5000): Promise<VerifyResult> {
  return verifyChains(deps.db, pageSize);
}

/**
 * Walks every case's chain in (case, seq) order and names the first broken entry of each broken
 * chain: a hash that does not match the content, a link to the wrong predecessor, or a gap where
 * an entry was removed. Memory stays bounded by one page whatever the log's size: pages follow
 * the (case_id, seq) index from the last row seen (a row comparison, which the index answers
 * directly), and the next page is already asked for while this one is hashed.
 */
export async function verifyChains(db: Db, pageSize: number): Promise<VerifyResult> {
  const broken: Omit<ChainBreak, "caseNumber">[] = [];
  let entries = 0;
  let cases = 0;
  let current: { caseId: string; seq: number; hash: string | null; broken: boolean } | null = null;
  let next: Promise<CaseActivityRow[]> | null = page(db, null, pageSize);
  while (next) {
    const rows: CaseActivityRow[] = await next;
    const last = rows.at(-1);
    next = rows.length === pageSize && last ? page(db, last, pageSize) : null;
    for (const row of rows) {
      entries++;
      if (!current || current.caseId !== row.caseId) {
        cases++;
        current = { caseId: row.caseId, seq: 0, hash: null, broken: false };
      }
      if (!current.broken) {
        const reason = breakIn(row, current);
        if (reason) {
          current.broken = true;
          broken.push({ caseId: row.caseId, entryId: row.id, seq: row.seq, reason });
        }
      }
      current.seq = row.seq;
      current.hash = row.hash;
    }
  }
  return { cases, entries, breaks: await withCaseNumbers(db, broken) };
}

function page(db: Db, after: { caseId: string; seq: number } | null, pageSize: number): Promise<CaseActivityRow[]> {
  let query = db.selectFrom("caseActivities").selectAll().orderBy("caseId").orderBy("seq").limit(pageSize);
  if (after) query = query.where((eb) => eb(eb.refTuple("caseId", "seq"), ">", eb.tuple(after.caseId, after.seq)));
  return query.execute();
}

function breakIn(row: CaseActivityRow, before: { seq: number; hash: string | null }): string | null {
  if (row.seq !== before.seq + 1) return `entry ${before.seq + 1} is missing`;
  if (row.prevHash !== before.hash) return "does not link to the entry before it";
  if (entryHash({ ...row, kind: row.kind as ActivityKind, data: row.data as Record<string, unknown> }) !== row.hash) return "content does not match its hash";
  return null;
}

/** The case numbers of the broken chains, read once at the end (a break is rare; a join on every page is not free). */
async function withCaseNumbers(db: Db, broken: Omit<ChainBreak, "caseNumber">[]): Promise<ChainBreak[]> {
  if (broken.length === 0) return [];
  const numbers = new Map<string, string>();
  for (let i = 0; i < broken.length; i += 1000) {
    const ids = broken.slice(i, i + 1000).map((b) => b.caseId);
    for (const row of await db.selectFrom("cases").select(["id", "number"]).where("id", "in", ids).execute()) numbers.set(row.id, row.number);
  }
  return broken.map((b) => ({ ...b, caseNumber: numbers.get(b.caseId) ?? "" }));
}
