import { maintenanceSectionFigures } from "./maintenance/index.js";
import type { ReportSections } from "./reports/index.js";
import { rmaFigures } from "./rma/index.js";

/**
 * The report sections other modules provide, registered here at composition (one line each). A
 * section left out reads "not available" in every report.
 */
export const reportSections: ReportSections = {
  maintenance: maintenanceSectionFigures,
  rma: rmaFigures,
};
