import { sql } from "kysely";
import type { Deps } from "../shared/deps.js";

type Query = { customerId?: string | null; contractId?: string | null; from: Date; to: Date };

/** What the monthly report says of RMAs: opened in the range, closed in it, and the turnaround (requested → closed) of those closed. */
export type RmaReportFigures = {
  opened: number;
  closed: number;
  turnaround: { medianMs: number | null; maxMs: number | null };
  byVendor: { vendor: string; opened: number; closed: number; medianTurnaroundMs: number | null }[];
};

/** One statement: a row per vendor and the total (ROLLUP), since medians do not add up. */
export async function rmaFigures(deps: Deps, query: Query): Promise<RmaReportFigures> {
  const customer = query.customerId ? sql`AND customer_id = ${query.customerId}` : sql``;
  // an RMA belongs to a contract through its case
  const contract = query.contractId ? sql`AND case_id IN (SELECT id FROM cases WHERE contract_id = ${query.contractId})` : sql``;
  const closedInRange = sql`status = 'closed' AND closed_at >= ${query.from} AND closed_at < ${query.to}`;
  const { rows } = await sql<{ isTotal: number; vendor: string; opened: string; closed: string; medianMs: number | null; maxMs: number | null }>`
    SELECT grouping(vendor) AS is_total, vendor,
      count(*) FILTER (WHERE requested_at >= ${query.from} AND requested_at < ${query.to}) AS opened,
      count(*) FILTER (WHERE ${closedInRange}) AS closed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - requested_at) * 1000) FILTER (WHERE ${closedInRange}) AS median_ms,
      max(extract(epoch FROM closed_at - requested_at) * 1000) FILTER (WHERE ${closedInRange}) AS max_ms
    FROM rmas
    WHERE (requested_at >= ${query.from} AND requested_at < ${query.to} OR closed_at >= ${query.from} AND closed_at < ${query.to}) ${customer} ${contract}
    GROUP BY ROLLUP (vendor)`.execute(deps.db);
  const ms = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value)));
  const total = rows.find((row) => Number(row.isTotal) === 1);
  const byVendor = rows
    .filter((row) => Number(row.isTotal) !== 1)
    .map((row) => ({ vendor: row.vendor, opened: Number(row.opened), closed: Number(row.closed), medianTurnaroundMs: ms(row.medianMs) }))
    .sort((a, b) => b.opened - a.opened || a.vendor.localeCompare(b.vendor));
  return {
    opened: Number(total?.opened ?? 0),
    closed: Number(total?.closed ?? 0),
    turnaround: { medianMs: ms(total?.medianMs), maxMs: ms(total?.maxMs) },
    byVendor,
  };
}
