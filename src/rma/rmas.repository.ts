import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { RmaStatus } from "./tables.js";

/** Kysely queries of the RMA tables; no rules here. */

export const findRma = (db: Db, id: string) => db.selectFrom("rmas").selectAll().where("id", "=", id).executeTakeFirst();
export const lockRma = (tx: Db, id: string) => tx.selectFrom("rmas").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
export type RmaRow = NonNullable<Awaited<ReturnType<typeof findRma>>>;

export async function nextRmaNumber(db: Db, now: Date): Promise<string> {
  const { rows } = await sql<{ n: string }>`SELECT nextval('rma_number_seq') AS n`.execute(db);
  const yymm = `${String(now.getUTCFullYear()).slice(2)}${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  return `R${yymm}-${String(rows[0]!.n).padStart(6, "0")}`;
}

export async function appendRmaEvent(tx: Db, e: { rmaId: string; kind: "step" | "late"; fromStatus: RmaStatus | null; toStatus: RmaStatus; actorId: string | null; at: Date; data: Record<string, unknown> }) {
  const last = await tx.selectFrom("rmaEvents").select((eb) => eb.fn.max("seq").as("seq")).where("rmaId", "=", e.rmaId).executeTakeFirst();
  return tx.insertInto("rmaEvents").values({ ...e, seq: Number(last?.seq ?? 0) + 1, data: JSON.stringify(e.data) }).returningAll().executeTakeFirstOrThrow();
}

export const rmaEventRows = (db: Db, rmaId: string) =>
  db.selectFrom("rmaEvents").leftJoin("users", "users.id", "rmaEvents.actorId").selectAll("rmaEvents").select("users.name as actorName")
    .where("rmaId", "=", rmaId).orderBy("seq").execute();

export function listRmaRows(db: Db, filter: { status?: RmaStatus[]; customerId?: string; caseId?: string; lateAt?: Date; limit: number }) {
  let query = db.selectFrom("rmas").leftJoin("parts", "parts.id", "rmas.partId").selectAll("rmas").select(["parts.partNumber", "parts.description as partDescription"])
    .orderBy(sql`rmas.step_due_at IS NULL`).orderBy("rmas.stepDueAt").orderBy("rmas.requestedAt", "desc").limit(filter.limit);
  if (filter.status?.length) query = query.where("rmas.status", "in", filter.status);
  if (filter.customerId) query = query.where("rmas.customerId", "=", filter.customerId);
  if (filter.caseId) query = query.where("rmas.caseId", "=", filter.caseId);
  if (filter.lateAt) query = query.where("rmas.stepDueAt", "<", filter.lateAt);
  return query.execute();
}

/** The targets in the order of the steps, each with its calendar's name. */
export const stepTargetRows = (db: Db) =>
  db.selectFrom("rmaStepTargets").leftJoin("calendars", "calendars.id", "rmaStepTargets.calendarId").selectAll("rmaStepTargets").select("calendars.name as calendarName")
    .orderBy(sql`array_position(ARRAY['requested', 'vendor_approved', 'replacement_dispatched', 'faulty_returned'], rma_step_targets.status)`).execute();
export const findStepTarget = (db: Db, status: RmaStatus) =>
  db.selectFrom("rmaStepTargets").select(["targetValue", "targetUnit", "calendarId"]).where("status", "=", status).executeTakeFirst();

export const rmaAdminIds = async (db: Db) =>
  (await db.selectFrom("users").select("id").where("role", "=", "rma_admin").where("isActive", "=", true).limit(50).execute()).map((r) => r.id);
