import { z } from "zod";
import { oneOrMany, text } from "../shared/text.js";

/** Request and response shapes of /intake. */
export const INBOUND_STATUSES = ["received", "processed", "rejected", "failed"] as const;

export const inboundSchema = z.object({
  id: z.string(),
  source: z.enum(["imap", "smtp"]),
  sourceRef: z.string().nullable(),
  messageId: z.string().nullable(),
  sizeBytes: z.number(),
  envelopeFrom: z.string().nullable(),
  sender: z.string().nullable(),
  subject: z.string().nullable(),
  status: z.enum(INBOUND_STATUSES),
  reason: z.string().nullable(),
  detail: z.string().nullable(),
  outcome: z.enum(["opened", "threaded"]).nullable(),
  caseId: z.string().nullable(),
  channel: z.enum(["email", "fax"]).nullable(),
  attachments: z.array(z.object({
    filename: z.string(), declaredType: z.string().nullable(), sizeBytes: z.number(), isInline: z.boolean(),
    attachmentId: z.string().optional(), sniffedType: z.string().optional(),
  })),
  acknowledgedAt: z.string().nullable(),
  ackSkipped: z.string().nullable(),
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
});

export const listInboundQuery = z.strictObject({
  status: oneOrMany(z.enum(INBOUND_STATUSES)),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});

export const inboundParams = z.strictObject({ id: z.string().uuid() });
export const caseParams = z.strictObject({ caseId: z.string().uuid() });

export const unverifiedSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  caseSubject: z.string(),
  channel: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  inboundMessageId: z.string().nullable(),
  createdAt: z.string(),
});

export const confirmCallerBody = z.strictObject({
  contactId: z.string().uuid().optional(),
  newContact: z.strictObject({
    customerId: z.string().uuid(),
    name: text(200, 1).optional(),
    phone: text(40).nullable().optional(),
  }).optional(),
});
