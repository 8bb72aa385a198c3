import type { Actor } from "../auth/index.js";
import { forbidden, notFound } from "../shared/errors.js";

const MANAGERS = new Set(["rma_admin", "manager", "admin"]);

/**
 * Who may do what with spare parts. Every member of staff reads stock and works parts on cases;
 * the RMA admin (and managers, admins) keeps the catalogue, depots and movements. A customer
 * sees no stock and no depot: to it they do not exist (404), never "forbidden".
 */
export function assertStaff(actor: Actor, what = "depot"): void {
  if (actor.kind === "system") return;
  if (actor.role === "customer") throw notFound(what);
}

export function assertStockManager(actor: Actor, action: string): void {
  assertStaff(actor);
  if (actor.kind === "system" || MANAGERS.has(actor.role)) return;
  throw forbidden(`inventory.${action}`);
}

export const canManageStock = (actor: Actor) => actor.kind === "system" || MANAGERS.has(actor.role);
