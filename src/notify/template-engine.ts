import { Liquid, LiquidError, type Template } from "liquidjs";
import { DateTime } from "luxon";
import type { Language } from "../db/schema.js";
import type { FieldError } from "../shared/errors.js";
import { memoizeByText } from "../shared/memo.js";
import { DEFAULT_TEMPLATES, placeholdersOf, SAMPLE_PARAMS, type TemplateName, type TemplateText } from "./templates.js";

/**
 * Renders the templates' Liquid. Every `{{ … }}` prints one line of text (control characters
 * become spaces, nothing at all prints "—"), so no parameter can add a header or a line to a
 * message; only the `block` and `link` filters print several lines. Templates reach no file
 * (include and render find nothing) and are bounded in time and memory, since an administrator
 * writes them.
 */
export type RenderOptions = { timeZone: string; /** an administrator's text instead of the built-in one */ custom?: TemplateText | undefined };

const FIELDS = ["subject", "body", "sms"] as const;
type Field = (typeof FIELDS)[number];

// what the filters need to know of this render; a symbol, so no template can print it
const RENDER = Symbol("render");
type RenderContext = { language: Language; timeZone: string };
// what liquidjs binds `this` to in a filter (its type is not exported)
type FilterImpl = { context: { globals: object } };

const METRICS: Record<string, Record<Language, string>> = {
  response: { "zh-CN": "响应", en: "response" },
  first_response: { "zh-CN": "首次响应", en: "first response" },
  resolution: { "zh-CN": "解决", en: "resolution" },
};

// C0 and C1 controls (CR, LF, tab, NUL, DEL …) and the Unicode line and paragraph separators
const CONTROLS = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const CONTROLS_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Zl}\p{Zp}]/gu;

/** One line of header-safe text: no CR, LF or other control character survives. */
export const oneLine = (text: string) => text.replace(CONTROLS, " ").replace(/ {2,}/g, " ").trim();

/** A parameter as text: "—" for nothing, ISO for an instant, JSON for anything structured. */
function asText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const renderContext = (filter: FilterImpl) => (filter.context.globals as Record<symbol, RenderContext>)[RENDER]!;

const engine = new Liquid({
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
  outputEscape: (value: unknown) => oneLine(asText(value)) || "—",
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

engine.registerFilter("cut", (value: unknown, max: unknown) => {
  const chars = [...oneLine(asText(value))];
  const limit = Number(max);
  return Number.isInteger(limit) && limit > 0 && chars.length > limit ? `${chars.slice(0, Math.max(1, limit - 1)).join("")}…` : chars.join("");
});
engine.registerFilter("datetime", function (this: FilterImpl, value: unknown, style?: unknown) {
  const { language, timeZone } = renderContext(this);
  const at = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(String(value ?? ""));
  if (!at.isValid) return asText(value);
  const local = at.setZone(timeZone);
  if (style === "short") return local.toFormat("MM-dd HH:mm");
  return language === "en" ? `${local.toFormat("yyyy-MM-dd HH:mm")} (UTC${local.toFormat("ZZ")})` : local.toFormat("yyyy-MM-dd HH:mm");
});
engine.registerFilter("metric", function (this: FilterImpl, value: unknown) {
  return METRICS[String(value)]?.[renderContext(this).language] ?? asText(value);
});
// several lines kept (CRLF → LF), other control characters removed; for e-mail bodies
engine.registerFilter("block", {
  raw: true,
  handler: (value: unknown) => asText(value).replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_NEWLINE, " ").trim(),
});
// a blank line and the link, or nothing when there is none
engine.registerFilter("link", {
  raw: true,
  handler: (value: unknown) => (typeof value === "string" && value !== "" ? `\n\n${oneLine(value)}` : ""),
});

// parsed templates by source; the built-in ones and a few edited ones, so a bound keeps it small
const parse = memoizeByText((source: string): Template[] => engine.parse(source), 500);

/** A parameter given in both languages (`{ "zh-CN": "华为", en: "Huawei" }`, a list entry's names) is the recipient's. */
const isLocalized = (value: unknown): value is Record<Language, string> =>
  typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as Record<string, unknown>)["zh-CN"] === "string" && typeof (value as Record<string, unknown>).en === "string";

function renderText(source: TemplateText, language: Language, given: Record<string, unknown>, timeZone: string): TemplateText {
  const globals = { [RENDER]: { language, timeZone } satisfies RenderContext };
  const params = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, isLocalized(value) ? value[language] : value]));
  const render = (field: Field) => String(engine.renderSync(parse(source[field]), params, { globals }));
  return { subject: oneLine(render("subject")), body: render("body"), sms: oneLine(render("sms")) };
}

/**
 * Renders a template in the recipient's language: the administrator's text when there is one,
 * else the built-in one. An edited text that fails now (it was checked when saved, but a render
 * can still run out of its time) gives way to the built-in one, so the message still goes out.
 */
export function renderTemplate(name: TemplateName, language: Language, params: Record<string, unknown>, options: RenderOptions): TemplateText {
  if (options.custom) {
    try {
      return renderText(options.custom, language, params, options.timeZone);
    } catch {
      // the built-in text below
    }
  }
  return renderText(DEFAULT_TEMPLATES[name][language], language, params, options.timeZone);
}

/**
 * What is wrong with an administrator's text for a template, per field: Liquid that does not
 * parse or fails on the sample values (`template_syntax`, with the line), or a placeholder the
 * template has no parameter for (`unknown_placeholder`). Empty when it can be saved.
 */
export function checkTemplate(name: TemplateName, language: Language, text: TemplateText): FieldError[] {
  const allowed = new Set(placeholdersOf(name));
  const errors: FieldError[] = [];
  for (const field of FIELDS) {
    try {
      // parsed through the cache, so that the preview's render right after parses nothing again
      const templates = parse(text[field]);
      const unknown = engine.globalVariablesSync(templates).filter((variable) => !allowed.has(variable));
      if (unknown.length > 0) {
        errors.push({ path: `body.${field}`, code: "unknown_placeholder", params: { values: [...new Set(unknown)] } });
        continue;
      }
      engine.renderSync(templates, SAMPLE_PARAMS[name], { globals: { [RENDER]: { language, timeZone: "Asia/Shanghai" } } });
    } catch (error) {
      errors.push({ path: `body.${field}`, code: "template_syntax", params: syntaxParams(error) });
    }
  }
  return errors;
}

/** The Liquid error's own words (English) and line, for the localised field message. */
function syntaxParams(error: unknown): Record<string, unknown> {
  const message = error instanceof Error ? error.message : String(error);
  const line = error instanceof LiquidError ? /line:(\d+)/.exec(message)?.[1] : undefined;
  return { detail: oneLine(message.replace(/, line:\d+, col:\d+.*$/s, "")).slice(0, 200), ...(line ? { line: Number(line) } : {}) };
}

/** A template rendered with the sample values, for the administrator's preview. */
export function renderSample(name: TemplateName, language: Language, text: TemplateText, timeZone: string): TemplateText {
  return renderText(text, language, SAMPLE_PARAMS[name], timeZone);
}
