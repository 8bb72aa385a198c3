import type { Actor } from "../auth/index.js";
import { findSite } from "../customers/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import type { ActivityKind } from "./case-events.js";
import { assertCan, assertOpen } from "./case.policy.js";
import { lockCase } from "./cases.repository.js";
import { loadCase } from "./load-case.js";
import { inTransaction } from "../db/transaction.js";
import { recordEntry } from "./case-change.js";

export type SupportActivity =
  | { type: "call"; direction: "inbound" | "outbound"; number?: string | null; durationSeconds: number; summary: string; at?: Date; callId?: string }
  | { type: "remote_session"; tool?: string | null; startedAt: Date; endedAt: Date; summary: string }
  | { type: "onsite_visit"; engineerId?: string | null; siteId?: string | null; arrivedAt: Date; departedAt?: Date | null; workDone: string };

const KIND: Record<SupportActivity["type"], ActivityKind> = {
  call: "call.logged",
  remote_session: "remote_session.logged",
  onsite_visit: "onsite_visit.logged",
};

/** Records a support activity on the case (R5): a call, a remote session or an on-site visit. */
export async function logActivity(
  deps: Deps,
  input: { actor: Actor; caseId: string; activity: SupportActivity; visibility?: "public" | "internal" },
) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "log_activity", found);
  assertOpen(found);
  const activity = input.activity;
  const order = (start: Date, end: Date | null | undefined, path: string) => {
    if (end && end < start) throw new AppError("validation_failed", {}, [{ path, code: "range_order" }]);
  };
  if (activity.type === "remote_session") order(activity.startedAt, activity.endedAt, "body.endedAt");
  if (activity.type === "onsite_visit") order(activity.arrivedAt, activity.departedAt, "body.departedAt");
  if (activity.type === "onsite_visit" && activity.engineerId) {
    const engineer = await deps.db.selectFrom("users").select(["id", "role", "isActive"]).where("id", "=", activity.engineerId).executeTakeFirst();
    if (!engineer || !engineer.isActive || engineer.role === "customer") {
      throw new AppError("validation_failed", {}, [{ path: "body.engineerId", code: "not_assignable" }]);
    }
  }
  if (activity.type === "onsite_visit" && activity.siteId) {
    const site = await findSite(deps.db, activity.siteId);
    if (!site || site.customerId !== found.customerId) throw new AppError("validation_failed", {}, [{ path: "body.siteId", code: "unknown_site" }]);
  }
  const { type, ...fields } = activity;
  const data = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
  if (type === "onsite_visit" && !data.engineerId) data.engineerId = input.actor.id;
  return inTransaction(deps.db, async (tx) => {
    const locked = await lockCase(tx, found.id);
    if (!locked) throw notFound("case");
    return recordEntry(deps, tx, {
      caseId: found.id,
      kind: KIND[type],
      visibility: input.visibility ?? "internal",
      actorId: input.actor.id,
      at: deps.clock.now(),
      data,
    }, { caseFacts: locked });
  });
}
