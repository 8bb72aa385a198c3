import { DateTime } from "luxon";
import type { Deps } from "../shared/deps.js";

/** The zone the board and the monthly report read months in. */
export const BOARD_TIME_ZONE = "Asia/Shanghai";

/** One customer's month of preventive maintenance, as the board and the monthly report count it. */
export type MaintenanceMonth = {
  customerId: string; customerName: string; month: string;
  /** jobs whose period started in the month */
  jobsDue: number; deliveredOnTime: number; deliveredLate: number;
  /** not delivered, past the due instant */ late: number;
  /** not delivered, not yet due */ open: number;
  proactiveCalls: number;
};

/**
 * Counts, per customer and month within [from, to): maintenance jobs due (by the month their period
 * started, in `timeZone`), delivered on time or late, still late or still open at `deps.clock`,
 * and proactive calls logged. No actor: the caller (the monthly report, the board) authorises.
 */
export async function maintenanceFigures(
  deps: Pick<Deps, "db" | "clock">,
  input: { customerId?: string; contractId?: string; from: Date; to: Date; timeZone?: string },
): Promise<MaintenanceMonth[]> {
  const timeZone = input.timeZone ?? BOARD_TIME_ZONE;
  const now = deps.clock.now();
  const monthOf = (at: Date) => DateTime.fromJSDate(at, { zone: timeZone }).toFormat("yyyy-MM");
  let jobsQuery = deps.db.selectFrom("maintenanceJobs as j").innerJoin("customers as c", "c.id", "j.customerId")
    .select(["j.customerId", "c.name as customerName", "j.periodStartsAt", "j.reportDueAt", "j.deliveredAt"])
    .where("j.periodStartsAt", ">=", input.from).where("j.periodStartsAt", "<", input.to);
  let callsQuery = deps.db.selectFrom("proactiveCalls as p").innerJoin("customers as c", "c.id", "p.customerId")
    .select(["p.customerId", "c.name as customerName", "p.calledAt"])
    .where("p.calledAt", ">=", input.from).where("p.calledAt", "<", input.to);
  if (input.customerId) {
    jobsQuery = jobsQuery.where("j.customerId", "=", input.customerId);
    callsQuery = callsQuery.where("p.customerId", "=", input.customerId);
  }
  // a call is made to the company, not under a contract: a contract's figures count its jobs only
  if (input.contractId) jobsQuery = jobsQuery.where("j.contractId", "=", input.contractId);
  const months = new Map<string, MaintenanceMonth>();
  const row = (customerId: string, customerName: string, month: string) => {
    const key = `${customerId}:${month}`;
    let found = months.get(key);
    if (!found) {
      found = { customerId, customerName, month, jobsDue: 0, deliveredOnTime: 0, deliveredLate: 0, late: 0, open: 0, proactiveCalls: 0 };
      months.set(key, found);
    }
    return found;
  };
  for (const job of await jobsQuery.execute()) {
    const r = row(job.customerId, job.customerName, monthOf(job.periodStartsAt));
    r.jobsDue++;
    if (job.deliveredAt) {
      if (job.deliveredAt <= job.reportDueAt) r.deliveredOnTime++;
      else r.deliveredLate++;
    } else if (now > job.reportDueAt) r.late++;
    else r.open++;
  }
  for (const call of await callsQuery.execute()) row(call.customerId, call.customerName, monthOf(call.calledAt)).proactiveCalls++;
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month) || a.customerName.localeCompare(b.customerName, "zh-CN"));
}

/** The range summed over its months, as the monthly report shows it: late counts those delivered late and those still undelivered past due. */
export async function maintenanceSectionFigures(deps: Pick<Deps, "db" | "clock">, input: { customerId?: string | null; contractId?: string | null; from: Date; to: Date }) {
  const months = await maintenanceFigures(deps, { customerId: input.customerId ?? undefined, contractId: input.contractId ?? undefined, from: input.from, to: input.to });
  return months.reduce(
    (sum, m) => ({ due: sum.due + m.jobsDue, deliveredOnTime: sum.deliveredOnTime + m.deliveredOnTime, late: sum.late + m.deliveredLate + m.late }),
    { due: 0, deliveredOnTime: 0, late: 0 },
  );
}
