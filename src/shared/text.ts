import { z } from "zod";

/**
 * Text as casedesk accepts it: well-formed Unicode (no lone surrogates), no NUL (PostgreSQL
 * refuses it), trimmed, and bounded. Every string field of every request goes through here.
 */
export const TEXT_LIMITS = {
  short: 200,
  name: 200,
  subject: 500,
  body: 20_000,
  description: 50_000,
} as const;

const isCleanText = (value: string) => value.isWellFormed() && !value.includes("\u0000");

export function text(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine(isCleanText, { message: "invalid_text" });
}

export const requiredText = (max: number) => text(max, 1);
export const uuid = z.string().uuid();
export const email = z.string().trim().max(254).email().transform((value) => value.toLowerCase());

/** A query parameter that may be repeated (`?status=a&status=b`): one value or several, up to 20. */
export const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).min(1).max(20)).optional();
