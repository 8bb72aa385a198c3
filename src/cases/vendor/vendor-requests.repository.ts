import type { Db } from "../../db/database.js";

export const vendorRequestsOf = (db: Db, caseId: string) =>
  db.selectFrom("vendorRequests").selectAll().where("caseId", "=", caseId).orderBy("requestedAt").limit(100).execute();

export const findVendorRequest = (db: Db, caseId: string, id: string) =>
  db.selectFrom("vendorRequests").selectAll().where("caseId", "=", caseId).where("id", "=", id).executeTakeFirst();

/** Requests waiting for an expert's confirmation, oldest first: the experts' queue. */
export const pendingConfirmations = (db: Db, limit: number) =>
  db
    .selectFrom("vendorRequests")
    .innerJoin("cases", "cases.id", "vendorRequests.caseId")
    .selectAll("vendorRequests")
    .select(["cases.number as caseNumber", "cases.subject as caseSubject"])
    .where("vendorRequests.status", "=", "requested")
    .orderBy("vendorRequests.requestedAt")
    .limit(limit)
    .execute();
