import type { Actor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

export type TelephonyAction = "post_event" | "read" | "link";

/**
 * Who may do what with calls. Only the PBX's token (scope "pbx") posts call events, and it does
 * nothing else (the HTTP layer refuses it on every other route); staff read the screen-pop and
 * link calls to cases; customers do neither.
 */
export function assertCanTelephony(actor: Actor, action: TelephonyAction): void {
  if (actor.kind === "system") return;
  if (action === "post_event" ? actor.scope === "pbx" : !actor.scope && actor.role !== "customer") return;
  throw forbidden(`telephony.${action}`);
}
