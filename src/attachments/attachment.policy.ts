import type { Actor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

/** Who may file a fax image: the hotline's dispatchers and those above them (R1). */
const FAX_ROLES = new Set(["dispatcher", "manager", "admin"]);

export function assertCanFileFax(actor: Actor): void {
  if (actor.kind === "system") return;
  if (!FAX_ROLES.has(actor.role)) throw forbidden("fax.upload");
}
