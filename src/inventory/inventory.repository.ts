import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { MovementType, SerialStatus } from "./tables.js";

/** Kysely queries of the spare-parts tables; no rules here. */

export const findPart = (db: Db, id: string) => db.selectFrom("parts").selectAll().where("id", "=", id).executeTakeFirst();
export const findPartByNumber = (db: Db, partNumber: string) => db.selectFrom("parts").selectAll().where("partNumber", "=", partNumber).executeTakeFirst();
export const findDepot = (db: Db, id: string) => db.selectFrom("depots").selectAll().where("id", "=", id).executeTakeFirst();

export type PartRow = NonNullable<Awaited<ReturnType<typeof findPart>>>;
export type DepotRow = NonNullable<Awaited<ReturnType<typeof findDepot>>>;

export function listPartRows(db: Db, filter: { q?: string; limit: number }) {
  let query = db.selectFrom("parts").selectAll().orderBy("partNumber").limit(filter.limit);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb("partNumber", "ilike", like), eb("description", "ilike", like), eb("model", "ilike", like), eb("vendor", "ilike", like)]));
  }
  return query.execute();
}

export const listDepotRows = (db: Db) =>
  db.selectFrom("depots").leftJoin("users", "users.id", "depots.ownerId").leftJoin("customers", "customers.id", "depots.customerId")
    .leftJoin("sites", "sites.id", "depots.siteId")
    .selectAll("depots").select(["users.name as ownerName", "customers.name as customerName", "sites.name as siteName"])
    .orderBy("depots.name").execute();

export type StockDelta = { onHand?: number; reserved?: number; inTransit?: number };

/**
 * Changes one depot's stock of one part, only if nothing would go below zero and no more would be
 * reserved than is on hand: the UPDATE takes the row lock and re-checks after any wait, so two
 * racing changes cannot both take the last unit. Undefined when refused.
 */
export async function applyStockDelta(tx: Db, key: { depotId: string; partId: string }, delta: StockDelta, now: Date) {
  await tx.insertInto("stockLevels").values({ depotId: key.depotId, partId: key.partId, updatedAt: now }).onConflict((oc) => oc.doNothing()).execute();
  const on = delta.onHand ?? 0;
  const res = delta.reserved ?? 0;
  const transit = delta.inTransit ?? 0;
  return tx.updateTable("stockLevels")
    .set((eb) => ({ onHand: eb("onHand", "+", on), reserved: eb("reserved", "+", res), inTransit: eb("inTransit", "+", transit), updatedAt: now }))
    .where("depotId", "=", key.depotId).where("partId", "=", key.partId)
    .where(sql<boolean>`on_hand + ${on} - reserved - ${res} >= 0 AND reserved + ${res} >= 0 AND in_transit + ${transit} >= 0`)
    .returningAll().executeTakeFirst();
}

export type StockLevelRow = NonNullable<Awaited<ReturnType<typeof applyStockDelta>>>;

export const findStockLevel = (db: Db, depotId: string, partId: string) =>
  db.selectFrom("stockLevels").selectAll().where("depotId", "=", depotId).where("partId", "=", partId).executeTakeFirst();

/** Marks a crossing of the minimum (both ways) on a row the caller holds locked; the new crossing's number when it went below. */
export async function markBelowMin(tx: Db, key: { depotId: string; partId: string }, isBelow: boolean) {
  return tx.updateTable("stockLevels")
    .set((eb) => ({ isBelowMin: isBelow, lowCrossings: isBelow ? eb("lowCrossings", "+", 1) : eb.ref("lowCrossings") }))
    .where("depotId", "=", key.depotId).where("partId", "=", key.partId).where("isBelowMin", "=", !isBelow)
    .returning(["lowCrossings"]).executeTakeFirst();
}

export async function setMinLevelRow(tx: Db, key: { depotId: string; partId: string }, minLevel: number, now: Date) {
  await tx.insertInto("stockLevels").values({ depotId: key.depotId, partId: key.partId, updatedAt: now }).onConflict((oc) => oc.doNothing()).execute();
  return tx.updateTable("stockLevels").set({ minLevel, updatedAt: now }).where("depotId", "=", key.depotId).where("partId", "=", key.partId).returningAll().executeTakeFirstOrThrow();
}

/** Moves serials from one state and place to another, all or none: the rows that moved (fewer than asked = refused). */
export function moveSerials(
  tx: Db,
  where: { partId: string; serials: string[]; depotId: string | null; status: SerialStatus },
  to: { depotId: string | null; status: SerialStatus; caseId?: string | null },
  now: Date,
) {
  let query = tx.updateTable("stockSerials").set({ depotId: to.depotId, status: to.status, caseId: to.caseId ?? null, updatedAt: now })
    .where("partId", "=", where.partId).where("serial", "in", where.serials).where("status", "=", where.status);
  query = where.depotId === null ? query.where("depotId", "is", null) : query.where("depotId", "=", where.depotId);
  return query.returning("serial").execute();
}

/** Records serials arriving at a depot: new ones, or ones that left stock before (issued, scrapped, faulty); the rows taken. */
export function placeSerials(tx: Db, partId: string, serials: string[], at: { depotId: string; status: SerialStatus; caseId?: string | null }, now: Date, from: SerialStatus[]) {
  return tx.insertInto("stockSerials")
    .values(serials.map((serial) => ({ partId, serial, depotId: at.depotId, status: at.status, caseId: at.caseId ?? null, updatedAt: now })))
    .onConflict((oc) => oc.columns(["partId", "serial"]).doUpdateSet({ depotId: at.depotId, status: at.status, caseId: at.caseId ?? null, updatedAt: now })
      .where("stockSerials.status", "in", from))
    .returning("serial").execute();
}

export const serialsAt = (db: Db, depotId: string, partId: string, status: SerialStatus = "in_stock") =>
  db.selectFrom("stockSerials").select("serial").where("depotId", "=", depotId).where("partId", "=", partId).where("status", "=", status).orderBy("serial").execute();

export type NewMovement = {
  type: MovementType; partId: string; depotId: string; toDepotId?: string | null; quantity: number; serials?: string[];
  caseId?: string | null; reservationId?: string | null; transferId?: string | null; rmaId?: string | null; reason?: string | null; actorId: string | null; at: Date;
};

export const insertMovement = (tx: Db, m: NewMovement) =>
  tx.insertInto("stockMovements").values({
    type: m.type, partId: m.partId, depotId: m.depotId, toDepotId: m.toDepotId ?? null, quantity: m.quantity, serials: JSON.stringify(m.serials ?? []),
    caseId: m.caseId ?? null, reservationId: m.reservationId ?? null, transferId: m.transferId ?? null, rmaId: m.rmaId ?? null, reason: m.reason ?? null, actorId: m.actorId, at: m.at,
  }).returningAll().executeTakeFirstOrThrow();

export type MovementRow = Awaited<ReturnType<typeof insertMovement>>;

export function listMovementRows(db: Db, filter: { partId?: string; depotId?: string; caseId?: string; beforeSeq?: string; limit: number }) {
  let query = db.selectFrom("stockMovements").innerJoin("parts", "parts.id", "stockMovements.partId").innerJoin("depots", "depots.id", "stockMovements.depotId")
    .leftJoin("depots as toDepot", "toDepot.id", "stockMovements.toDepotId").leftJoin("users", "users.id", "stockMovements.actorId")
    .selectAll("stockMovements")
    .select(["parts.partNumber", "parts.description as partDescription", "depots.name as depotName", "toDepot.name as toDepotName", "users.name as actorName"])
    .orderBy("stockMovements.seq", "desc").limit(filter.limit);
  if (filter.partId) query = query.where("stockMovements.partId", "=", filter.partId);
  if (filter.depotId) query = query.where((eb) => eb.or([eb("stockMovements.depotId", "=", filter.depotId!), eb("stockMovements.toDepotId", "=", filter.depotId!)]));
  if (filter.caseId) query = query.where("stockMovements.caseId", "=", filter.caseId);
  if (filter.beforeSeq) query = query.where("stockMovements.seq", "<", filter.beforeSeq);
  return query.execute();
}

export const findMovement = (db: Db, id: string) => db.selectFrom("stockMovements").selectAll().where("id", "=", id).executeTakeFirst();
export const findTransferArrival = (db: Db, transferId: string) =>
  db.selectFrom("stockMovements").select("id").where("transferId", "=", transferId).where("type", "=", "transfer_arrived").executeTakeFirst();

export type StockPageFilter = { q?: string; isBelowMin?: boolean; after?: { partNumber: string; partId: string }; limit: number };

/**
 * One page of a depot's stock, by part number, of the parts it holds or has a minimum for, with
 * the parts' names: one row more than `limit` when another page follows. `q` matches part number,
 * description, model or vendor; `isBelowMin` keeps what is available below a minimum that is set.
 */
export function depotStockRows(db: Db, depotId: string, filter: StockPageFilter) {
  let query = db.selectFrom("stockLevels").innerJoin("parts", "parts.id", "stockLevels.partId")
    .select(["stockLevels.partId", "stockLevels.onHand", "stockLevels.reserved", "stockLevels.inTransit", "stockLevels.minLevel", "stockLevels.isBelowMin",
      "parts.partNumber", "parts.description", "parts.vendor", "parts.isSerialised"])
    .where("stockLevels.depotId", "=", depotId).orderBy("parts.partNumber").orderBy("stockLevels.partId").limit(filter.limit + 1);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb("parts.partNumber", "ilike", like), eb("parts.description", "ilike", like), eb("parts.model", "ilike", like), eb("parts.vendor", "ilike", like)]));
  }
  if (filter.isBelowMin) query = query.where("stockLevels.minLevel", ">", 0).where(sql<boolean>`stock_levels.on_hand - stock_levels.reserved < stock_levels.min_level`);
  if (filter.after) query = query.where(sql<boolean>`(parts.part_number, stock_levels.part_id) > (${filter.after.partNumber}, ${filter.after.partId}::uuid)`);
  return query.execute();
}

/** Every depot's stock of one part with its depot's place (for suggestions and replenishment). */
export function stockOfPart(db: Db, partId: string) {
  return db.selectFrom("stockLevels").innerJoin("depots", "depots.id", "stockLevels.depotId")
    .select(["stockLevels.depotId", "stockLevels.onHand", "stockLevels.reserved", "stockLevels.minLevel", "depots.name as depotName", "depots.siteId", "depots.customerId", "depots.address"])
    .where("stockLevels.partId", "=", partId).execute();
}

export function lowStockRows(db: Db) {
  return db.selectFrom("stockLevels").innerJoin("parts", "parts.id", "stockLevels.partId").innerJoin("depots", "depots.id", "stockLevels.depotId")
    .select(["stockLevels.depotId", "stockLevels.partId", "stockLevels.onHand", "stockLevels.reserved", "stockLevels.minLevel", "stockLevels.inTransit",
      "parts.partNumber", "parts.description", "parts.vendor", "depots.name as depotName"])
    .where("stockLevels.minLevel", ">", 0).where(sql<boolean>`stock_levels.on_hand - stock_levels.reserved < stock_levels.min_level`)
    .orderBy("depots.name").orderBy("parts.partNumber").limit(1000).execute();
}

export const rmaAdminIds = async (db: Db) =>
  (await db.selectFrom("users").select("id").where("role", "=", "rma_admin").where("isActive", "=", true).limit(50).execute()).map((r) => r.id);

export const lockReservation = (tx: Db, id: string) => tx.selectFrom("partReservations").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export function caseReservationRows(db: Db, caseId: string) {
  return db.selectFrom("partReservations").innerJoin("parts", "parts.id", "partReservations.partId").innerJoin("depots", "depots.id", "partReservations.depotId")
    .selectAll("partReservations").select(["parts.partNumber", "parts.description as partDescription", "parts.isSerialised", "depots.name as depotName"])
    .where("partReservations.caseId", "=", caseId).orderBy("partReservations.reservedAt").execute();
}
