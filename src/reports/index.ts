/** Reports: the monthly service report of a customer or contract, the centre's report, their XLSX and PDF files, and monthly delivery. */
export { reportsRoutes } from "./reports.routes.js";
export { monthlyReport, type MonthlyReport } from "./monthly-report.js";
export { centreReport, type CentreReport } from "./centre-report.js";
export type { MaintenanceFigures, ReportSections, RmaFigures, SectionQuery } from "./report-sections.js";
export { deliverMonthlyReports, deliveryAt, ensureReportDeliveryScheduled, nextDelivery, reportTimerHandlers } from "./report-delivery.js";
