import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { ChecklistItem, MaintenanceFrequency } from "./tables.js";

/** Plans, their equipment and checklist versions: Kysely queries only. */
export type NewPlan = {
  contractId: string; customerId: string; frequency: MaintenanceFrequency; reportDueDays: number; engineerId: string | null;
  timeZone: string; asksMonthlyCall: boolean; callDueDays: number; createdBy: string | null; now: Date; isDemo?: boolean;
};

export async function insertPlan(tx: Db, plan: NewPlan, equipmentIds: string[], items: ChecklistItem[]) {
  const { now, ...fields } = plan;
  const row = await tx.insertInto("maintenancePlans").values({ ...fields, isDemo: plan.isDemo ?? false, createdAt: now, updatedAt: now }).returningAll().executeTakeFirstOrThrow();
  await tx.insertInto("maintenancePlanEquipment").values(equipmentIds.map((equipmentId) => ({ planId: row.id, equipmentId }))).execute();
  await tx.insertInto("maintenanceChecklistVersions").values({ planId: row.id, version: 1, items: JSON.stringify(items), createdBy: plan.createdBy, createdAt: now }).execute();
  return row;
}

export const findPlan = (db: Db, id: string) => db.selectFrom("maintenancePlans").selectAll().where("id", "=", id).executeTakeFirst();

/** The plan locked for an update (a period opening, an edit): one writer at a time. */
export const lockPlan = (tx: Db, id: string) => tx.selectFrom("maintenancePlans").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export async function planEquipmentIds(db: Db, planIds: string[]): Promise<Map<string, string[]>> {
  const byPlan = new Map<string, string[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return byPlan;
  const rows = await db.selectFrom("maintenancePlanEquipment").select(["planId", "equipmentId"]).where("planId", "in", planIds).orderBy("equipmentId").execute();
  for (const row of rows) byPlan.get(row.planId)?.push(row.equipmentId);
  return byPlan;
}

export async function replacePlanEquipment(tx: Db, planId: string, equipmentIds: string[]) {
  await tx.deleteFrom("maintenancePlanEquipment").where("planId", "=", planId).execute();
  if (equipmentIds.length) await tx.insertInto("maintenancePlanEquipment").values(equipmentIds.map((equipmentId) => ({ planId, equipmentId }))).execute();
}

export const checklistVersion = (db: Db, planId: string, version: number) =>
  db.selectFrom("maintenanceChecklistVersions").selectAll().where("planId", "=", planId).where("version", "=", version).executeTakeFirst();

export const checklistVersions = (db: Db, planId: string) =>
  db.selectFrom("maintenanceChecklistVersions").selectAll().where("planId", "=", planId).orderBy("version", "desc").execute();

export const appendChecklistVersion = (tx: Db, row: { planId: string; version: number; items: ChecklistItem[]; createdBy: string | null; createdAt: Date }) =>
  tx.insertInto("maintenanceChecklistVersions").values({ ...row, items: JSON.stringify(row.items) }).execute();

export function listPlanRows(db: Db, filter: { customerId?: string; contractId?: string }) {
  let query = db.selectFrom("maintenancePlans as p")
    .innerJoin("customers as c", "c.id", "p.customerId")
    .innerJoin("contracts as k", "k.id", "p.contractId")
    .leftJoin("users as u", "u.id", "p.engineerId")
    .selectAll("p").select(["c.name as customerName", "k.contractNo", "u.name as engineerName"]);
  if (filter.customerId) query = query.where("p.customerId", "=", filter.customerId);
  if (filter.contractId) query = query.where("p.contractId", "=", filter.contractId);
  return query.orderBy("c.name").orderBy("p.createdAt").limit(500).execute();
}

export const updatePlanRow = (tx: Db, id: string, changes: Record<string, unknown>, now: Date) =>
  tx.updateTable("maintenancePlans").set({ ...changes, updatedAt: now, version: sql`version + 1` }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();

/** The contract's time zone: its business calendar's, if it has one. */
export async function contractTimeZone(db: Db, contractId: string): Promise<string | null> {
  const row = await db.selectFrom("contracts as k").innerJoin("calendars as cal", "cal.id", "k.calendarId").select("cal.timeZone").where("k.id", "=", contractId).executeTakeFirst();
  return row?.timeZone ?? null;
}

/** Equipment rows by id, with the contract each is on (to check a plan covers only its contract's). */
export const equipmentRows = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom("equipment").select(["id", "contractId", "vendor", "model", "serial"]).where("id", "in", ids).execute();

/** A staff user who may be named as a plan's engineer. */
export const findStaffUser = (db: Db, id: string) =>
  db.selectFrom("users").select(["id", "name", "role", "isActive"]).where("id", "=", id).executeTakeFirst();
