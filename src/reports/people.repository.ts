import { sql } from "kysely";
import type { Db } from "../db/database.js";

/** Names and breakdowns by person and vendor for the centre report, over the reporting views only. */
type Range = { from: Date; to: Date };

export type Person = { id: string; name: string; role: string };

export async function peopleByIds(db: Db, ids: readonly string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<Person>`SELECT id, name, role FROM report_people WHERE id = ANY(${[...ids]}::uuid[])`.execute(db);
  return new Map(rows.map((row) => [row.id, row]));
}

export type EngineerLoad = { assigneeId: string; opened: number; resolved: number; openAtEnd: number };

/**
 * Per current assignee: cases opened in the range, resolved (or closed) in it, and still open at its
 * end, as they were at its end: one finished in the range and reopened after it counts as resolved.
 */
export async function engineerLoad(db: Db, range: Range): Promise<EngineerLoad[]> {
  const [current, reopened] = await Promise.all([sql<EngineerLoad>`
    SELECT c.assignee_id,
           count(*) FILTER (WHERE c.created_at >= ${range.from})::int AS opened,
           count(*) FILTER (WHERE c.finished_at < ${range.to})::int AS resolved,
           count(*) FILTER (WHERE c.finished_at >= ${range.to})::int AS open_at_end
    FROM report_cases c
    WHERE c.assignee_id IS NOT NULL AND c.finished_at >= ${range.from} AND c.created_at < ${range.to}
    GROUP BY c.assignee_id`.execute(db),
  sql<{ assigneeId: string; finished: number; finishedInRange: number }>`
    SELECT c.assignee_id, count(*)::int AS finished, count(*) FILTER (WHERE r.finished_since >= ${range.from})::int AS finished_in_range
    FROM report_case_reopenings r JOIN report_cases c ON c.id = r.case_id
    WHERE c.assignee_id IS NOT NULL AND r.finished_since < ${range.to} AND r.reopened_at >= ${range.to}
    GROUP BY c.assignee_id`.execute(db)]);
  const later = new Map(reopened.rows.map((row) => [row.assigneeId, row]));
  return current.rows.map((row) => ({
    ...row,
    resolved: row.resolved + (later.get(row.assigneeId)?.finishedInRange ?? 0),
    openAtEnd: row.openAtEnd - (later.get(row.assigneeId)?.finished ?? 0),
  }));
}

/** Vendor requests raised in the range, per vendor. */
export async function vendorRequestsIn(db: Db, range: Range): Promise<Map<string, number>> {
  const { rows } = await sql<{ vendor: string; count: number }>`
    SELECT v.vendor, count(*)::int AS count FROM report_vendor_requests v
    WHERE v.requested_at >= ${range.from} AND v.requested_at < ${range.to} GROUP BY v.vendor`.execute(db);
  return new Map(rows.map((row) => [row.vendor, row.count]));
}

/** Cases opened in the range per person who opened them (staff: dispatchers mostly). */
export async function openedByPerson(db: Db, range: Range): Promise<{ createdBy: string; opened: number }[]> {
  const { rows } = await sql<{ createdBy: string; opened: number }>`
    SELECT c.created_by, count(*)::int AS opened FROM report_cases c
    WHERE c.created_by IS NOT NULL AND c.created_at >= ${range.from} AND c.created_at < ${range.to}
    GROUP BY c.created_by`.execute(db);
  return rows;
}

export type ScopeNames = { customerName: string | null; contractNo: string | null; contractCustomerId: string | null };

export async function scopeNames(db: Db, customerId: string | null, contractId: string | null): Promise<ScopeNames> {
  const customer = customerId
    ? (await sql<{ name: string }>`SELECT name FROM report_customers WHERE id = ${customerId}::uuid`.execute(db)).rows[0]
    : undefined;
  const contract = contractId
    ? (await sql<{ contractNo: string; customerId: string }>`SELECT contract_no, customer_id FROM report_contracts WHERE id = ${contractId}::uuid`.execute(db)).rows[0]
    : undefined;
  return { customerName: customer?.name ?? null, contractNo: contract?.contractNo ?? null, contractCustomerId: contract?.customerId ?? null };
}

export type ReportRecipient = { customerId: string; customerName: string; name: string; email: string };

/** Each customer's designated contacts with an e-mail address: who the monthly report goes to. */
export async function reportRecipients(db: Db): Promise<ReportRecipient[]> {
  const { rows } = await sql<ReportRecipient>`
    SELECT r.customer_id, cu.name AS customer_name, r.name, r.email FROM report_recipients r
    JOIN report_customers cu ON cu.id = r.customer_id ORDER BY cu.name, r.email`.execute(db);
  return rows;
}

/** The managers (and admins) who get the centre report. */
export async function managers(db: Db): Promise<Person[]> {
  const { rows } = await sql<Person>`SELECT id, name, role FROM report_people WHERE role = 'manager' ORDER BY name`.execute(db);
  return rows;
}
