/** Spare parts (R20–R22): the catalogue, depots, stock with serials, the append-only movement ledger, minimum levels, and parts on cases. */
export { inventoryRoutes, partsImportRequestBodies } from "./inventory.routes.js";
export { createPart } from "./catalogue.js";
export { createDepot } from "./depots.js";
export { recordMovement } from "./record-movement.js";
export { dispatchReplacement } from "./dispatch-replacement.js";
export { reservePart, issuePart, returnFaultyPart } from "./case-parts.js";
export { findDepot, findPart } from "./inventory.repository.js";
export { seedInventoryDemo } from "./demo.js";
