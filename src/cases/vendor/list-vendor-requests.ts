import type { Actor } from "../../auth/index.js";
import type { Deps } from "../../shared/deps.js";
import { forbidden } from "../../shared/errors.js";
import { assertCan } from "../case.policy.js";
import { loadCase } from "../load-case.js";
import { pendingConfirmations, vendorRequestsOf } from "./vendor-requests.repository.js";

/** A case's vendor requests, for staff who may work the case. */
export async function listVendorRequests(deps: Deps, input: { actor: Actor; caseId: string }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("vendor.read");
  assertCan(input.actor, "read", found);
  return vendorRequestsOf(deps.db, found.id);
}

/** The experts' queue: vendor requests waiting for a confirmation, oldest first. */
export async function listPendingVendorConfirmations(deps: Deps, input: { actor: Actor; limit: number }) {
  if (input.actor.kind === "user" && !["expert", "manager", "admin"].includes(input.actor.role)) throw forbidden("vendor.queue");
  return pendingConfirmations(deps.db, input.limit);
}
