import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import type { Db } from "../db/database.js";
import type { CaseActivityRow } from "../db/schema.js";
import type { ActivityKind, Visibility } from "./case-events.js";

/**
 * The append-only, hash-chained activity log. Each entry's hash covers its content and the hash
 * of the entry before it in the same case, so an entry altered or removed behind the database
 * trigger's back breaks the chain from that point on. The caller must hold the case row's lock
 * (an UPDATE of the case in the same transaction does), which serialises appends per case.
 */
export type NewEntry = {
  caseId: string;
  kind: ActivityKind;
  visibility: Visibility;
  actorId: string | null;
  at: Date;
  data: Record<string, unknown>;
  correctsId?: string | null;
};

type HashedContent = Omit<NewEntry, "at" | "correctsId"> & { seq: number; at: Date; correctsId: string | null; prevHash: string | null };

export function entryHash(entry: HashedContent): string {
  const content = canonicalize({
    caseId: entry.caseId,
    seq: entry.seq,
    kind: entry.kind,
    visibility: entry.visibility,
    actorId: entry.actorId,
    at: entry.at.toISOString(),
    data: entry.data,
    correctsId: entry.correctsId,
    prevHash: entry.prevHash,
  });
  return createHash("sha256").update(content ?? "").digest("hex");
}

export async function appendEntries(tx: Db, entries: NewEntry[]): Promise<CaseActivityRow[]> {
  const written: CaseActivityRow[] = [];
  const lastByCase = new Map<string, { seq: number; hash: string | null }>();
  for (const entry of entries) {
    let last = lastByCase.get(entry.caseId);
    if (!last) {
      const row = await tx
        .selectFrom("caseActivities")
        .select(["seq", "hash"])
        .where("caseId", "=", entry.caseId)
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirst();
      last = row ?? { seq: 0, hash: null };
    }
    // jsonb keeps no key order and drops undefined; hash exactly what will be read back
    const data = JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown>;
    const content = { ...entry, data, seq: last.seq + 1, correctsId: entry.correctsId ?? null, prevHash: last.hash };
    const hash = entryHash(content);
    const row = await tx
      .insertInto("caseActivities")
      .values({ ...content, data: JSON.stringify(data), hash })
      .returningAll()
      .executeTakeFirstOrThrow();
    written.push(row);
    lastByCase.set(entry.caseId, { seq: row.seq, hash });
  }
  return written;
}


export function listEntries(db: Db, caseId: string, options: { publicOnly: boolean; afterSeq?: number; limit: number }) {
  let query = db
    .selectFrom("caseActivities")
    .leftJoin("users", "users.id", "caseActivities.actorId")
    .selectAll("caseActivities")
    .select(["users.name as actorName", "users.role as actorRole"])
    .where("caseActivities.caseId", "=", caseId)
    .orderBy("caseActivities.seq")
    .limit(options.limit + 1);
  if (options.publicOnly) query = query.where("caseActivities.visibility", "=", "public");
  if (options.afterSeq !== undefined) query = query.where("caseActivities.seq", ">", options.afterSeq);
  return query.execute();
}

export const findEntry = (db: Db, caseId: string, entryId: string) =>
  db.selectFrom("caseActivities").selectAll().where("caseId", "=", caseId).where("id", "=", entryId).executeTakeFirst();

export type ChainBreak = { caseId: string; caseNumber: string; entryId: string | null; seq: number; reason: string };

/**
 * Walks every case's chain in (case, seq) order, in pages, and names the first broken entry of
 * each broken chain: a hash that does not match the content, a link to the wrong predecessor,
 * or a gap where an entry was removed.
 */
export async function verifyChains(db: Db, pageSize = 2000): Promise<{ cases: number; entries: number; breaks: ChainBreak[] }> {
  const breaks: ChainBreak[] = [];
  let entries = 0;
  let cases = 0;
  let after: { caseId: string; seq: number } | null = null;
  let current: { caseId: string; seq: number; hash: string | null; broken: boolean } | null = null;
  for (;;) {
    let query = db
      .selectFrom("caseActivities")
      .innerJoin("cases", "cases.id", "caseActivities.caseId")
      .selectAll("caseActivities")
      .select("cases.number as caseNumber")
      .orderBy("caseActivities.caseId")
      .orderBy("caseActivities.seq")
      .limit(pageSize);
    if (after) {
      const { caseId, seq } = after;
      query = query.where((eb) =>
        eb.or([eb("caseActivities.caseId", ">", caseId), eb.and([eb("caseActivities.caseId", "=", caseId), eb("caseActivities.seq", ">", seq)])]),
      );
    }
    const rows = await query.execute();
    for (const row of rows) {
      entries++;
      if (!current || current.caseId !== row.caseId) {
        cases++;
        current = { caseId: row.caseId, seq: 0, hash: null, broken: false };
      }
      if (!current.broken) {
        const reason =
          row.seq !== current.seq + 1
            ? `entry ${current.seq + 1} is missing`
            : row.prevHash !== current.hash
              ? "does not link to the entry before it"
              : entryHash({ ...row, kind: row.kind as ActivityKind, data: row.data as Record<string, unknown> }) !== row.hash
                ? "content does not match its hash"
                : null;
        if (reason) {
          current.broken = true;
          breaks.push({ caseId: row.caseId, caseNumber: row.caseNumber, entryId: row.id, seq: row.seq, reason });
        }
      }
      current.seq = row.seq;
      current.hash = row.hash;
    }
    if (rows.length < pageSize) break;
    const last = rows.at(-1)!;
    after = { caseId: last.caseId, seq: last.seq };
  }
  return { cases, entries, breaks };
}
