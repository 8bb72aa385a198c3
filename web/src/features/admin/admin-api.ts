import { ApiError } from "../../api/client";
import type { RequestOf, ResponseOf } from "../../api/types";

/** The same problem with each field path's prefix taken off ("definition.name" → "name"), for forms that edit a nested body. */
export function withoutPathPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    title: error.title, status: error.status, code: error.code, detail: error.detail,
    errors: error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^(body\.)?/, "").replace(new RegExp(`^${prefix.replace(".", "\\.")}`), "") })),
  });
}

/** A policy as written; the server stores and answers back what it accepted (its answer's schema leaves `definition` open). */
export type Policy = RequestOf<"/sla-policies", "post">;
export type PolicyRow = Omit<ResponseOf<"/sla-policies/{id}", "get">, "definition"> & { definition: Policy };
export type LadderStep = Policy["responseLadder"][number];
export type CalendarRow = ResponseOf<"/calendars", "get">["items"][number];

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

/** One notification template in one language: the texts in effect (the customised ones, or the built-in default). */
export type TemplateItem = ResponseOf<"/notification-templates", "get">["items"][number];
export type TemplateLanguage = TemplateItem["language"];
export type TemplateDetail = ResponseOf<"/notification-templates/{name}/{language}", "get">;
export type TemplateTexts = TemplateDetail["defaults"];
export type TemplatePreview = ResponseOf<"/notification-templates/{name}/{language}/preview", "post">;
/** The query key of the templates' list (each template's own keys start with it). */
export const TEMPLATES_KEY = ["admin", "notification-templates"] as const;
export const templatePath = (name: string, language: TemplateLanguage) => `/notification-templates/${encodeURIComponent(name)}/${language}` as const;

/** One saved version of a template; null texts: the built-in text was restored. */
export type TemplateVersion = ResponseOf<"/notification-templates/{name}/{language}/versions", "get">["items"][number];

/** Characters in one SMS segment: 70 once any character is outside ASCII (UCS-2, as Chinese is), 160 otherwise (GSM 7-bit). */
export function smsSegmentLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? 70 : 160;
}
export type { CustomerDetail } from "../../api/types";
