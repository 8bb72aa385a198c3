import { z } from "zod";
import { TEXT_LIMITS, text } from "../shared/text.js";
import { TEMPLATE_NAMES } from "./templates.js";

/** Request and response shapes of /notification-templates. */
export const templateParams = z.strictObject({
  name: z.enum(TEMPLATE_NAMES as [string, ...string[]]),
  language: z.enum(["zh-CN", "en"]),
});

// the texts are Liquid source; the subject and the SMS are made one line when rendered
export const templateTextBody = z.strictObject({
  subject: text(TEXT_LIMITS.subject, 1),
  body: text(TEXT_LIMITS.body, 1),
  sms: text(TEXT_LIMITS.subject, 1),
});

const templateText = { subject: z.string(), body: z.string(), sms: z.string() };

export const templateItemSchema = z.object({
  name: z.string(),
  language: z.enum(["zh-CN", "en"]),
  ...templateText,
  customised: z.boolean().describe("false: the built-in text is in force"),
  version: z.number().int().describe("0 until the template is first saved; send it back in If-Match"),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  placeholders: z.array(z.string()).describe("the parameters the text may use, as {{ name }}"),
  audience: z.enum(["staff", "customer"]),
  channels: z.array(z.enum(["email", "sms", "inapp"])),
});

export const templateDetailSchema = templateItemSchema.extend({ defaults: z.object(templateText) });

export const templatePreviewSchema = z.object({ ...templateText, smsLength: z.number().int() });

export const templateHistorySchema = z.object({
  items: z.array(z.object({
    version: z.number().int(),
    subject: z.string().nullable(), body: z.string().nullable(), sms: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })),
});
