import { sql, type Selectable } from "kysely";
import type { Db } from "../db/database.js";
import type { CallEventName, TelephonyCallsTable } from "../db/schema.js";

export type CallRow = Selectable<TelephonyCallsTable>;

/** Records one event as received; false when this (call, event) came before. */
export async function insertCallEvent(
  tx: Db,
  e: { callId: string; event: CallEventName; at: Date; receivedAt: Date; tokenUserId: string | null; payload: Record<string, unknown> },
): Promise<boolean> {
  const row = await tx
    .insertInto("telephonyCallEvents")
    .values({ ...e, payload: JSON.stringify(e.payload) })
    .onConflict((oc) => oc.columns(["callId", "event"]).doNothing())
    .returning("callId")
    .executeTakeFirst();
  return Boolean(row);
}

const INSTANT = { ringing: "ringingAt", answered: "answeredAt", ended: "endedAt" } as const;
const RECEIVED = { ringing: "ringingReceivedAt", answered: "answeredReceivedAt", ended: "endedReceivedAt" } as const;

/**
 * Creates the call at its first event or fills in the instant of a later one. An instant already
 * known is kept (the first report wins), so repeats and late arrivals change nothing they should not.
 */
export function upsertCall(
  tx: Db,
  c: { callId: string; event: CallEventName; at: Date; receivedAt: Date; direction: "inbound" | "outbound"; fromNumber: string; toNumber: string; externalNumber: string | null; extension: string | null },
): Promise<CallRow> {
  const instant = INSTANT[c.event];
  const received = RECEIVED[c.event];
  return tx
    .insertInto("telephonyCalls")
    .values({
      callId: c.callId, direction: c.direction, fromNumber: c.fromNumber, toNumber: c.toNumber, externalNumber: c.externalNumber,
      extension: c.extension, [instant]: c.at, [received]: c.receivedAt, firstReceivedAt: c.receivedAt, lastReceivedAt: c.receivedAt,
    })
    .onConflict((oc) =>
      oc.column("callId").doUpdateSet((eb) => ({
        [instant]: eb.fn.coalesce(eb.ref(`telephonyCalls.${instant}`), eb.ref(`excluded.${instant}`)),
        [received]: eb.fn.coalesce(eb.ref(`telephonyCalls.${received}`), eb.ref(`excluded.${received}`)),
        extension: eb.fn.coalesce(eb.ref("excluded.extension"), eb.ref("telephonyCalls.extension")),
        lastReceivedAt: eb.ref("excluded.lastReceivedAt"),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const findCall = (db: Db, callId: string) => db.selectFrom("telephonyCalls").selectAll().where("callId", "=", callId).executeTakeFirst();

/** Calls not ended whose first event came after `since`, newest first (an end the PBX never sent does not keep a call up forever). */
export function listActiveCallRows(db: Db, filter: { since: Date; extension?: string; limit: number }) {
  let query = db.selectFrom("telephonyCalls").selectAll().where("endedAt", "is", null).where("firstReceivedAt", ">=", filter.since);
  if (filter.extension) query = query.where((eb) => eb.or([eb("extension", "=", filter.extension!), eb("extension", "is", null)]));
  return query.orderBy("firstReceivedAt", "desc").orderBy("id", "desc").limit(filter.limit).execute();
}

/** Recent calls, newest first, keyset-paged on (first receipt, id); optionally only those (not) on a case, or of one extension. */
export function listCallRows(db: Db, filter: { isLinked?: boolean; extension?: string; after?: { at: Date; id: string }; limit: number }) {
  let query = db.selectFrom("telephonyCalls").selectAll();
  if (filter.isLinked !== undefined) query = query.where("caseId", filter.isLinked ? "is not" : "is", null);
  if (filter.extension) query = query.where("extension", "=", filter.extension);
  if (filter.after) query = query.where(sql<boolean>`(first_received_at, id) < (${filter.after.at}, ${filter.after.id}::uuid)`);
  return query.orderBy("firstReceivedAt", "desc").orderBy("id", "desc").limit(filter.limit + 1).execute();
}

/** Links the call to a case, only if it is linked to none yet; the row as it is afterwards. */
export async function linkCallRow(tx: Db, l: { callId: string; caseId: string; userId: string; summary: string | null; now: Date }) {
  const updated = await tx
    .updateTable("telephonyCalls")
    .set({ caseId: l.caseId, linkedBy: l.userId, linkedAt: l.now, summary: l.summary })
    .where("callId", "=", l.callId)
    .where("caseId", "is", null)
    .returningAll()
    .executeTakeFirst();
  return updated ?? (await tx.selectFrom("telephonyCalls").selectAll().where("callId", "=", l.callId).forUpdate().executeTakeFirst());
}

/** Takes the right to write the call's activity: once, when both its case and its end are known. */
export const claimCallActivity = (tx: Db, callId: string, now: Date) =>
  tx
    .updateTable("telephonyCalls")
    .set({ activityLoggedAt: now })
    .where("callId", "=", callId)
    .where("caseId", "is not", null)
    .where("endedAt", "is not", null)
    .where("activityLoggedAt", "is", null)
    .returningAll()
    .executeTakeFirst();

export const setCallActivityEntry = (tx: Db, callId: string, entryId: string) =>
  tx.updateTable("telephonyCalls").set({ activityEntryId: entryId }).where("callId", "=", callId).execute();
