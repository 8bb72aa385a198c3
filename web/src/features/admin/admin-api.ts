import { ApiError } from "../../api/client";

/** The same problem with each field path's prefix taken off ("definition.name" → "name"), for forms that edit a nested body. */
export function withoutPathPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    title: error.title, status: error.status, code: error.code, detail: error.detail,
    errors: error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^(body\.)?/, "").replace(new RegExp(`^${prefix.replace(".", "\\.")}`), "") })),
  });
}

export type Policy = {
  name: string;
  calendar: string;
  targets: Record<"S1" | "S2" | "S3" | "S4", { response: string; resolution: string }>;
  responseLadder: LadderStep[];
  responseLadderByLevel?: Record<string, LadderStep[]>;
  resolutionWarnings: Array<{ atPercent: number; notify: string[]; channels: string[] }>;
};
export type LadderStep = { after: string; action: "remind" | "alert" | "reassign" | "breach"; notify?: string[]; channels?: string[]; mode?: "auto" | "manual" };
export type PolicyRow = {
  id: string; name: string; version: number; definition: Policy; createdAt: string; updatedAt: string;
  bindings: Array<{ id: string; policyId: string; contractId: string | null; faultLevel: string | null; createdAt: string }>;
};
export type CalendarRow = { id: string; name: string; timeZone: string; weekly: Array<{ day: number; start: string; end: string }>; makeUpHours: Array<{ start: string; end: string }> | null; version: number };
export type CustomerDetail = {
  id: string; name: string; shortName: string | null; phone: string | null; email: string | null; address: string | null; version: number;
  contacts: Array<{ id: string; name: string; phone: string | null; mobile: string | null; email: string | null; title: string | null; isDesignated: boolean; version: number }>;
  sites: Array<{ id: string; name: string; address: string | null; city: string | null }>;
  contracts: Array<{
    id: string; contractNo: string; title: string | null; startsOn: string | null; endsOn: string | null; serviceHours: string; siteIds: string[];
    targets: Record<string, { responseMinutes: number; resolutionMinutes: number }>;
    equipment: Array<{ id: string; siteId: string | null; vendor: string; model: string; serial: string | null }>;
  }>;
};

/** A ladder step with only the fields its action takes (the API refuses any other). */
export function cleanStep(step: LadderStep): LadderStep {
  switch (step.action) {
    case "remind":
    case "alert":
      return { after: step.after, action: step.action, notify: step.notify ?? [], channels: step.channels ?? [] };
    case "reassign":
      return { after: step.after, action: "reassign", mode: step.mode ?? "auto" };
    default:
      return { after: step.after, action: "breach" };
  }
}

export type TemplateLanguage = "zh-CN" | "en";
export type TemplateTexts = { subject: string; body: string; sms: string };
/** One notification template in one language: the texts in effect (the customised ones, or the built-in default). */
export type TemplateItem = TemplateTexts & {
  name: string; language: TemplateLanguage; customised: boolean; version: number; updatedAt: string | null;
  updatedBy: { id: string; name: string } | null; placeholders: string[]; audience: "staff" | "customer"; channels: Array<"email" | "sms" | "inapp">;
};
export type TemplateDetail = TemplateItem & { defaults: TemplateTexts };
export type TemplatePreview = TemplateTexts & { smsLength: number };
/** The query key of the templates' list (each template's own keys start with it). */
export const TEMPLATES_KEY = ["admin", "notification-templates"] as const;
export const templatePath = (name: string, language: TemplateLanguage) => `/notification-templates/${encodeURIComponent(name)}/${language}`;

/** One saved version of a template; null texts: the built-in text was restored. */
export type TemplateVersion = { version: number; subject: string | null; body: string | null; sms: string | null; createdAt: string; createdBy: { id: string; name: string } | null };

/** Characters in one SMS segment: 70 once any character is outside ASCII (UCS-2, as Chinese is), 160 otherwise (GSM 7-bit). */
export function smsSegmentLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? 70 : 160;
}
