/** Telephony: PBX call events, the dispatcher's screen-pop, and calls recorded as call activities on cases. */
export { telephonyRoutes } from "./telephony.routes.js";
export { recordCallEvent, type CallEventInput } from "./record-call-event.js";
export { linkCall } from "./link-call.js";
export { getCall, listActiveCalls, listCalls } from "./read-calls.js";
