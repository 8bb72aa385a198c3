import { z } from "zod";

export { z };
import { TEXT_LIMITS, requiredText, text, uuid } from "../shared/text.js";
import { expectedVersion } from "../shared/version.js";

const QUANTITY_MAX = 100_000;
const serial = requiredText(100);
const serials = z.array(serial).max(1000);

export const idParams = z.strictObject({ id: uuid });
export const depotPartParams = z.strictObject({ id: uuid, partId: uuid });
export const reservationParams = z.strictObject({ id: z.string().min(1).max(100), reservationId: uuid });
export const caseParams = z.strictObject({ id: z.string().min(1).max(100) });

export const partSchema = z.object({
  id: z.string(), partNumber: z.string(), vendor: z.string(), model: z.string().nullable(), description: z.string(),
  compatibleModels: z.array(z.string()), isSerialised: z.boolean(), version: z.number(), createdAt: z.string(), updatedAt: z.string(),
});
export const partBody = z.strictObject({
  partNumber: requiredText(100), vendor: requiredText(100), model: text(200).nullish(), description: requiredText(500),
  compatibleModels: z.array(requiredText(200)).max(100).optional(), isSerialised: z.boolean(),
});
export const partPatchBody = z.strictObject({
  vendor: requiredText(100).optional(), model: text(200).nullish(), description: requiredText(500).optional(),
  compatibleModels: z.array(requiredText(200)).max(100).optional(), version: expectedVersion,
});
export const partsQuery = z.strictObject({ q: text(TEXT_LIMITS.short).optional(), limit: z.coerce.number().int().min(1).max(500).default(200) });

export const depotSchema = z.object({
  id: z.string(), name: z.string(), customerId: z.string().nullable(), customerName: z.string().nullable(), siteId: z.string().nullable(), siteName: z.string().nullable(),
  address: z.string(), ownerId: z.string(), ownerName: z.string().nullable(), version: z.number(),
});
export const depotBody = z.strictObject({
  name: requiredText(200), customerId: uuid.nullish(), siteId: uuid.nullish(), address: requiredText(TEXT_LIMITS.subject), ownerId: uuid,
});

export const stockItemSchema = z.object({
  partId: z.string(), partNumber: z.string(), description: z.string(), vendor: z.string(), isSerialised: z.boolean(),
  onHand: z.number(), reserved: z.number(), available: z.number(), inTransit: z.number(), minLevel: z.number(), isBelowMin: z.boolean(),
});
export const stockSchema = z.object({ depot: z.object({ id: z.string(), name: z.string() }), items: z.array(stockItemSchema), nextCursor: z.string().nullable() });
export const stockQuery = z.strictObject({
  q: text(TEXT_LIMITS.short).optional(), isBelowMin: z.enum(["true", "false"]).optional(), cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const minLevelBody = z.strictObject({ minLevel: z.number().int().min(0).max(QUANTITY_MAX) });
export const stockLevelSchema = z.object({ depotId: z.string(), partId: z.string(), onHand: z.number(), reserved: z.number(), available: z.number(), inTransit: z.number(), minLevel: z.number(), isBelowMin: z.boolean() });
export const serialsSchema = z.object({ serials: z.array(z.string()) });

export const MOVEMENT_TYPES = ["receive", "reserve", "release", "issue", "faulty_return", "transfer", "transfer_arrived", "adjust", "scrap"] as const;
export const movementBody = z.strictObject({
  type: z.enum(["receive", "transfer", "adjust", "scrap"]), partId: uuid, depotId: uuid, toDepotId: uuid.optional(),
  quantity: z.number().int().min(-QUANTITY_MAX).max(QUANTITY_MAX), serials: serials.optional(), reason: text(TEXT_LIMITS.subject).optional(), rmaId: uuid.optional(),
});
export const movementSchema = z.object({
  id: z.string(), seq: z.string(), type: z.enum(MOVEMENT_TYPES), partId: z.string(), partNumber: z.string().optional(), partDescription: z.string().optional(),
  depotId: z.string(), depotName: z.string().optional(), toDepotId: z.string().nullable(), toDepotName: z.string().nullable().optional(),
  quantity: z.number(), serials: z.array(z.string()), caseId: z.string().nullable(), reservationId: z.string().nullable(), transferId: z.string().nullable(),
  rmaId: z.string().nullable(), reason: z.string().nullable(), actorId: z.string().nullable(), actorName: z.string().nullable().optional(), at: z.string(),
  isInTransit: z.boolean().optional(),
});
export const movementsQuery = z.strictObject({
  partId: uuid.optional(), depotId: uuid.optional(), caseId: uuid.optional(), before: z.string().regex(/^\d{1,18}$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const lowStockSchema = z.object({
  items: z.array(z.object({
    depotId: z.string(), depotName: z.string(), partId: z.string(), partNumber: z.string(), description: z.string(), vendor: z.string(),
    onHand: z.number(), reserved: z.number(), available: z.number(), inTransit: z.number(), minLevel: z.number(), shortBy: z.number(),
    suggestion: z.object({ source: z.enum(["depot", "vendor", "in_transit"]), depotId: z.string().optional(), depotName: z.string().optional(), vendor: z.string().optional(), quantity: z.number() }),
  })),
});

export const reserveBody = z.strictObject({ partId: uuid, depotId: uuid.optional(), quantity: z.number().int().min(1).max(QUANTITY_MAX) });
export const issueBody = z.strictObject({ serials: serials.optional() });
export const releaseBody = z.strictObject({ reason: text(TEXT_LIMITS.subject).optional() });
export const returnFaultyBody = z.strictObject({ serials: serials.optional(), depotId: uuid.optional(), note: text(TEXT_LIMITS.subject).optional() });
export const reservationSchema = z.object({
  id: z.string(), caseId: z.string(), partId: z.string(), partNumber: z.string().optional(), partDescription: z.string().optional(), isSerialised: z.boolean().optional(),
  depotId: z.string(), depotName: z.string().optional(), quantity: z.number(), status: z.enum(["reserved", "issued", "released"]),
  serials: z.array(z.string()), faultySerials: z.array(z.string()), reservedAt: z.string(), issuedAt: z.string().nullable(), releasedAt: z.string().nullable(),
  faultyReturnedAt: z.string().nullable(), version: z.number(),
});
export const suggestionsQuery = z.strictObject({ partId: uuid });
export const suggestionsSchema = z.object({
  items: z.array(z.object({ depotId: z.string(), depotName: z.string(), address: z.string(), available: z.number(), isCaseSite: z.boolean(), isCustomerDepot: z.boolean() })),
});
export const importQuery = z.strictObject({ dryRun: z.enum(["true", "false"]).default("true") });
export const importReportSchema = z.object({
  dryRun: z.boolean(), applied: z.boolean(), created: z.number(), updated: z.number(), unchanged: z.number(),
  issues: z.array(z.object({ line: z.number().nullable(), column: z.string().nullable(), code: z.string(), message: z.string() })),
});
