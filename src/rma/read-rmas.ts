import type { Actor } from "../auth/index.js";
import { isCustomer } from "../auth/index.js";
import { getCase } from "../cases/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { findRma, listRmaRows, rmaEventRows, stepTargetRows } from "./rmas.repository.js";
import { TIMED_STATUSES } from "./rma.js";
import { isWorkingUnit, MAX_TARGET } from "./step-targets.js";
import type { RmaStatus, TargetUnit } from "./tables.js";

/** The RMA queue: by state, late ones on request; a customer sees only its own company's. */
export async function listRmas(deps: Deps, input: { actor: Actor; status?: RmaStatus[]; isLate?: boolean; caseId?: string; limit: number }) {
  const customerId = isCustomer(input.actor) ? input.actor.customerId : undefined;
  if (input.actor.kind === "user" && input.actor.role === "customer" && !customerId) return [];
  if (input.caseId) await getCase(deps, { actor: input.actor, caseId: input.caseId });
  return listRmaRows(deps.db, { status: input.status, customerId, caseId: input.caseId, lateAt: input.isLate ? deps.clock.now() : undefined, limit: input.limit });
}

/** One RMA with its log; another company's is "not found" to a customer. */
export async function getRma(deps: Deps, input: { actor: Actor; rmaId: string }) {
  const rma = await findRma(deps.db, input.rmaId);
  if (!rma) throw notFound("rma");
  if (input.actor.kind === "user" && input.actor.role === "customer" && rma.customerId !== input.actor.customerId) throw notFound("rma");
  return { rma, events: await rmaEventRows(deps.db, rma.id) };
}

export async function listStepTargets(deps: Deps, input: { actor: Actor }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw notFound("rma_step_target");
  return stepTargetRows(deps.db);
}

/**
 * Sets how long a state may last before its step is late (RMA admin): a value and a unit, working
 * units in a business calendar (none: the standard week); RMAs already in it keep the due time they got.
 */
export async function setStepTarget(deps: Deps, input: { actor: Actor; status: string; target: { value: number; unit: TargetUnit; calendarId?: string | null } }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw notFound("rma_step_target");
  if (input.actor.kind === "user" && !["rma_admin", "manager", "admin"].includes(input.actor.role)) throw forbidden("rma.targets");
  if (!(TIMED_STATUSES as readonly string[]).includes(input.status)) throw new AppError("validation_failed", {}, [{ path: "path.status", code: "not_rma_step" }]);
  const { value, unit } = input.target;
  if (value > MAX_TARGET[unit]) throw new AppError("validation_failed", {}, [{ path: "body.value", code: "too_big", params: { max: MAX_TARGET[unit] } }]);
  const calendarId = isWorkingUnit(unit) ? (input.target.calendarId ?? null) : null;
  if (calendarId && !(await deps.db.selectFrom("calendars").select("id").where("id", "=", calendarId).executeTakeFirst())) {
    throw new AppError("validation_failed", {}, [{ path: "body.calendarId", code: "unknown_calendar" }]);
  }
  await deps.db.updateTable("rmaStepTargets").set({ targetValue: value, targetUnit: unit, calendarId, updatedAt: deps.clock.now() }).where("status", "=", input.status as RmaStatus).execute();
  return (await stepTargetRows(deps.db)).find((row) => row.status === input.status)!;
}
