/** Service levels: working-time calendars, ISO durations, policies, the clock model and calendar data. */
export {
  ALWAYS, CalendarError, addWorkingTime, assertCalendar, isWorkingTime, workingTimeBetween,
  type BusinessCalendar, type Calendar, type CalendarErrorCode, type IsoWeekday, type TimeWindow, type WeeklyWindow,
} from "./calendar.js";
export { DurationError, MAX_DURATION_MS, durationSchema, formatDuration, isDuration, parseDuration, type DurationErrorCode } from "./duration.js";
export {
  clockState, thresholdAt, type ClockCycleResult, type ClockEvent, type ClockEventType, type ClockSegment, type ClockState, type ClockStatus,
  type ThresholdStatus,
} from "./clock-model.js";
export {
  CHANNELS, DEFAULT_POLICY, FAULT_LEVELS, RECIPIENTS, effectiveCalendar, firstResponseDueAt, ladderFor, ladderSchedule,
  ladderStepSchema, policyCalendarId, policySchema, resolutionDueAt, resolutionWarningSchedule, targetsFor, withContractTargets,
  type Channel, type FaultLevel, type LadderStep, type Recipient, type ResolutionWarning, type ScheduledStep, type SlaPolicy,
  type WarningSchedule,
} from "./policy.js";
export { loadCalendar } from "./calendars.repository.js";
export { calendarsRoutes } from "./calendars.routes.js";
export {
  assertCanCalendar, createCalendar, getCalendar, getCalendarYear, listCalendars, replaceCalendarYear, updateCalendar,
} from "./calendars.use-cases.js";
// the case clocks, policy storage and timers built on the above (src/app.ts and src/http/server.ts use them)
export { slaPoliciesRoutes } from "./sla-policies.routes.js";
export { slaTimerHandlers } from "./sla-timers.js";
export { subscribeCaseClocks } from "./case-clocks.js";
