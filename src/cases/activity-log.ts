import canonicalize from "canonicalize";
import type { CompiledQuery } from "kysely";
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db/database.js";
import { isUniqueViolation } from "../db/database-errors.js";
import { compiledByShape, insertByShape } from "../db/statement-shapes.js";
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

/** The last entry of a case's chain (seq 0 and no hash for a case with none yet). */
export type ChainHead = { seq: number; hash: string | null };

/** A case created in the caller's transaction: its chain has no entry yet, nothing to read. */
export const EMPTY_CHAIN: ChainHead = { seq: 0, hash: null };

/**
 * Appends entries, each hashed onto the one before it. `heads` gives the last entry of a case
 * when the caller already has it (read with the case's lock, or a case it just created);
 * otherwise it is read here.
 */
export async function appendEntries(tx: Db, entries: NewEntry[], heads: ReadonlyMap<string, ChainHead> = new Map()): Promise<CaseActivityRow[]> {
  const written: CaseActivityRow[] = [];
  const lastByCase = new Map<string, ChainHead>(heads);
  for (const entry of entries) {
    let last = lastByCase.get(entry.caseId);
    if (!last) {
      const head = compiledByShape("chain-head", [entry.caseId], ([caseId]) =>
        tx.selectFrom("caseActivities").select(["seq", "hash"]).where("caseId", "=", caseId as string).orderBy("seq", "desc").limit(1));
      last = (await tx.executeQuery(head)).rows[0] ?? { seq: 0, hash: null };
    }
    const { data, ...hashed } = hashOnto(entry, last);
    const insert = insertByShape("case-activities-returning", [{ ...hashed, data: JSON.stringify(data) }], (rows) => tx.insertInto("caseActivities").values(rows[0]!).returningAll());
    const row = (await tx.executeQuery(insert)).rows[0]!;
    written.push(row);
    lastByCase.set(entry.caseId, { seq: row.seq, hash: row.hash });
  }
  return written;
}

/** The entry as the log stores it after `head`: its place in the chain and its hash. */
function hashOnto(entry: NewEntry, head: ChainHead) {
  // jsonb keeps no key order and drops undefined; hash exactly what will be read back
  const data = JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown>;
  const content = { ...entry, data, seq: head.seq + 1, correctsId: entry.correctsId ?? null, prevHash: head.hash };
  return { ...content, hash: entryHash(content) };
}

/**
 * An entry hashed onto `head`, with its id made here, and the statement that appends it, for a
 * script (src/db/script.ts). The head was read without the case's lock: if another entry took its
 * place meanwhile, the statement fails on the log's unique (case, seq) and nothing is written.
 */
export function plannedEntry(db: Db, entry: NewEntry, head: ChainHead): { row: CaseActivityRow; statement: CompiledQuery } {
  const row: CaseActivityRow = { id: randomUUID(), ...hashOnto(entry, head) };
  const values = { ...row, data: JSON.stringify(row.data) };
  return { row, statement: insertByShape("case-activities", [values], (rows) => db.insertInto("caseActivities").values(rows[0]!)) };
}

/** The error of a script whose entry lost its place in the chain to another (see plannedEntry). */
export const isChainConflict = (error: unknown) => isUniqueViolation(error, "case_activities_case_id_seq_key");

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
