import type { Actor } from "../auth/index.js";
import { findUserById } from "../auth/index.js";
import { findSite } from "../customers/index.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { fieldError } from "./field-error.js";
import { assertStaff, assertStockManager } from "./inventory.policy.js";
import { depotStockRows, findDepot, findPart, listDepotRows, serialsAt, setMinLevelRow } from "./inventory.repository.js";
import { checkMinimum } from "./stock-ledger.js";

export type DepotFields = { name: string; customerId?: string | null; siteId?: string | null; address: string; ownerId: string };

/** A depot at a customer's site or a chosen place (R21), with the owner who hears when its stock runs low. */
export async function createDepot(deps: Deps, input: { actor: Actor; depot: DepotFields; isDemo?: boolean }) {
  assertStockManager(input.actor, "depots");
  const { depot } = input;
  const owner = await findUserById(deps.db, depot.ownerId);
  if (!owner || owner.role === "customer" || !owner.isActive) throw fieldError("ownerId", "unknown_user");
  let customerId = depot.customerId ?? null;
  if (depot.siteId) {
    const site = await findSite(deps.db, depot.siteId);
    if (!site || (customerId && site.customerId !== customerId)) throw fieldError("siteId", "unknown_site");
    customerId = site.customerId;
  }
  if (customerId && !(await deps.db.selectFrom("customers").select("id").where("id", "=", customerId).executeTakeFirst())) throw fieldError("customerId", "unknown_customer");
  if (await deps.db.selectFrom("depots").select("id").where("name", "=", depot.name).executeTakeFirst()) {
    throw new AppError("duplicate", { field: "name" }, [{ path: "body.name", code: "duplicate" }]);
  }
  const now = deps.clock.now();
  return deps.db.insertInto("depots").values({
    name: depot.name, customerId, siteId: depot.siteId ?? null, address: depot.address, ownerId: depot.ownerId, isDemo: input.isDemo ?? false, createdAt: now, updatedAt: now,
  }).returningAll().executeTakeFirstOrThrow();
}

export async function listDepots(deps: Deps, input: { actor: Actor }) {
  assertStaff(input.actor);
  return listDepotRows(deps.db);
}

/** A depot named in a path (404) or a body (422 naming the field). */
export async function requireDepot(db: Db, depotId: string, path?: string) {
  const depot = await findDepot(db, depotId);
  if (!depot) throw path ? fieldError(path, "unknown_depot") : notFound("depot");
  return depot;
}

/**
 * A page of a depot's stock by part number: on hand, reserved, available, in transit and minimum
 * per part, found by part (`q`) or only what is below its minimum; the serials in stock are asked
 * for one part at a time.
 */
export async function depotStock(deps: Deps, input: { actor: Actor; depotId: string; q?: string; isBelowMin?: boolean; cursor?: string; limit: number }) {
  assertStaff(input.actor);
  const depot = await requireDepot(deps.db, input.depotId);
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (cursor && typeof cursor.v !== "string") throw fieldError("querystring.cursor", "invalid_cursor");
  const after = cursor ? { partNumber: cursor.v as string, partId: cursor.id } : undefined;
  const rows = await depotStockRows(deps.db, depot.id, { q: input.q, isBelowMin: input.isBelowMin, after, limit: input.limit });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { depot, items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.partNumber, id: last.partId }) : null };
}

export async function depotSerials(deps: Deps, input: { actor: Actor; depotId: string; partId: string }) {
  assertStaff(input.actor);
  await requireDepot(deps.db, input.depotId);
  return (await serialsAt(deps.db, input.depotId, input.partId)).map((row) => row.serial);
}

/** Sets a depot's minimum for a part; a new minimum above what is available counts as a crossing. */
export async function setMinLevel(deps: Deps, input: { actor: Actor; depotId: string; partId: string; minLevel: number }) {
  assertStockManager(input.actor, "min_level");
  await requireDepot(deps.db, input.depotId);
  if (!(await findPart(deps.db, input.partId))) throw notFound("part");
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const level = await setMinLevelRow(tx, input, input.minLevel, now);
    await checkMinimum(deps, tx, level, now);
    return (await tx.selectFrom("stockLevels").selectAll().where("depotId", "=", input.depotId).where("partId", "=", input.partId).executeTakeFirstOrThrow());
  });
}
