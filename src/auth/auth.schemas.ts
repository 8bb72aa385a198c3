import { z } from "zod";
import { TEXT_LIMITS, email, requiredText, text } from "../shared/text.js";
import { expectedVersion } from "../shared/version.js";

export const roleSchema = z.enum(["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin", "customer"]);
export const languageSchema = z.enum(["zh-CN", "en"]);
export const passwordSchema = z.string().min(10).max(200).refine((value) => value.isWellFormed() && !value.includes("\u0000"), { message: "invalid_text" });

export const loginBody = z.strictObject({ email, password: z.string().min(1).max(200) });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: roleSchema,
  customerId: z.string().nullable(),
  language: languageSchema,
  isActive: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const meSchema = z.object({ user: userSchema, csrfToken: z.string().nullable() });

export const createUserBody = z.strictObject({
  email,
  name: requiredText(TEXT_LIMITS.name),
  role: roleSchema,
  phone: text(40).nullish(),
  customerId: z.string().uuid().nullish(),
  language: languageSchema.optional(),
  password: passwordSchema.optional(),
});

export const updateUserBody = z.strictObject({
  name: requiredText(TEXT_LIMITS.name).optional(),
  phone: text(40).nullish(),
  role: roleSchema.optional(),
  language: languageSchema.optional(),
  isActive: z.boolean().optional(),
  password: passwordSchema.optional(),
  version: expectedVersion.optional(),
});

export const listUsersQuery = z.strictObject({
  role: roleSchema.optional(),
  customerId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(300).optional(),
});

export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema });
export const createTokenBody = z.strictObject({ name: requiredText(TEXT_LIMITS.short), scope: z.enum(["pbx", "monitoring"]).optional() });
export const listTokensQuery = z.strictObject({ all: z.enum(["true", "false"]).transform((value) => value === "true").optional() });
export const tokenParams = z.strictObject({ id: z.string().uuid() });
export const tokenSchema = z.object({
  id: z.string(), name: z.string(), scope: z.enum(["pbx", "monitoring"]).nullable(),
  userId: z.string(), userName: z.string(), userEmail: z.string(),
  createdAt: z.string(), lastUsedAt: z.string().nullable().describe("to the hour"), revokedAt: z.string().nullable(),
});
