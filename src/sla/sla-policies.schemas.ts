import { z } from "zod";
import { policySchema } from "./policy.js";
import { expectedVersion } from "../shared/version.js";

const bindingSchema = z.object({ id: z.string(), policyId: z.string(), contractId: z.string().nullable(), faultLevel: z.string().nullable(), createdAt: z.string() });

export const policyResponse = z.object({
  id: z.string(), name: z.string(), version: z.number(), definition: z.unknown(), createdAt: z.string(), updatedAt: z.string(),
  bindings: z.array(bindingSchema), recalculated: z.number().optional(),
});
export const createPolicyBody = policySchema;
export const updatePolicyBody = z.strictObject({ definition: policySchema, version: expectedVersion.optional(), recalculate: z.boolean().default(false) });
export const bindPolicyBody = z.strictObject({ contractId: z.string().uuid().nullable().default(null), faultLevel: z.enum(["S1", "S2", "S3", "S4"]).nullable().default(null) });
export { bindingSchema };

export const caseClocksResponse = z.object({
  clocks: z.array(z.object({
    metric: z.string(), cycle: z.number(), policyId: z.string().nullable(), policyVersion: z.number(), assigneeId: z.string().nullable(),
    startedAt: z.string(), targetMs: z.number(), status: z.string(), pausedMs: z.number(), dueAt: z.string().nullable(),
    stoppedAt: z.string().nullable(), stopReason: z.string().nullable(), breachedAt: z.string().nullable(),
  })),
  breaches: z.array(z.object({ metric: z.string(), cycle: z.number(), dueAt: z.string(), breachedAt: z.string() })),
});

export const runningClocksResponse = z.object({
  items: z.array(z.object({
    caseId: z.string(), metric: z.string(), cycle: z.number(), assigneeId: z.string().nullable(), startedAt: z.string(), targetMs: z.number(),
    status: z.string(), pausedMs: z.number(), pausedAt: z.string().nullable(), dueAt: z.string().nullable(), breachedAt: z.string().nullable(),
  })),
});
