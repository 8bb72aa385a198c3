/** Cases: opening, the status flow, assignment and take-over, notes and activities, the hash-chained log, search. */
export { casesRoutes } from "./cases.routes.js";
export { openCase, type OpenCaseInput } from "./open-case.js";
export { updateCase } from "./update-case.js";
export { assignCase, takeOverCase } from "./assign-case.js";
export { moveCase, type MoveAction } from "./move-case.js";
export { addNote } from "./add-note.js";
export { logActivity } from "./log-activity.js";
export { correctEntry } from "./correct-entry.js";
export { getCase, listActivities, searchCases } from "./read-cases.js";
export { verifyActivityLog } from "./verify-activity-log.js";
export { handToRma } from "./hand-to-rma.js";
export { requestVendorSupport } from "./vendor/request-vendor-support.js";
export { advanceVendorRequest } from "./vendor/advance-vendor-request.js";
export { confirmResolution, confirmResolutionByLink } from "./closure/confirm-resolution.js";
export { findCaseById, type CaseWithNames } from "./cases.repository.js";
export { OPEN_STATUSES, type CaseStatus } from "./case.js";
export { appendSystemEntry } from "./append-system-entry.js";
export { toTsqueryLiteral, toTsvectorLiteral } from "./search-text.js";
export { CASE_STATUSES, FAULT_LEVELS, PRIORITIES, CHANNELS } from "./case.js";
export { subscribeCaseNotifications } from "./case-notifications.js";
export { subscribeRepliesByMail } from "./reply-by-mail.js";
export { subscribeCustomerAlerts } from "./customer-alerts.js";
export { subscribeClosure, closureTimerHandlers } from "./closure/closure-events.js";
// attachments and the portal build on these
export type { NoteExtra } from "./add-note.js";
export { caseSchema, entrySchema, createCaseBody } from "./cases.schemas.js";
export { presentCase, presentCaseForCustomer, presentEntry } from "./case.presenter.js";
export { isCustomerActor } from "./case.policy.js";
// e-mail and fax intake
export { addInboundNote } from "./add-inbound-note.js";
export { linkCaseContact } from "./link-case-contact.js";
export { findCaseByNumber } from "./cases.repository.js";
// reports: the case search as a workbook
export { exportCases } from "./export-cases.js";
export { listCasesQuery, sortOrder } from "./cases.schemas.js";
