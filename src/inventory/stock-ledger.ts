import type { Db } from "../db/database.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import {
  applyStockDelta, findDepot, findPart, insertMovement, markBelowMin, rmaAdminIds, type MovementRow, type NewMovement, type StockDelta, type StockLevelRow,
} from "./inventory.repository.js";

/** Whether a level is under its minimum: what is available (on hand less reserved) below a minimum that is set. */
export const isBelowMinimum = (level: { onHand: number; reserved: number; minLevel: number }) =>
  level.minLevel > 0 && level.onHand - level.reserved < level.minLevel;

/**
 * One change of stock, in the caller's transaction: the level changes under its row lock (or the
 * change is refused with 409 insufficient_stock and nothing is written), the movement is
 * appended, and a fall below the minimum alerts once per crossing.
 */
export async function changeStock(deps: Deps, tx: Db, movement: NewMovement, delta: StockDelta): Promise<{ level: StockLevelRow; movement: MovementRow }> {
  const level = await applyStockDelta(tx, { depotId: movement.depotId, partId: movement.partId }, delta, movement.at);
  if (!level) {
    const current = await tx.selectFrom("stockLevels").select(["onHand", "reserved"]).where("depotId", "=", movement.depotId).where("partId", "=", movement.partId).executeTakeFirst();
    throw new AppError("insufficient_stock", { available: current ? current.onHand - current.reserved : 0, requested: Math.abs(movement.quantity) });
  }
  const row = await insertMovement(tx, movement);
  await checkMinimum(deps, tx, level, movement.at);
  return { level, movement: row };
}

/**
 * Re-arms or fires the low-stock alert of a level the caller holds locked. The flag flips only on
 * a crossing, so a run of movements below the minimum alerts once; the crossing's number is in
 * the notification key, so a replay notifies nobody twice.
 */
export async function checkMinimum(deps: Deps, tx: Db, level: StockLevelRow, now: Date) {
  const below = isBelowMinimum(level);
  if (below === level.isBelowMin) return;
  const marked = await markBelowMin(tx, level, below);
  if (!marked || !below) return;
  const [part, depot] = await Promise.all([findPart(tx, level.partId), findDepot(tx, level.depotId)]);
  if (!part || !depot) return;
  const recipients = [...new Set([...(await rmaAdminIds(tx)), depot.ownerId])].map((userId) => ({ userId }));
  await notify(tx, {
    key: `stock-low:${depot.id}:${part.id}:${marked.lowCrossings}`, recipients, channels: ["inapp", "email", "sms"], template: "inventory.low_stock", now,
    params: {
      partNumber: part.partNumber, description: part.description, depotName: depot.name, available: level.onHand - level.reserved, minLevel: level.minLevel,
      url: deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, "")}/rma/low-stock` : null,
    },
  });
}
