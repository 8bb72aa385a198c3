import { z } from "zod";
import { text } from "../shared/text.js";
import { TIMER_STATUSES } from "./timer.js";

/** Request and response shapes of /admin/timers. */
export const timerSchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: z.string(),
  dueAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
  status: z.enum(TIMER_STATUSES),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  firedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});

export const listTimersQuery = z.strictObject({
  status: z.enum(TIMER_STATUSES).default("failed"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});

export const timerParams = z.strictObject({ id: z.string().uuid() });
