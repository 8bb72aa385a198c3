import type { Deps } from "../shared/deps.js";
import type { CaseLivePayload } from "./live.js";
import { findCaseAudience } from "./live.repository.js";
import { liveStatement } from "./publish-live.js";

/**
 * Every case event becomes a live message in its own transaction: staff always, the case's
 * company only for public entries (an internal note is not even announced to it), and never
 * more than the event's type, the case's id and number and the instant.
 */
export function subscribeLiveCaseEvents(deps: Deps): void {
  deps.events.subscribeWriter("*", async (event, read) => {
    // the log's events carry their entry's visibility; others are looked up (or count as internal)
    const entryId = event.visibility === undefined && typeof event.data.entryId === "string" ? event.data.entryId : undefined;
    const found = event.case && event.visibility
      ? { number: event.case.number, customerId: event.case.customerId, visibility: event.visibility }
      : await findCaseAudience(read, event.caseId, entryId, event.visibility);
    if (!found) return [];
    const payload: CaseLivePayload = { type: event.type, caseId: event.caseId, caseNumber: found.number, at: event.at.toISOString() };
    return [liveStatement({
      topic: "case",
      audience: { staff: true, customerId: found.visibility === "public" ? found.customerId : null },
      payload,
    })];
  });
}
