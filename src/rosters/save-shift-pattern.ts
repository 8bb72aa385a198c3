import type { Actor } from "../auth/index.js";
import type { RosterRole } from "../db/schema.js";
import { isUniqueViolation } from "../db/database-errors.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { assertCanRoster } from "./roster.policy.js";
import {
  assignmentsOfPattern, deletePatternRow, findPattern, findPatternByName, insertPattern, lockPattern, updatePatternRow,
} from "./rosters.repository.js";
import type { ShiftDefinition } from "./shift.js";

const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export type ShiftPatternFields = { name: string; role?: RosterRole | null; timeZone?: string; definition: ShiftDefinition };

/** Defines a shift pattern (7×24, day/night shifts or weekly windows) in an IANA time zone. */
export async function createShiftPattern(deps: Deps, input: { actor: Actor } & ShiftPatternFields) {
  assertCanRoster(input.actor, "plan");
  if (await findPatternByName(deps.db, input.name)) throw new AppError("duplicate", { field: "name" });
  const now = deps.clock.now();
  return insertPattern(deps.db, {
    name: input.name,
    role: input.role ?? null,
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
    definition: JSON.stringify(input.definition),
    createdAt: now,
    updatedAt: now,
  }).catch(duplicateName);
}

/**
 * Renames or redefines a pattern. Refused (409) while an assignment names a shift the new
 * definition lacks, or a user whose role the new scope excludes. The pattern's row lock keeps
 * assignments from being added meanwhile.
 */
export async function updateShiftPattern(
  deps: Deps,
  input: { actor: Actor; patternId: string; expectedVersion?: number } & Partial<ShiftPatternFields>,
) {
  assertCanRoster(input.actor, "plan");
  return deps.db.transaction().execute(async (tx) => {
    const found = await lockPattern(tx, input.patternId, "update");
    if (!found) throw notFound("shift_pattern");
    if (input.expectedVersion !== undefined && input.expectedVersion !== found.version) throw new AppError("version_conflict");
    if (input.name !== undefined && input.name.toLowerCase() !== found.name.toLowerCase() && (await findPatternByName(tx, input.name))) {
      throw new AppError("duplicate", { field: "name" });
    }
    const definition = input.definition ?? (found.definition as ShiftDefinition);
    const role = input.role === undefined ? found.role : input.role;
    const shiftNames = definition.kind === "daily" ? new Set(definition.shifts.map((s) => s.name)) : null;
    for (const assignment of await assignmentsOfPattern(tx, found.id)) {
      const fitsShift = shiftNames ? assignment.shiftName !== null && shiftNames.has(assignment.shiftName) : assignment.shiftName === null;
      if (!fitsShift || (role !== null && assignment.role !== role)) throw new AppError("conflict", { reason: "pattern_in_use" });
    }
    const updated = await updatePatternRow(tx, found.id, found.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      ...(input.definition !== undefined ? { definition: JSON.stringify(input.definition) } : {}),
      updatedAt: deps.clock.now(),
    }).catch(duplicateName);
    if (!updated) throw new AppError("version_conflict");
    return updated;
  });
}

/** Deletes a pattern that no assignment uses (409 while one does). */
export async function deleteShiftPattern(deps: Deps, input: { actor: Actor; patternId: string }): Promise<void> {
  assertCanRoster(input.actor, "plan");
  if (!(await findPattern(deps.db, input.patternId))) throw notFound("shift_pattern");
  if ((await assignmentsOfPattern(deps.db, input.patternId)).length > 0) throw new AppError("conflict", { reason: "pattern_in_use" });
  await deletePatternRow(deps.db, input.patternId).catch((error: unknown) => {
    // an assignment added meanwhile: the foreign key refuses
    if ((error as { code?: string }).code === "23503") throw new AppError("conflict", { reason: "pattern_in_use" });
    throw error;
  });
}

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("duplicate", { field: "name" });
  throw error;
}
