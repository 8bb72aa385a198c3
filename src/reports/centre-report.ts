import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { forbidden } from "../shared/errors.js";
import { figuresOf, gatherMonthlyReport, type MonthlyReport } from "./monthly-report.js";
import { engineerLoad, openedByPerson, peopleByIds, vendorRequestsIn } from "./people.repository.js";
import type { ReportSections } from "./report-sections.js";
import { mean, percent, type DurationFigures } from "./statistics.js";

export type EngineerRow = {
  userId: string; name: string; opened: number; resolved: number; openAtEnd: number; visits: number;
  response: DurationFigures; firstResponse: DurationFigures; surveys: number; overall: number | null;
};
export type VendorRow = { vendor: string; opened: number; closed: number; vendorRequests: number; rmaOpened: number | null; rmaMedianTurnaroundMs: number | null };
export type DispatcherRow = { userId: string; name: string; opened: number; firstResponseMet: number | null };

export type CentreReport = MonthlyReport & { byEngineer: EngineerRow[]; byVendor: VendorRow[]; byDispatcher: DispatcherRow[] };

/**
 * The centre's report for a range of months: the customer report's measures over every case,
 * plus per engineer (load, response times, satisfaction), per vendor (cases, vendor requests, RMA
 * via the RMA section) and per dispatcher (cases opened, share whose first response was in time).
 * Managers and admins only.
 */
export async function centreReport(deps: Deps, sections: ReportSections, input: { actor: Actor; fromMonth: string; toMonth: string }): Promise<CentreReport> {
  if (input.actor.kind === "user" && input.actor.role !== "manager" && input.actor.role !== "admin") throw forbidden("reports.centre");
  const { report, compliance, times, answers, visits } = await gatherMonthlyReport(deps, sections, { actor: input.actor, fromMonth: input.fromMonth, toMonth: input.toMonth }, true);
  const range = { from: report.period.startsAt, to: report.period.endsAt };
  const [load, vendorRequests, openers] = await Promise.all([engineerLoad(deps.db, range), vendorRequestsIn(deps.db, range), openedByPerson(deps.db, range)]);
  const ids = new Set<string>([...load.map((l) => l.assigneeId), ...openers.map((o) => o.createdBy)]);
  for (const t of times) if (t.by === "person" && t.key) ids.add(t.key);
  for (const a of answers) if (a.engineerId) ids.add(a.engineerId);
  for (const v of visits) if (v.engineerId) ids.add(v.engineerId);
  const people = await peopleByIds(deps.db, [...ids]);

  const engineerIds = [...ids].filter((id) => people.get(id)?.role === "engineer" || people.get(id)?.role === "expert");
  const byEngineer = engineerIds.map((userId): EngineerRow => {
    const loadOf = load.find((l) => l.assigneeId === userId);
    const mine = answers.filter((a) => a.engineerId === userId);
    return {
      userId, name: people.get(userId)!.name,
      opened: loadOf?.opened ?? 0, resolved: loadOf?.resolved ?? 0, openAtEnd: loadOf?.openAtEnd ?? 0,
      visits: visits.filter((v) => v.engineerId === userId).length,
      response: figuresOf(times, "response", "person", userId), firstResponse: figuresOf(times, "first_response", "person", userId),
      surveys: mine.length, overall: mean(mine.map((a) => a.overall)),
    };
  }).sort((a, b) => b.opened + b.openAtEnd - (a.opened + a.openAtEnd) || a.name.localeCompare(b.name));

  const rmaByVendor = report.rma.available ? new Map((report.rma.byVendor ?? []).map((r) => [r.vendor, r])) : null;
  // RMA figures per vendor come from the RMA section alone (src/rma's rmaFigures); a vendor with RMAs and no case is still a row
  const vendors = new Set([...report.opened.vendor.map((v) => v.key), ...report.closed.vendor.map((v) => v.key), ...vendorRequests.keys(), ...(rmaByVendor?.keys() ?? [])]);
  const byVendor = [...vendors].map((vendor): VendorRow => ({
    vendor,
    opened: report.opened.vendor.find((v) => v.key === vendor)?.count ?? 0,
    closed: report.closed.vendor.find((v) => v.key === vendor)?.count ?? 0,
    vendorRequests: vendorRequests.get(vendor) ?? 0,
    rmaOpened: rmaByVendor ? (rmaByVendor.get(vendor)?.opened ?? 0) : null,
    rmaMedianTurnaroundMs: rmaByVendor?.get(vendor)?.medianTurnaroundMs ?? null,
  })).sort((a, b) => b.opened - a.opened || a.vendor.localeCompare(b.vendor));

  const byDispatcher = openers.filter((o) => people.get(o.createdBy)?.role === "dispatcher").map((o): DispatcherRow => {
    const judged = compliance.find((c) => c.metric === "first_response" && c.by === "person" && c.key === o.createdBy);
    return { userId: o.createdBy, name: people.get(o.createdBy)!.name, opened: o.opened, firstResponseMet: percent((judged?.measured ?? 0) - (judged?.breached ?? 0), judged?.measured ?? 0) };
  }).sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name));

  return { ...report, byEngineer, byVendor, byDispatcher };
}
