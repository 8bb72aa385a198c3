import type { Db } from "../db/database.js";
import type { MetricFormat, MetricSeries } from "./tables.js";

/** A job's performance data, each upload or push kept as it was parsed: Kysely queries only. */
export const insertMetricSet = (tx: Db, set: {
  jobId: string; format: MetricFormat; filename: string | null; host: string | null; series: MetricSeries[]; sampleCount: number;
  firstAt: Date; lastAt: Date; uploadedBy: string | null; createdAt: Date;
}) => tx.insertInto("maintenanceMetricSets").values({ ...set, series: JSON.stringify(set.series) }).returningAll().executeTakeFirstOrThrow();

export const metricSetsOf = (db: Db, jobId: string) =>
  db.selectFrom("maintenanceMetricSets").selectAll().where("jobId", "=", jobId).orderBy("createdAt").orderBy("id").execute();

/** The job a monitoring system's samples go to: the covered system's latest job not yet delivered. */
export const currentJobOfEquipment = (db: Db, equipment: { id?: string; serial?: string }) => {
  let query = db.selectFrom("maintenanceJobs as j").innerJoin("equipment as e", "e.id", "j.equipmentId").select(["j.id"]).where("j.status", "!=", "delivered");
  if (equipment.id) query = query.where("j.equipmentId", "=", equipment.id);
  if (equipment.serial) query = query.where("e.serial", "=", equipment.serial);
  return query.orderBy("j.period", "desc").orderBy("j.openedAt", "desc").limit(1).executeTakeFirst();
};
