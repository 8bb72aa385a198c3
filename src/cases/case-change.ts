import type { CompiledQuery, Updateable } from "kysely";
import type { Actor } from "../auth/index.js";
import type { CasesTable } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import type { CaseActivityRow } from "../db/schema.js";
import type { Db } from "../db/database.js";
import { appendEntries, plannedEntry, type ChainHead, type NewEntry } from "./activity-log.js";
import { runScript } from "../db/script.js";
import type { CaseFacts, DomainEvent } from "../shared/domain-events.js";
import { updateCaseReturningNames, type CaseWithNames } from "./cases.repository.js";
import { reindexCase } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";

export type Change = {
  set: Updateable<CasesTable>;
  entries: Omit<NewEntry, "caseId" | "actorId" | "at">[];
  /** the case's text changed: rebuild its search vectors in the same transaction */
  reindex?: boolean;
  /** further writes that belong to this change (links, timers), in its transaction */
  also?: (tx: Db) => Promise<void>;
};

/**
 * Writes one change of a case: a conditional update (only if the version is still the expected
 * one, so a concurrent change makes this one fail with 409, never overwrite it) and its log
 * entries, in one transaction. The update takes the row lock that serialises the appends.
 */
export async function commitChange(
  deps: Deps,
  actor: Actor,
  found: CaseWithNames,
  expectedVersion: number | undefined,
  change: Change,
  extraWhere?: { assigneeId: string | null },
  now: Date = deps.clock.now(),
): Promise<CaseWithNames> {
  return inTransaction(deps.db, async (tx) => {
    let update = tx
      .updateTable("cases")
      .set((eb) => ({ ...change.set, updatedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", found.id)
      .where("version", "=", expectedVersion ?? found.version);
    if (extraWhere) {
      update = extraWhere.assigneeId === null ? update.where("assigneeId", "is", null) : update.where("assigneeId", "=", extraWhere.assigneeId);
    }
    // the case as this change leaves it is the answer: nothing else in the transaction writes its columns
    const updated = await updateCaseReturningNames(tx, update);
    if (!updated) throw new AppError("version_conflict");
    await recordEntries(deps, tx, change.entries.map((entry) => ({ ...entry, caseId: found.id, actorId: actor.id, at: now })), { caseFacts: updated });
    if (change.reindex) await reindexCase(tx, found.id);
    if (change.also) await change.also(tx);
    return updated;
  });
}

/** `before`/`after` for each field whose value really changes. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && value !== before[key]) changes[key] = { before: before[key] ?? null, after: value };
  }
  return changes;
}

/**
 * What the caller already knows, so that nothing is read again: the case as its transaction left
 * it (handed to subscribers with the events) and the last entry of its chain.
 */
export type RecordContext = { caseFacts?: CaseFacts; chainHead?: ChainHead };

/**
 * Appends entries to the log and announces each as a domain event (type = entry kind) in the
 * same transaction, so subscribers' writes commit with it. Every log write goes through here.
 */
export async function recordEntries(deps: Deps, tx: Db, entries: NewEntry[], context: RecordContext = {}): Promise<CaseActivityRow[]> {
  const heads = context.chainHead && entries[0] ? new Map([[entries[0].caseId, context.chainHead]]) : undefined;
  const rows = await appendEntries(tx, entries, heads);
  await deps.events.publish(tx, eventsOf(rows, context.caseFacts));
  return rows;
}

/** The domain events of written entries (type = entry kind), with the case's facts where they are known. */
function eventsOf(rows: CaseActivityRow[], caseFacts: CaseFacts | undefined): DomainEvent[] {
  return rows.map((row) => ({
    type: row.kind, caseId: row.caseId, actorId: row.actorId, at: row.at, visibility: row.visibility, data: { ...(row.data as Record<string, unknown>), entryId: row.id },
    ...(caseFacts?.id === row.caseId ? { case: caseFacts } : {}),
  }));
}

/**
 * Sends a change of a case as one script (src/db/script.ts), one round trip with no BEGIN or
 * COMMIT: `before` (the case's own writes; the rows its first statement returns come back), the
 * entry hashed onto `chainHead`, then what the entry's subscribers write. Undefined, with nothing sent, when a
 * subscriber of the entry's kind needs the transaction itself, or when the caller already holds
 * one (a failed script would end it): the caller then takes the transaction path. A head that
 * another entry took meanwhile fails the script as a whole (`isChainConflict`).
 */
export async function recordEntryInScript<R>(
  deps: Deps,
  entry: NewEntry,
  context: { caseFacts: CaseFacts; chainHead: ChainHead; before: CompiledQuery[] },
): Promise<{ entry: CaseActivityRow; returned: R[] } | undefined> {
  if (deps.db.isTransaction) return undefined;
  const { row, statement } = plannedEntry(deps.db, entry, context.chainHead);
  const written = await deps.events.statementsFor(eventsOf([row], context.caseFacts), deps.db);
  if (!written) return undefined;
  const returned = await runScript<R>(deps.db, [...context.before, statement, ...written]);
  return { entry: row, returned };
}

export const recordEntry = async (deps: Deps, tx: Db, entry: NewEntry, context?: RecordContext) => (await recordEntries(deps, tx, [entry], context))[0]!;
