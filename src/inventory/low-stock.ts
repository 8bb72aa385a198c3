import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { assertStaff } from "./inventory.policy.js";
import { lowStockRows, stockOfPart } from "./inventory.repository.js";

export type Replenishment = { source: "depot"; depotId: string; depotName: string; quantity: number } | { source: "vendor"; vendor: string; quantity: number } | { source: "in_transit"; quantity: number };

/**
 * Every depot and part below its minimum, with a suggested replenishment (R21): what is already
 * in transit first; then a transfer from the depot with the most to spare above its own minimum;
 * else an order from the vendor.
 */
export async function listLowStock(deps: Deps, input: { actor: Actor }) {
  assertStaff(input.actor);
  const rows = await lowStockRows(deps.db);
  const byPart = new Map<string, Awaited<ReturnType<typeof stockOfPart>>>();
  const items = [];
  for (const row of rows) {
    const available = row.onHand - row.reserved;
    const shortBy = row.minLevel - available;
    let suggestion: Replenishment;
    if (row.inTransit >= shortBy) suggestion = { source: "in_transit", quantity: row.inTransit };
    else {
      const needed = shortBy - row.inTransit;
      if (!byPart.has(row.partId)) byPart.set(row.partId, await stockOfPart(deps.db, row.partId));
      const donor = byPart.get(row.partId)!
        .filter((d) => d.depotId !== row.depotId)
        .map((d) => ({ ...d, spare: d.onHand - d.reserved - d.minLevel }))
        .filter((d) => d.spare >= needed)
        .sort((a, b) => b.spare - a.spare)[0];
      suggestion = donor ? { source: "depot", depotId: donor.depotId, depotName: donor.depotName, quantity: needed } : { source: "vendor", vendor: row.vendor, quantity: needed };
    }
    items.push({ ...row, available, shortBy, suggestion });
  }
  return items;
}
