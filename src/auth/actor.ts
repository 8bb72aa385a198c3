import type { Language, Role, TokenScope } from "../db/schema.js";

/** Who is asking: a signed-in user (through HTTP, the CLI or a token) or casedesk itself. */
export type UserActor = {
  kind: "user";
  id: string;
  role: Role;
  customerId: string | null;
  name: string;
  language: Language;
  /** set when the request came with a scoped API token (telephony: "pbx"): it may do that and nothing else */
  scope?: TokenScope;
};
export type SystemActor = { kind: "system"; id: null; role: "system"; customerId: null; name: string };
export type Actor = UserActor | SystemActor;

export const systemActor: SystemActor = { kind: "system", id: null, role: "system", customerId: null, name: "casedesk" };

export const STAFF_ROLES = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"] as const;
export const ROLES: readonly Role[] = [...STAFF_ROLES, "customer"];

export const isStaff = (actor: Actor) => actor.kind === "system" || actor.role !== "customer";
export const isCustomer = (actor: Actor): actor is UserActor & { customerId: string } =>
  actor.kind === "user" && actor.role === "customer" && actor.customerId !== null;
