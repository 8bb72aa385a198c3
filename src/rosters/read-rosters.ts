import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { assertCanRoster } from "./roster.policy.js";
import { findPattern, listAssignmentRows, listOverrideRows, listPatternRows, type AssignmentFilter, type OverrideFilter } from "./rosters.repository.js";

/** A centre has a handful of patterns; this many is the most one list shows. */
const PATTERN_LIMIT = 500;

/** Every shift pattern, by name. Staff only. */
export async function listShiftPatterns(deps: Deps, input: { actor: Actor }) {
  assertCanRoster(input.actor, "read");
  return listPatternRows(deps.db, PATTERN_LIMIT);
}

/** One shift pattern. Staff only. */
export async function getShiftPattern(deps: Deps, input: { actor: Actor; patternId: string }) {
  assertCanRoster(input.actor, "read");
  const found = await findPattern(deps.db, input.patternId);
  if (!found) throw notFound("shift_pattern");
  return found;
}

/** A page of roster assignments by start date, filtered by user, pattern or a date they cover. Staff only. */
export async function listRosterAssignments(deps: Deps, input: { actor: Actor } & AssignmentFilter) {
  assertCanRoster(input.actor, "read");
  const rows = await listAssignmentRows(deps.db, input);
  return { rows: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}

/** A page of overrides in force (not cancelled) overlapping a window, by start. Staff only. */
export async function listOverrides(deps: Deps, input: { actor: Actor } & OverrideFilter) {
  assertCanRoster(input.actor, "read");
  const rows = await listOverrideRows(deps.db, input);
  return { rows: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}
