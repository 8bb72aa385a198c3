import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { requirePart } from "./catalogue.js";
import { requireDepot } from "./depots.js";
import { fieldError } from "./field-error.js";
import { assertStaff, assertStockManager } from "./inventory.policy.js";
import { findMovement, findTransferArrival, listMovementRows, moveSerials, placeSerials, type PartRow } from "./inventory.repository.js";
import { changeStock } from "./stock-ledger.js";

export type MovementInput = {
  type: "receive" | "transfer" | "adjust" | "scrap";
  partId: string;
  depotId: string;
  toDepotId?: string;
  quantity: number;
  serials?: string[];
  reason?: string;
  rmaId?: string;
};

/** Serials as given must match a serialised part's quantity one for one, and a counted part takes none. */
export function checkSerials(part: PartRow, quantity: number, serials: string[] | undefined, path = "serials"): string[] {
  const list = serials ?? [];
  if (!part.isSerialised) {
    if (list.length > 0) throw fieldError(path, "serials_not_allowed");
    return [];
  }
  if (list.length !== Math.abs(quantity) || new Set(list).size !== list.length) throw fieldError(path, "serials_required");
  return list;
}

/**
 * Records a change of stock by the RMA admin (R21): stock received (from the vendor or an RMA),
 * a transfer to another depot (in transit until it arrives), an adjustment with a reason, or
 * scrap. Everything or nothing: a refused serial or quantity writes no movement.
 */
export async function recordMovement(deps: Deps, input: { actor: Actor; movement: MovementInput; tx?: Db }) {
  assertStockManager(input.actor, "movements");
  const m = input.movement;
  const part = await requirePart(input.tx ?? deps.db, m.partId);
  await requireDepot(input.tx ?? deps.db, m.depotId, "body.depotId");
  if (m.type === "adjust" || m.type === "scrap") {
    if (!m.reason?.trim()) throw fieldError("reason", "required");
  }
  if (m.type !== "adjust" && m.quantity <= 0) throw fieldError("quantity", "too_small");
  if (m.type === "adjust" && m.quantity === 0) throw fieldError("quantity", "too_small");
  if (m.type === "transfer") {
    if (!m.toDepotId) throw fieldError("toDepotId", "required");
    if (m.toDepotId === m.depotId) throw fieldError("toDepotId", "same_depot");
    await requireDepot(input.tx ?? deps.db, m.toDepotId, "body.toDepotId");
  } else if (m.toDepotId) {
    throw fieldError("toDepotId", "unknown_field");
  }
  const serials = checkSerials(part, m.quantity, m.serials);
  const actorId = input.actor.id;
  const now = deps.clock.now();
  const base = { partId: part.id, depotId: m.depotId, serials, reason: m.reason?.trim() || null, rmaId: m.rmaId ?? null, actorId, at: now };
  return inTransaction(input.tx ?? deps.db, async (tx) => {
    switch (m.type) {
      case "receive":
        await arriveSerials(tx, part.id, serials, m.depotId, now);
        return (await changeStock(deps, tx, { ...base, type: "receive", quantity: m.quantity }, { onHand: m.quantity })).movement;
      case "adjust":
        if (m.quantity > 0) await arriveSerials(tx, part.id, serials, m.depotId, now);
        else await leaveSerials(tx, part.id, serials, m.depotId, { depotId: null, status: "scrapped" }, now);
        return (await changeStock(deps, tx, { ...base, type: "adjust", quantity: m.quantity }, { onHand: m.quantity })).movement;
      case "scrap":
        await leaveSerials(tx, part.id, serials, m.depotId, { depotId: null, status: "scrapped" }, now);
        return (await changeStock(deps, tx, { ...base, type: "scrap", quantity: -m.quantity }, { onHand: -m.quantity })).movement;
      case "transfer": {
        const transferId = randomUUID();
        await leaveSerials(tx, part.id, serials, m.depotId, { depotId: m.toDepotId!, status: "in_transit" }, now);
        const sent = await changeStock(deps, tx, { ...base, type: "transfer", quantity: -m.quantity, toDepotId: m.toDepotId, transferId }, { onHand: -m.quantity });
        await tx.insertInto("stockLevels").values({ depotId: m.toDepotId!, partId: part.id, updatedAt: now }).onConflict((oc) => oc.doNothing()).execute();
        await tx.updateTable("stockLevels").set((eb) => ({ inTransit: eb("inTransit", "+", m.quantity), updatedAt: now }))
          .where("depotId", "=", m.toDepotId!).where("partId", "=", part.id).execute();
        return sent.movement;
      }
    }
  });
}

/** A transfer in transit arrives at its depot: in transit there becomes on hand, its serials in stock. */
export async function receiveTransfer(deps: Deps, input: { actor: Actor; movementId: string }) {
  assertStockManager(input.actor, "movements");
  const sent = await findMovement(deps.db, input.movementId);
  if (!sent) throw notFound("movement");
  if (sent.type !== "transfer" || !sent.transferId || !sent.toDepotId) throw fieldError("path.id", "not_in_transit");
  const now = deps.clock.now();
  const quantity = -sent.quantity;
  const serials = sent.serials as unknown as string[];
  return deps.db.transaction().execute(async (tx) => {
    // the arrival's row lock, then the check: a second arrival of the same transfer waits and then finds it done
    await tx.selectFrom("stockLevels").select("depotId").where("depotId", "=", sent.toDepotId!).where("partId", "=", sent.partId).forUpdate().execute();
    if (await findTransferArrival(tx, sent.transferId!)) throw fieldError("path.id", "not_in_transit");
    if (serials.length > 0) {
      const moved = await moveSerials(tx, { partId: sent.partId, serials, depotId: sent.toDepotId, status: "in_transit" }, { depotId: sent.toDepotId, status: "in_stock" }, now);
      if (moved.length !== serials.length) throw fieldError("path.id", "not_in_transit");
    }
    return (await changeStock(deps, tx, {
      type: "transfer_arrived", partId: sent.partId, depotId: sent.toDepotId!, toDepotId: null, quantity, serials, transferId: sent.transferId, actorId: input.actor.id, at: now,
    }, { onHand: quantity, inTransit: -quantity })).movement;
  });
}

/** Serials that come into a depot's stock: new ones, or ones that left it before (issued, scrapped, returned faulty and repaired). */
async function arriveSerials(tx: Db, partId: string, serials: string[], depotId: string, now: Date) {
  if (serials.length === 0) return;
  const placed = await placeSerials(tx, partId, serials, { depotId, status: "in_stock" }, now, ["issued", "scrapped", "faulty"]);
  if (placed.length !== serials.length) {
    const taken = serials.findIndex((s) => !placed.some((p) => p.serial === s));
    throw fieldError(`serials.${taken}`, "serial_exists");
  }
}

/** Serials that leave a depot's stock, all of them in stock there, or the whole change is refused. */
export async function leaveSerials(tx: Db, partId: string, serials: string[], depotId: string, to: { depotId: string | null; status: "in_transit" | "issued" | "scrapped"; caseId?: string }, now: Date) {
  if (serials.length === 0) return;
  const moved = await moveSerials(tx, { partId, serials, depotId, status: "in_stock" }, to, now);
  if (moved.length !== serials.length) {
    const missing = serials.findIndex((s) => !moved.some((p) => p.serial === s));
    throw fieldError(`serials.${missing}`, "serial_not_in_depot");
  }
}

export async function listMovements(deps: Deps, input: { actor: Actor; partId?: string; depotId?: string; caseId?: string; beforeSeq?: string; limit: number }) {
  assertStaff(input.actor, "movement");
  const { actor: _actor, ...filter } = input;
  return listMovementRows(deps.db, filter);
}
