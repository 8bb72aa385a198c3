import type { Actor } from "../auth/index.js";
import { forbidden, notFound } from "../shared/errors.js";

export type CustomerAction = "read" | "create" | "update" | "manage_contracts";

const STAFF_WRITE = new Set(["dispatcher", "manager", "admin"]);
const CONTRACT_WRITE = new Set(["manager", "admin"]);

/**
 * Staff read every company; dispatchers, managers and admins add companies, contacts and sites;
 * contracts belong to managers and admins. A customer user reads its own company only, and any
 * other company is "not found" to it.
 */
export function assertCanCustomer(actor: Actor, action: CustomerAction, customerId?: string): void {
  if (actor.kind === "system") return;
  if (actor.role === "customer") {
    if (action === "read" && customerId !== undefined && actor.customerId === customerId) return;
    if (action === "read" && customerId !== undefined) throw notFound("customer");
    throw forbidden(`customer.${action}`);
  }
  if (action === "read") return;
  if (action === "manage_contracts" ? CONTRACT_WRITE.has(actor.role) : STAFF_WRITE.has(actor.role)) return;
  throw forbidden(`customer.${action}`);
}

/**
 * Changing a record that belongs to `customerId`: a customer user edits nothing, and a record of
 * another company is "not found" to it (like reading one).
 */
export function assertCanEdit(actor: Actor, action: "update" | "manage_contracts", customerId: string, what: string): void {
  if (actor.kind === "user" && actor.role === "customer" && actor.customerId !== customerId) throw notFound(what);
  assertCanCustomer(actor, action);
}

/** The change trail is for staff; to a customer user every record's history is "not found". */
export function assertCanReadHistory(actor: Actor, what: string): void {
  if (actor.kind === "user" && actor.role === "customer") throw notFound(what);
}
