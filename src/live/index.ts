/** Live updates: case events fanned out to every instance's server-sent-event streams, authorised per subscriber. */
export { liveRoutes } from "./live.routes.js";
export { liveStatement, publishLive } from "./publish-live.js";
export { subscribeLiveCaseEvents } from "./case-live-events.js";
export { canReceive, type LiveAudience, type LiveMessage, type CaseLivePayload } from "./live.js";
