import { sql, type Selectable } from "kysely";
import type { Db } from "../db/database.js";
import type { InboundMessagesTable, InboundStatus, UnverifiedCallersTable } from "../db/schema.js";

export type InboundRow = Selectable<InboundMessagesTable>;
export type InboundSummaryRow = Omit<InboundRow, "raw">;
/** What intake knows of a message when it stores it; the rest is filled in by processing. */
export type NewInbound = Pick<
  InboundRow,
  "source" | "sourceRef" | "dedupeKey" | "messageId" | "raw" | "rawSha256" | "sizeBytes" | "envelopeFrom" | "envelopeTo" | "status" | "reason" | "detail" | "receivedAt" | "processedAt"
>;

const SUMMARY = [
  "id", "source", "sourceRef", "dedupeKey", "messageId", "rawSha256", "sizeBytes", "envelopeFrom", "envelopeTo", "sender", "subject",
  "status", "reason", "detail", "outcome", "caseId", "channel", "attachments", "acknowledgedAt", "ackSkipped", "receivedAt", "processedAt",
] as const;

/** Stores a message once per (source, dedupe key); the id of the new row, or undefined when it was there already. */
export async function insertInbound(tx: Db, row: NewInbound): Promise<string | undefined> {
  const inserted = await tx
    .insertInto("inboundMessages")
    .values({ ...row, attachments: "[]" })
    .onConflict((oc) => oc.columns(["source", "dedupeKey"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted?.id;
}

export async function lockInbound(tx: Db, id: string): Promise<InboundRow | undefined> {
  const row = await tx.selectFrom("inboundMessages").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  // PGlite gives bytea as a Uint8Array, pg as a Buffer
  return row && { ...row, raw: row.raw ? Buffer.from(row.raw) : null };
}

export const findInbound = (db: Db, id: string): Promise<InboundSummaryRow | undefined> =>
  db.selectFrom("inboundMessages").select(SUMMARY).where("id", "=", id).executeTakeFirst();

export async function findInboundRaw(db: Db, id: string): Promise<Buffer | null | undefined> {
  const row = await db.selectFrom("inboundMessages").select("raw").where("id", "=", id).executeTakeFirst();
  return row ? (row.raw ? Buffer.from(row.raw) : null) : undefined;
}

export function listInbound(db: Db, filter: { status?: InboundStatus[]; limit: number; after?: { receivedAt: Date; id: string } }) {
  let query = db.selectFrom("inboundMessages").select(SUMMARY).orderBy("receivedAt", "desc").orderBy("id", "desc").limit(filter.limit);
  if (filter.status) query = query.where("status", "in", filter.status);
  if (filter.after) {
    const { receivedAt, id } = filter.after;
    query = query.where((eb) => eb.or([eb("receivedAt", "<", receivedAt), eb.and([eb("receivedAt", "=", receivedAt), eb("id", "<", id)])]));
  }
  return query.execute();
}

export async function updateInbound(tx: Db, id: string, set: Partial<Omit<InboundRow, "id" | "attachments">> & { attachments?: unknown[] }) {
  const { attachments, ...rest } = set;
  await tx
    .updateTable("inboundMessages")
    .set({ ...rest, ...(attachments ? { attachments: JSON.stringify(attachments) } : {}) })
    .where("id", "=", id)
    .execute();
}

/** Another source's copy of the same message already made a case or an entry. */
export const findProcessedTwin = (tx: Db, dedupeKey: string, exceptId: string) =>
  tx
    .selectFrom("inboundMessages")
    .select(["id", "caseId"])
    .where("dedupeKey", "=", dedupeKey)
    .where("id", "<>", exceptId)
    .where("status", "=", "processed")
    .executeTakeFirst();

/** Serialises acknowledgements to one sender across instances, for the rest of the transaction. */
export async function lockSender(tx: Db, sender: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`casedesk-ack:${sender}`}))`.execute(tx);
}

export async function countAcknowledgedSince(tx: Db, sender: string, since: Date): Promise<number> {
  const row = await tx
    .selectFrom("inboundMessages")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("sender", "=", sender)
    .where("acknowledgedAt", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertSecretOnce(db: Db, row: { name: string; value: string; createdAt: Date }): Promise<void> {
  await db.insertInto("appSecrets").values(row).onConflict((oc) => oc.column("name").doNothing()).execute();
}

export async function findSecret(db: Db, name: string): Promise<string | undefined> {
  return (await db.selectFrom("appSecrets").select("value").where("name", "=", name).executeTakeFirst())?.value;
}

export async function insertUnverifiedCaller(tx: Db, row: { caseId: string; email: string | null; name: string | null; inboundMessageId: string; createdAt: Date }) {
  await tx.insertInto("unverifiedCallers").values(row).onConflict((oc) => oc.column("caseId").doNothing()).execute();
}

export type UnverifiedCallerRow = Selectable<UnverifiedCallersTable>;

export const findUnverifiedCaller = (db: Db, caseId: string, lock = false) => {
  const query = db.selectFrom("unverifiedCallers").selectAll().where("caseId", "=", caseId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};

export function listPendingUnverified(db: Db, filter: { limit: number; after?: { createdAt: Date; caseId: string } }) {
  let query = db
    .selectFrom("unverifiedCallers")
    .innerJoin("cases", "cases.id", "unverifiedCallers.caseId")
    .selectAll("unverifiedCallers")
    .select(["cases.number as caseNumber", "cases.subject as caseSubject", "cases.channel as caseChannel"])
    .where("unverifiedCallers.confirmedAt", "is", null)
    .orderBy("unverifiedCallers.createdAt", "desc")
    .orderBy("unverifiedCallers.caseId", "desc")
    .limit(filter.limit);
  if (filter.after) {
    const { createdAt, caseId } = filter.after;
    query = query.where((eb) =>
      eb.or([eb("unverifiedCallers.createdAt", "<", createdAt), eb.and([eb("unverifiedCallers.createdAt", "=", createdAt), eb("unverifiedCallers.caseId", "<", caseId)])]),
    );
  }
  return query.execute();
}

export async function markCallerConfirmed(tx: Db, caseId: string, set: { confirmedAt: Date; confirmedBy: string | null; contactId: string }) {
  await tx.updateTable("unverifiedCallers").set(set).where("caseId", "=", caseId).where("confirmedAt", "is", null).execute();
}

/** Bytes already attached to a case (the case_attachments table of src/attachments), for the per-case limit. */
export async function caseAttachmentBytes(tx: Db, caseId: string): Promise<number> {
  const row = await tx
    .selectFrom("caseAttachments")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("sizeBytes"), eb.val(0)).as("total"))
    .where("caseId", "=", caseId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
