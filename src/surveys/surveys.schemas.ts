import { z } from "zod";
import { TEXT_LIMITS, text } from "../shared/text.js";
import { GROUP_BYS } from "./survey.js";

const score = z.number().int().min(1).max(5);
const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

// any short string: a malformed or tampered token is simply not found
export const tokenParams = z.strictObject({ token: z.string().max(100) });
export const caseParams = z.strictObject({ id: text(64).pipe(z.string().min(1)) });

export const answerBody = z.strictObject({
  responseSpeed: score, professionalism: score, resolution: score, overall: score, comment: text(TEXT_LIMITS.body).optional(),
});

export const resultsQuery = z.strictObject({ groupBy: z.enum(GROUP_BYS), from: isoInstant.optional(), to: isoInstant.optional() });

export const surveyLinkSchema = z.object({ caseNumber: z.string(), subject: z.string(), expiresAt: z.string(), status: z.enum(["open", "answered", "expired"]) });

export const answerSchema = z.object({
  caseId: z.string(), responseSpeed: z.number(), professionalism: z.number(), resolution: z.number(), overall: z.number(),
  comment: z.string().nullable(), via: z.enum(["link", "portal"]), answeredAt: z.string(),
});

const averages = z.object({ responseSpeed: z.number().nullable(), professionalism: z.number().nullable(), resolution: z.number().nullable(), overall: z.number().nullable() });
export const resultsSchema = z.object({
  groupBy: z.enum(GROUP_BYS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  groups: z.array(z.object({ key: z.string().nullable(), label: z.string().nullable(), count: z.number(), averages })),
  total: z.object({ count: z.number(), averages }),
});
