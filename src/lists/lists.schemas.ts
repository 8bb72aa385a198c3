import { z } from "zod";
import { TEXT_LIMITS, requiredText } from "../shared/text.js";
import { expectedVersion } from "../shared/version.js";

/** Request and response shapes of /vendors and /case-types. */
export const listEntrySchema = z.object({
  code: z.string(), nameZh: z.string(), nameEn: z.string(), isActive: z.boolean(), version: z.number(), updatedAt: z.string(),
});

export const listResponse = z.object({ items: z.array(listEntrySchema) });

/** a code is what cases store (trimmed): no control characters, no slash (it goes into a URL path) */
const code = requiredText(TEXT_LIMITS.short).refine((value) => !/[\p{Cc}/]/u.test(value), { message: "invalid_format" });
const name = requiredText(TEXT_LIMITS.name);

export const createEntryBody = z.strictObject({ code, nameZh: name, nameEn: name, isActive: z.boolean().optional() });

export const updateEntryBody = z.strictObject({
  nameZh: name.optional(), nameEn: name.optional(), isActive: z.boolean().optional(), version: expectedVersion.optional(),
});

export const codeParams = z.strictObject({ code: requiredText(TEXT_LIMITS.short) });
