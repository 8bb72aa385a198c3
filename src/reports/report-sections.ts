import type { Deps } from "../shared/deps.js";

/**
 * Sections other modules provide to the reports: preventive maintenance and RMA figures. The
 * composition root registers them (src/report-sections.ts, one line each), so reports import
 * neither module, and a section whose provider is not registered reads "not available".
 */
/** A contract's report counts that contract's jobs and RMAs (an RMA by its case's contract), not the whole company's. */
export type SectionQuery = { customerId?: string | null; contractId?: string | null; from: Date; to: Date };

/** Preventive maintenance jobs of the range: due, delivered on time, delivered late (or still undelivered past due). */
export type MaintenanceFigures = { due: number; deliveredOnTime: number; late: number };

/** RMAs opened in the range, and the turnaround (request → closed) of those closed in it. */
export type RmaFigures = {
  opened: number;
  closed: number;
  turnaround: { medianMs: number | null; maxMs: number | null };
  byVendor?: { vendor: string; opened: number; closed: number; medianTurnaroundMs: number | null }[];
};

export type ReportSections = {
  maintenance?: (deps: Deps, query: SectionQuery) => Promise<MaintenanceFigures>;
  rma?: (deps: Deps, query: SectionQuery) => Promise<RmaFigures>;
};

export type Section<T> = { available: false } | ({ available: true } & T);

/** A section's figures, or "not available" when no module provides it. */
export async function section<T>(provider: ((deps: Deps, query: SectionQuery) => Promise<T>) | undefined, deps: Deps, query: SectionQuery): Promise<Section<T>> {
  if (!provider) return { available: false };
  return { available: true, ...(await provider(deps, query)) };
}
