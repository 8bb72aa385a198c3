import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { isRosterRole } from "./roster.js";
import { assertCanRoster } from "./roster.policy.js";
import { findStaffMember, upsertAvailability } from "./rosters.repository.js";

/**
 * A dispatcher, engineer or expert says whether they can be called while off duty (a manager
 * or admin may say it for them); the word stands until changed and overrides the phone-on-file default.
 */
export async function setAvailability(deps: Deps, input: { actor: Actor; userId: string; isReachable: boolean; note?: string | null }) {
  assertCanRoster(input.actor, "set_availability", input.userId);
  const user = await findStaffMember(deps.db, input.userId);
  if (!user) throw notFound("user");
  if (!isRosterRole(user.role)) throw new AppError("validation_failed", {}, [{ path: "params.id", code: "not_rosterable" }]);
  return upsertAvailability(deps.db, {
    userId: user.id, isReachable: input.isReachable, note: input.note ?? null, updatedBy: input.actor.id, updatedAt: deps.clock.now(),
  });
}
