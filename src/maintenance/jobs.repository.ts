import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { ChecklistEntry, MaintenanceJobStatus } from "./tables.js";

/** Maintenance jobs: Kysely queries only. */
export type NewJob = {
  planId: string; customerId: string; contractId: string; equipmentId: string; period: string; periodStartsAt: Date; reportDueAt: Date;
  engineerId: string | null; checklistVersion: number; checklist: ChecklistEntry[]; openedAt: Date; isDemo?: boolean;
};

/**
 * Inserts the job unless (plan, equipment, period) has one: the unique key decides, so two
 * openers racing (two instances, the timer and an admin) open it once. Returns the new row or
 * undefined.
 */
export async function insertJobOnce(tx: Db, job: NewJob) {
  const seq = await sql<{ n: string }>`SELECT nextval('maintenance_job_numbers')::text AS n`.execute(tx);
  const number = `PM${job.period.slice(2, 4)}${job.period.slice(5, 7)}-${seq.rows[0]!.n.padStart(5, "0")}`;
  return tx.insertInto("maintenanceJobs")
    .values({ ...job, number, isDemo: job.isDemo ?? false, checklist: JSON.stringify(job.checklist), updatedAt: job.openedAt })
    .onConflict((oc) => oc.columns(["planId", "equipmentId", "period"]).doNothing())
    .returningAll().executeTakeFirst();
}

const jobView = (db: Db) => db.selectFrom("maintenanceJobs as j")
  .innerJoin("customers as c", "c.id", "j.customerId")
  .innerJoin("contracts as k", "k.id", "j.contractId")
  .innerJoin("equipment as e", "e.id", "j.equipmentId")
  .leftJoin("users as u", "u.id", "j.engineerId")
  .selectAll("j")
  .select(["c.name as customerName", "k.contractNo", "e.vendor", "e.model", "e.serial", "u.name as engineerName"]);

export type JobView = Awaited<ReturnType<typeof findJobView>> & object;

export const findJobView = (db: Db, id: string) => jobView(db).where("j.id", "=", id).executeTakeFirst();

export const lockJob = (tx: Db, id: string) => tx.selectFrom("maintenanceJobs").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export type JobFilter = {
  status?: MaintenanceJobStatus[]; customerId?: string; period?: string; engineerId?: string; from?: string; to?: string;
  /** periods that started within [startsFrom, startsTo): a month of the board */
  startsFrom?: Date; startsTo?: Date;
  /** as `lateness` judges it at `now` */
  timeliness?: { is: "on_time" | "late" | "due"; now: Date };
  limit: number; after?: { v: string; id: string };
};

export function listJobViews(db: Db, filter: JobFilter) {
  let query = jobView(db);
  if (filter.status?.length) query = query.where("j.status", "in", filter.status);
  if (filter.customerId) query = query.where("j.customerId", "=", filter.customerId);
  if (filter.period) query = query.where("j.period", "=", filter.period);
  if (filter.engineerId) query = query.where("j.engineerId", "=", filter.engineerId);
  if (filter.from) query = query.where("j.period", ">=", filter.from);
  if (filter.to) query = query.where("j.period", "<=", filter.to);
  if (filter.startsFrom) query = query.where("j.periodStartsAt", ">=", filter.startsFrom);
  if (filter.startsTo) query = query.where("j.periodStartsAt", "<", filter.startsTo);
  const timeliness = filter.timeliness;
  if (timeliness) {
    query = query.where((eb) => {
      const delivered = eb("j.deliveredAt", "is not", null);
      const undelivered = eb("j.deliveredAt", "is", null);
      if (timeliness.is === "on_time") return eb.and([delivered, eb("j.deliveredAt", "<=", eb.ref("j.reportDueAt"))]);
      if (timeliness.is === "due") return eb.and([undelivered, eb("j.reportDueAt", ">=", timeliness.now)]);
      return eb.or([eb.and([delivered, eb("j.deliveredAt", ">", eb.ref("j.reportDueAt"))]), eb.and([undelivered, eb("j.reportDueAt", "<", timeliness.now)])]);
    });
  }
  if (filter.after) {
    const after = filter.after;
    query = query.where((eb) => eb.or([eb("j.period", "<", after.v), eb.and([eb("j.period", "=", after.v), eb("j.id", ">", after.id)])]));
  }
  return query.orderBy("j.period", "desc").orderBy("j.id").limit(filter.limit + 1).execute();
}

export const updateJobRow = (tx: Db, id: string, changes: Record<string, unknown>, now: Date) =>
  tx.updateTable("maintenanceJobs").set({ ...changes, updatedAt: now, version: sql`version + 1` }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();

/** Active managers: who hears of a late report besides the engineer. */
export const activeManagerIds = async (db: Db) =>
  (await db.selectFrom("users").select("id").where("role", "=", "manager").where("isActive", "=", true).limit(50).execute()).map((row) => row.id);

/** The customer's designated contacts with an e-mail address: who receives the report. */
export const designatedContacts = (db: Db, customerId: string) =>
  db.selectFrom("contacts").select(["id", "name", "email", "mobile", "phone"]).where("customerId", "=", customerId).where("isDesignated", "=", true).orderBy("name").execute();
