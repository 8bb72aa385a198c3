import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { AnalysisRule } from "./analyse.js";

/** The analysis rules: Kysely queries only. */
export const activeRules = (db: Db): Promise<AnalysisRule[]> =>
  db.selectFrom("maintenanceRules").select(["code", "metric", "comparison", "threshold", "durationMinutes", "severity", "titleZh", "titleEn", "recommendationZh", "recommendationEn"])
    .where("isActive", "=", true).orderBy("code").execute();

export const listRuleRows = (db: Db) => db.selectFrom("maintenanceRules").selectAll().orderBy("metric").orderBy("threshold").execute();

export const findRule = (db: Db, id: string) => db.selectFrom("maintenanceRules").selectAll().where("id", "=", id).executeTakeFirst();

export const insertRule = (tx: Db, rule: AnalysisRule & { isActive: boolean; now: Date }) => {
  const { now, ...values } = rule;
  return tx.insertInto("maintenanceRules").values({ ...values, updatedAt: now }).returningAll().executeTakeFirstOrThrow();
};

export const updateRuleRow = (tx: Db, id: string, changes: Record<string, unknown>, now: Date) =>
  tx.updateTable("maintenanceRules").set({ ...changes, updatedAt: now, version: sql`version + 1` }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
