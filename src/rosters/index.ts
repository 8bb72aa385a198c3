/** Duty rosters: shift patterns, assignments, swaps and call-ins; who is on duty or reachable; picking an engineer. */
export { rostersRoutes } from "./rosters.routes.js";
export { onDuty, reachable, type OnDutyUser, type ReachableUser, type RosterReader } from "./on-duty.js";
export { pickEngineer, type PickEngineerOptions } from "./pick-engineer.js";
export { createShiftPattern, updateShiftPattern, deleteShiftPattern } from "./save-shift-pattern.js";
export { createRosterAssignment, updateRosterAssignment, deleteRosterAssignment } from "./save-roster-assignment.js";
export { recordOverride, recordSwap, cancelOverride } from "./record-override.js";
export { setVendorCoverage, getVendorCoverage } from "./set-vendor-coverage.js";
export { setAvailability } from "./set-availability.js";
export { ROSTER_ROLES, type Duty } from "./roster.js";
export { isOnDuty, shiftAt, type ShiftDefinition, type ShiftPattern } from "./shift.js";
