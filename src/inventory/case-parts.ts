import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/index.js";
import { appendSystemEntry, getCase } from "../cases/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { requirePart } from "./catalogue.js";
import { requireDepot } from "./depots.js";
import { fieldError } from "./field-error.js";
import { assertStaff } from "./inventory.policy.js";
import { caseReservationRows, lockReservation, placeSerials, stockOfPart } from "./inventory.repository.js";
import { checkSerials, leaveSerials } from "./record-movement.js";
import { changeStock } from "./stock-ledger.js";

/** The case, for a member of staff: a customer hears of no part, stock or depot (404). */
async function staffCase(deps: Deps, actor: Actor, caseId: string) {
  assertStaff(actor, "case");
  return getCase(deps, { actor, caseId });
}

async function openStaffCase(deps: Deps, actor: Actor, caseId: string) {
  const found = await staffCase(deps, actor, caseId);
  if (found.status === "closed") throw new AppError("case_closed");
  return found;
}

/**
 * The depots that have a part available, best first for this case (§5.2: spares at or near the
 * customer's site): the case's own site's depot, then the customer's other depots, then the rest,
 * each by what it has.
 */
export async function suggestDepots(deps: Deps, input: { actor: Actor; caseId: string; partId: string }) {
  const found = await staffCase(deps, input.actor, input.caseId);
  await requirePart(deps.db, input.partId, "query.partId");
  const rank = (d: { siteId: string | null; customerId: string | null }) => (found.siteId && d.siteId === found.siteId ? 0 : found.customerId && d.customerId === found.customerId ? 1 : 2);
  return (await stockOfPart(deps.db, input.partId))
    .map((d) => ({ ...d, available: d.onHand - d.reserved, isCaseSite: rank(d) === 0, isCustomerDepot: rank(d) <= 1 }))
    .filter((d) => d.available > 0)
    .sort((a, b) => rank(a) - rank(b) || b.available - a.available || a.depotName.localeCompare(b.depotName));
}

/**
 * Reserves a part for a case (R22): from the depot named, or the first suggested one that has the
 * quantity. Two reservations racing for the last unit: one 201, one 409 insufficient_stock.
 */
export async function reservePart(deps: Deps, input: { actor: Actor; caseId: string; partId: string; depotId?: string; quantity: number }) {
  const found = await openStaffCase(deps, input.actor, input.caseId);
  const part = await requirePart(deps.db, input.partId);
  if (input.quantity <= 0) throw fieldError("quantity", "too_small");
  let depotId = input.depotId;
  if (depotId) await requireDepot(deps.db, depotId, "body.depotId");
  else {
    const suggested = (await suggestDepots(deps, input)).find((d) => d.available >= input.quantity);
    if (!suggested) throw new AppError("insufficient_stock", { available: 0, requested: input.quantity });
    depotId = suggested.depotId;
  }
  const now = deps.clock.now();
  const id = randomUUID();
  return deps.db.transaction().execute(async (tx) => {
    // the case's lock first (the log entry), then the stock row: one order for every case flow
    await appendSystemEntry(deps, tx, { caseId: found.id, kind: "part.reserved", actorId: input.actor.id, at: now, data: { reservationId: id, partId: part.id, partNumber: part.partNumber, description: part.description, depotId, quantity: input.quantity } });
    await tx.insertInto("partReservations").values({ id, caseId: found.id, partId: part.id, depotId: depotId!, quantity: input.quantity, status: "reserved", reservedBy: input.actor.id, reservedAt: now }).execute();
    await changeStock(deps, tx, { type: "reserve", partId: part.id, depotId: depotId!, quantity: input.quantity, caseId: found.id, reservationId: id, actorId: input.actor.id, at: now }, { reserved: input.quantity });
    return (await tx.selectFrom("partReservations").selectAll().where("id", "=", id).executeTakeFirstOrThrow());
  });
}

/** Issues a reserved part on site (serials typed or scanned): it leaves the depot for the customer's system. */
export async function issuePart(deps: Deps, input: { actor: Actor; caseId: string; reservationId: string; serials?: string[] }) {
  const found = await openStaffCase(deps, input.actor, input.caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const reservation = await lockReservation(tx, input.reservationId);
    if (!reservation || reservation.caseId !== found.id) throw notFound("reservation");
    if (reservation.status !== "reserved") throw new AppError("reservation_not_open");
    const part = await requirePart(tx, reservation.partId);
    const serials = checkSerials(part, reservation.quantity, input.serials);
    await appendSystemEntry(deps, tx, { caseId: found.id, kind: "part.issued", actorId: input.actor.id, at: now, data: { reservationId: reservation.id, partNumber: part.partNumber, description: part.description, quantity: reservation.quantity, serials } });
    await leaveSerials(tx, part.id, serials, reservation.depotId, { depotId: null, status: "issued", caseId: found.id }, now);
    await changeStock(deps, tx, {
      type: "issue", partId: part.id, depotId: reservation.depotId, quantity: -reservation.quantity, serials, caseId: found.id, reservationId: reservation.id, actorId: input.actor.id, at: now,
    }, { onHand: -reservation.quantity, reserved: -reservation.quantity });
    return tx.updateTable("partReservations").set((eb) => ({ status: "issued", serials: JSON.stringify(serials), issuedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", reservation.id).returningAll().executeTakeFirstOrThrow();
  });
}

/** Gives a reserved part back to its depot's available stock. */
export async function releasePart(deps: Deps, input: { actor: Actor; caseId: string; reservationId: string; reason?: string }) {
  const found = await staffCase(deps, input.actor, input.caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const reservation = await lockReservation(tx, input.reservationId);
    if (!reservation || reservation.caseId !== found.id) throw notFound("reservation");
    if (reservation.status !== "reserved") throw new AppError("reservation_not_open");
    const part = await requirePart(tx, reservation.partId);
    await appendSystemEntry(deps, tx, { caseId: found.id, kind: "part.released", actorId: input.actor.id, at: now, data: { reservationId: reservation.id, partNumber: part.partNumber, quantity: reservation.quantity, reason: input.reason ?? null } });
    await changeStock(deps, tx, {
      type: "release", partId: part.id, depotId: reservation.depotId, quantity: -reservation.quantity, caseId: found.id, reservationId: reservation.id, reason: input.reason ?? null, actorId: input.actor.id, at: now,
    }, { reserved: -reservation.quantity });
    return tx.updateTable("partReservations").set((eb) => ({ status: "released", releasedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", reservation.id).returningAll().executeTakeFirstOrThrow();
  });
}

/**
 * The faulty part taken out of the customer's system comes back to a depot (the reservation's,
 * unless another is named), held there as faulty (not stock) until it goes to the vendor under an RMA.
 */
export async function returnFaultyPart(deps: Deps, input: { actor: Actor; caseId: string; reservationId: string; serials?: string[]; depotId?: string; note?: string }) {
  const found = await staffCase(deps, input.actor, input.caseId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const reservation = await lockReservation(tx, input.reservationId);
    if (!reservation || reservation.caseId !== found.id) throw notFound("reservation");
    if (reservation.status !== "issued" || reservation.faultyReturnedAt) throw new AppError("reservation_not_open");
    const part = await requirePart(tx, reservation.partId);
    const serials = checkSerials(part, reservation.quantity, input.serials);
    const depotId = input.depotId ?? reservation.depotId;
    if (input.depotId) await requireDepot(tx, depotId, "body.depotId");
    await appendSystemEntry(deps, tx, { caseId: found.id, kind: "part.faulty_returned", actorId: input.actor.id, at: now, data: { reservationId: reservation.id, partNumber: part.partNumber, quantity: reservation.quantity, serials, depotId, note: input.note ?? null } });
    if (serials.length > 0) {
      const placed = await placeSerials(tx, part.id, serials, { depotId, status: "faulty", caseId: found.id }, now, ["issued"]);
      if (placed.length !== serials.length) throw fieldError(`serials.${serials.findIndex((s) => !placed.some((p) => p.serial === s))}`, "serial_exists");
    }
    // faulty units are not stock: the movement records them, the level does not count them
    await tx.insertInto("stockMovements").values({
      type: "faulty_return", partId: part.id, depotId, quantity: 0, serials: JSON.stringify(serials), caseId: found.id, reservationId: reservation.id, reason: input.note ?? null, actorId: input.actor.id, at: now,
    }).execute();
    return tx.updateTable("partReservations").set((eb) => ({ faultySerials: JSON.stringify(serials), faultyReturnedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", reservation.id).returningAll().executeTakeFirstOrThrow();
  });
}

/** The parts of a case: every reservation with its part, depot and state. */
export async function listCaseParts(deps: Deps, input: { actor: Actor; caseId: string }) {
  const found = await staffCase(deps, input.actor, input.caseId);
  return caseReservationRows(deps.db, found.id);
}
