import type { Selectable } from "kysely";
import type { Actor } from "../auth/index.js";
import type { ShiftPatternsTable } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { isRosterRole } from "./roster.js";
import { assertCanRoster } from "./roster.policy.js";
import {
  deleteAssignmentRow, findAssignment, findStaffMember, insertAssignment, lockPattern, updateAssignmentRow,
} from "./rosters.repository.js";
import type { ShiftDefinition } from "./shift.js";

export type CreateRosterAssignmentInput = {
  actor: Actor;
  userId: string;
  patternId: string;
  shiftName?: string | null;
  validFrom: string;
  validTo?: string | null;
};

/**
 * Puts a dispatcher, engineer or expert on a pattern over a range of local dates (both
 * inclusive), on one named shift of a day/night pattern. The first assignment of a role ends
 * that role's 7×24 default: from then on only the roster counts for it.
 */
export async function createRosterAssignment(deps: Deps, input: CreateRosterAssignmentInput) {
  assertCanRoster(input.actor, "plan");
  const shiftName = input.shiftName ?? null;
  const validTo = input.validTo ?? null;
  assertRange(input.validFrom, validTo);
  const user = await findStaffMember(deps.db, input.userId);
  if (!user) throw invalid("body.userId", "unknown_user");
  if (!user.isActive || !isRosterRole(user.role)) throw invalid("body.userId", "not_rosterable");
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    // shares the lock that a change of the pattern takes, so the checks below stay true
    const pattern = await lockPattern(tx, input.patternId, "share");
    if (!pattern) throw invalid("body.patternId", "unknown_pattern");
    assertFits(pattern, user.role, shiftName);
    const { id } = await insertAssignment(tx, {
      userId: user.id, patternId: pattern.id, shiftName, validFrom: input.validFrom, validTo,
      createdBy: input.actor.id, createdAt: now, updatedAt: now,
    });
    return (await findAssignment(tx, id))!;
  });
}

/** Moves an assignment to another shift of its pattern or other dates. */
export async function updateRosterAssignment(
  deps: Deps,
  input: { actor: Actor; assignmentId: string; expectedVersion?: number; shiftName?: string | null; validFrom?: string; validTo?: string | null },
) {
  assertCanRoster(input.actor, "plan");
  const found = await findAssignment(deps.db, input.assignmentId);
  if (!found) throw notFound("roster_assignment");
  const shiftName = input.shiftName === undefined ? found.shiftName : input.shiftName;
  const validFrom = input.validFrom ?? found.validFrom;
  const validTo = input.validTo === undefined ? found.validTo : input.validTo;
  assertRange(validFrom, validTo);
  const user = await findStaffMember(deps.db, found.userId);
  return deps.db.transaction().execute(async (tx) => {
    const pattern = (await lockPattern(tx, found.patternId, "share"))!;
    assertFits(pattern, user!.role, shiftName);
    const updated = await updateAssignmentRow(tx, found.id, input.expectedVersion ?? found.version, {
      shiftName, validFrom, validTo, updatedAt: deps.clock.now(),
    });
    if (!updated) throw new AppError("version_conflict");
    return (await findAssignment(tx, found.id))!;
  });
}

/** Takes an assignment off the roster; the last one of a role returns that role to 7×24. */
export async function deleteRosterAssignment(deps: Deps, input: { actor: Actor; assignmentId: string }): Promise<void> {
  assertCanRoster(input.actor, "plan");
  const result = await deleteAssignmentRow(deps.db, input.assignmentId);
  if (Number(result.numDeletedRows) === 0) throw notFound("roster_assignment");
}

function assertFits(pattern: Selectable<ShiftPatternsTable>, role: string, shiftName: string | null): void {
  if (pattern.role !== null && pattern.role !== role) throw invalid("body.userId", "role_mismatch");
  const definition = pattern.definition as ShiftDefinition;
  if (definition.kind === "daily") {
    if (shiftName === null) throw invalid("body.shiftName", "required");
    if (!definition.shifts.some((s) => s.name === shiftName)) throw invalid("body.shiftName", "unknown_shift");
  } else if (shiftName !== null) {
    throw invalid("body.shiftName", "unknown_shift");
  }
}

function assertRange(validFrom: string, validTo: string | null): void {
  if (validTo !== null && validTo < validFrom) throw invalid("body.validTo", "range_order");
}

const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);
