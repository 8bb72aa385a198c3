import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { isRosterRole } from "./roster.js";
import { assertCanRoster } from "./roster.policy.js";
import { cancelOverrideRows, findOverride, findStaffMember, insertOverrides } from "./rosters.repository.js";

/** Longer absences belong on the roster itself. */
const MAX_OVERRIDE_MS = 366 * 86_400_000;

export type RecordOverrideInput = {
  actor: Actor;
  userId: string;
  kind: "on_duty" | "off_duty";
  /** default: now */
  startsAt?: Date;
  endsAt: Date;
  reason: string;
};

/**
 * A manager or admin puts someone on duty whatever the roster says (an emergency call-in, S5)
 * or takes them off (leave, illness), from now or `startsAt` until `endsAt`.
 */
export async function recordOverride(deps: Deps, input: RecordOverrideInput) {
  assertCanRoster(input.actor, "override");
  const now = deps.clock.now();
  const startsAt = input.startsAt ?? now;
  assertInterval(startsAt, input.endsAt);
  await rosterableUser(deps, input.userId, "body.userId");
  const [row] = await insertOverrides(deps.db, [{
    userId: input.userId, kind: input.kind, startsAt, endsAt: input.endsAt, reason: input.reason, swapId: null,
    createdBy: input.actor.id, createdAt: now,
  }]);
  return (await findOverride(deps.db, row!.id))!;
}

export type RecordSwapInput = { actor: Actor; fromUserId: string; toUserId: string; startsAt: Date; endsAt: Date; reason: string };

/**
 * Records a swap two colleagues of the same role agreed: `fromUserId` is off duty and
 * `toUserId` on duty over the same interval. Dispatchers may record it, as well as managers.
 */
export async function recordSwap(deps: Deps, input: RecordSwapInput) {
  assertCanRoster(input.actor, "swap");
  assertInterval(input.startsAt, input.endsAt);
  if (input.fromUserId === input.toUserId) throw invalid("body.toUserId", "invalid_value");
  const from = await rosterableUser(deps, input.fromUserId, "body.fromUserId");
  const to = await rosterableUser(deps, input.toUserId, "body.toUserId");
  if (from.role !== to.role) throw invalid("body.toUserId", "role_mismatch");
  const swapId = randomUUID();
  const now = deps.clock.now();
  const common = { startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason, swapId, createdBy: input.actor.id, createdAt: now };
  const [off, on] = await insertOverrides(deps.db, [
    { ...common, userId: from.id, kind: "off_duty" },
    { ...common, userId: to.id, kind: "on_duty" },
  ]);
  return { swapId, offDuty: (await findOverride(deps.db, off!.id))!, onDuty: (await findOverride(deps.db, on!.id))! };
}

/** Cancels an override (kept, marked cancelled); either half of a swap cancels the whole swap. */
export async function cancelOverride(deps: Deps, input: { actor: Actor; overrideId: string }): Promise<void> {
  // whoever may not even record a swap learns nothing about which overrides exist
  assertCanRoster(input.actor, "swap");
  const found = await findOverride(deps.db, input.overrideId);
  if (!found || found.cancelledAt) throw notFound("roster_override");
  assertCanRoster(input.actor, found.swapId ? "swap" : "override");
  if ((await cancelOverrideRows(deps.db, found, deps.clock.now(), input.actor.id)) === 0) throw notFound("roster_override");
}

async function rosterableUser(deps: Deps, userId: string, path: string) {
  const user = await findStaffMember(deps.db, userId);
  if (!user) throw invalid(path, "unknown_user");
  if (!user.isActive || !isRosterRole(user.role)) throw invalid(path, "not_rosterable");
  return user;
}

function assertInterval(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw invalid("body.endsAt", "range_order");
  if (endsAt.getTime() - startsAt.getTime() > MAX_OVERRIDE_MS) throw invalid("body.endsAt", "too_big");
}

const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);
