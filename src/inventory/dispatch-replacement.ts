import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { requirePart } from "./catalogue.js";
import { requireDepot } from "./depots.js";
import { fieldError } from "./field-error.js";
import { assertStockManager } from "./inventory.policy.js";
import { moveSerials } from "./inventory.repository.js";
import { checkSerials } from "./record-movement.js";
import { changeStock } from "./stock-ledger.js";

export type ReplacementDispatch = { partId: string; depotId: string; serial?: string; caseId: string; rmaId: string; rmaNumber: string };

/**
 * An RMA's replacement sent from a depot (F6): one unit leaves the depot's available stock for the
 * case, as an "issue" movement that names the RMA, in the caller's transaction. A serialised part
 * names its serial, which must be in stock at that depot (422 on `replacementSerial`); a depot with
 * none available is 409 insufficient_stock. Either refusal leaves the caller to roll everything back.
 */
export async function dispatchReplacement(deps: Deps, tx: Db, input: { actor: Actor; dispatch: ReplacementDispatch; at: Date }) {
  assertStockManager(input.actor, "movements");
  const { dispatch: d, at } = input;
  const part = await requirePart(tx, d.partId);
  await requireDepot(tx, d.depotId, "body.fromDepotId");
  const serials = checkSerials(part, 1, d.serial ? [d.serial] : undefined, "replacementSerial");
  if (serials.length > 0) {
    const moved = await moveSerials(tx, { partId: part.id, serials, depotId: d.depotId, status: "in_stock" }, { depotId: null, status: "issued", caseId: d.caseId }, at);
    if (moved.length !== serials.length) throw fieldError("replacementSerial", "serial_not_in_depot");
  }
  const { movement } = await changeStock(deps, tx, {
    type: "issue", partId: part.id, depotId: d.depotId, quantity: -1, serials, caseId: d.caseId, rmaId: d.rmaId, reason: `RMA ${d.rmaNumber}`, actorId: input.actor.id, at,
  }, { onHand: -1 });
  return movement;
}
