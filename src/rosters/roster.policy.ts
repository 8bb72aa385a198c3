import type { Actor } from "../auth/index.js";
import type { Role } from "../db/schema.js";
import { forbidden } from "../shared/errors.js";

export type RosterAction = "read" | "plan" | "override" | "swap" | "set_vendors" | "set_availability";

const BOSSES: readonly Role[] = ["manager", "admin"];

/**
 * Every staff member reads the rosters; managers and admins plan them (patterns, assignments,
 * vendors) and put anyone on or off duty (a call-in). A dispatcher, who is there around the clock,
 * may also record a swap that two colleagues agreed. Staff say for themselves whether they can be
 * reached off duty. Customers may do none of it.
 */
const RULES: Record<RosterAction, readonly Role[]> = {
  read: ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"],
  plan: BOSSES,
  override: BOSSES,
  swap: ["dispatcher", ...BOSSES],
  set_vendors: BOSSES,
  set_availability: BOSSES,
};

export function assertCanRoster(actor: Actor, action: RosterAction, subjectUserId?: string): void {
  if (actor.kind === "system") return;
  if (RULES[action].includes(actor.role)) return;
  if (action === "set_availability" && actor.role !== "customer" && subjectUserId === actor.id) return;
  throw forbidden(`roster.${action}`);
}
