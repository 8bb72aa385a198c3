import { z } from "zod";
import { TEXT_LIMITS, email, requiredText, text } from "../shared/text.js";
import { expectedVersion } from "../shared/version.js";

const phone = text(40).nullish();
const minutes = z.number().int().min(1).max(60 * 24 * 365);
export const faultLevelSchema = z.enum(["S1", "S2", "S3", "S4"]);
const targetsSchema = z.partialRecord(faultLevelSchema, z.strictObject({ responseMinutes: minutes, resolutionMinutes: minutes }));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(v)), { message: "invalid_format" });

export const customerSchema = z.object({
  id: z.string(), name: z.string(), shortName: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(),
  address: z.string().nullable(), notes: z.string().nullable(), version: z.number(), createdAt: z.string(), updatedAt: z.string(),
});
export const contactSchema = z.object({
  id: z.string(), customerId: z.string(), name: z.string(), phone: z.string().nullable(), phoneNormalized: z.string().nullable(),
  mobile: z.string().nullable(), mobileNormalized: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable(),
  title: z.string().nullable(), isDesignated: z.boolean(), version: z.number(), createdAt: z.string(), updatedAt: z.string(),
});
export const siteSchema = z.object({
  id: z.string(), customerId: z.string(), name: z.string(), address: z.string().nullable(), city: z.string().nullable(), version: z.number(),
  createdAt: z.string(),
});
export const equipmentSchema = z.object({
  id: z.string(), contractId: z.string(), siteId: z.string().nullable(), vendor: z.string(), model: z.string(),
  serial: z.string().nullable(), description: z.string().nullable(), warrantyEndsOn: z.string().nullable(), version: z.number(),
});
export const contractSchema = z.object({
  id: z.string(), contractNo: z.string(), customerId: z.string(), title: z.string().nullable(), startsOn: z.string().nullable(),
  endsOn: z.string().nullable(), serviceHours: z.string(), calendarId: z.string().nullable(), targets: z.record(z.string(), z.object({ responseMinutes: z.number(), resolutionMinutes: z.number() })),
  version: z.number(), siteIds: z.array(z.string()), equipment: z.array(equipmentSchema),
});
export const customerDetailSchema = customerSchema.extend({
  contacts: z.array(contactSchema), sites: z.array(siteSchema), contracts: z.array(contractSchema),
});

const customerFields = {
  shortName: text(TEXT_LIMITS.short).nullish(), phone, email: email.nullish(),
  address: text(TEXT_LIMITS.subject).nullish(), notes: text(TEXT_LIMITS.body).nullish(),
};
export const createCustomerBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name), ...customerFields });
/** PATCH bodies: the fields to change, and optionally the version they replace (or If-Match) */
const version = expectedVersion.optional();
export const updateCustomerBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name).optional(), ...customerFields, version });
const contactFields = {
  phone, mobile: phone, email: email.nullish(), address: text(TEXT_LIMITS.subject).nullish(),
  title: text(TEXT_LIMITS.short).nullish(), isDesignated: z.boolean().optional(),
};
export const createContactBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name), ...contactFields });
export const updateContactBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name).optional(), ...contactFields, version });
const siteFields = { address: text(TEXT_LIMITS.subject).nullish(), city: text(TEXT_LIMITS.short).nullish() };
export const createSiteBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name), ...siteFields });
export const updateSiteBody = z.strictObject({ name: requiredText(TEXT_LIMITS.name).optional(), ...siteFields, version });
export const contractNoSchema = requiredText(64).regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u, { message: "invalid_format" });
const equipmentFields = {
  siteId: z.string().uuid().nullish(), serial: text(TEXT_LIMITS.short).nullish(), description: text(TEXT_LIMITS.subject).nullish(),
  warrantyEndsOn: isoDate.nullish(),
};
export const equipmentBody = z.strictObject({ vendor: requiredText(TEXT_LIMITS.short), model: requiredText(TEXT_LIMITS.short), ...equipmentFields });
export const updateEquipmentBody = z.strictObject({
  vendor: requiredText(TEXT_LIMITS.short).optional(), model: requiredText(TEXT_LIMITS.short).optional(), ...equipmentFields,
  contractId: z.string().uuid().optional(), version,
});
const contractFields = {
  title: text(TEXT_LIMITS.subject).nullish(),
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
  serviceHours: requiredText(64).optional(),
  /** the business calendar the clocks of the contract's new cases count in; null: the policy's */
  calendarId: z.string().uuid().nullish(),
  targets: targetsSchema.optional(),
};
export const createContractBody = z.strictObject({
  contractNo: contractNoSchema,
  ...contractFields,
  siteIds: z.array(z.string().uuid()).max(500).optional(),
  equipment: z.array(equipmentBody).max(5000).optional(),
});
export const updateContractBody = z.strictObject({ contractNo: contractNoSchema.optional(), ...contractFields, version });
export const listCustomersQuery = z.strictObject({
  q: text(TEXT_LIMITS.short).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});
export const lookupQuery = z.strictObject({ phone: text(40).optional(), email: email.optional() });
export const lookupSchema = z.object({
  normalizedPhone: z.string().nullable(),
  contacts: z.array(contactSchema.extend({ customerName: z.string() })),
  contracts: z.array(contractSchema),
});

export const searchContactsQuery = z.strictObject({
  q: text(TEXT_LIMITS.short).optional(),
  customerId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});
export const contactHitSchema = contactSchema.extend({ customerName: z.string() });

const changedValues = z.record(z.string(), z.unknown());
export const changeSchema = z.object({
  id: z.string(), entity: z.enum(["customer", "contact", "site", "contract", "equipment"]), entityId: z.string(),
  action: z.enum(["created", "updated"]), source: z.enum(["api", "import"]),
  actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(), at: z.string(),
  before: changedValues.nullable(), after: changedValues,
});
