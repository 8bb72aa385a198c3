import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { Language } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { assertCanReadTemplates, assertCanWriteTemplates } from "./notify.policy.js";
import { checkTemplate, renderSample } from "./template-engine.js";
import { DEFAULT_TEMPLATES, placeholdersOf, TEMPLATE_INFO, TEMPLATE_NAMES, type TemplateInfo, type TemplateName, type TemplateText } from "./templates.js";

/**
 * Notification templates as administrators edit them: one text per template and language, the
 * built-in one until someone saves another. Every version is kept (notification_template_versions).
 */
export const LANGUAGES: Language[] = ["zh-CN", "en"];

export type TemplateView = TemplateText & {
  name: TemplateName;
  language: Language;
  customised: boolean;
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
  placeholders: string[];
} & TemplateInfo;

type StoredTemplate = { name: string; language: Language; subject: string | null; body: string | null; sms: string | null; version: number; updatedAt: Date; updatedById: string | null; updatedByName: string | null };

const keyOf = (name: string, language: Language) => `${name}|${language}`;

const textOf = (row: { subject: string | null; body: string | null; sms: string | null }): TemplateText | undefined =>
  row.subject !== null && row.body !== null && row.sms !== null ? { subject: row.subject, body: row.body, sms: row.sms } : undefined;

/** The administrators' texts that replace built-in ones, by template and language; read once per batch of messages. */
export async function loadCustomTemplates(db: Db): Promise<Map<string, TemplateText>> {
  const rows = await db.selectFrom("notificationTemplates").select(["name", "language", "subject", "body", "sms"]).where("subject", "is not", null).execute();
  return new Map(rows.flatMap((row) => {
    const text = textOf(row);
    return text ? [[keyOf(row.name, row.language), text] as const] : [];
  }));
}

export const customTemplateFor = (custom: Map<string, TemplateText>, name: string, language: Language) => custom.get(keyOf(name, language));

function storedRows(db: Db, where?: { name: TemplateName; language: Language }): Promise<StoredTemplate[]> {
  let query = db
    .selectFrom("notificationTemplates as t")
    .leftJoin("users as u", "u.id", "t.updatedBy")
    .select(["t.name", "t.language", "t.subject", "t.body", "t.sms", "t.version", "t.updatedAt", "u.id as updatedById", "u.name as updatedByName"]);
  if (where) query = query.where("t.name", "=", where.name).where("t.language", "=", where.language);
  return query.execute();
}

function view(name: TemplateName, language: Language, stored: StoredTemplate | undefined): TemplateView {
  const custom = stored ? textOf(stored) : undefined;
  return {
    name, language, ...(custom ?? DEFAULT_TEMPLATES[name][language]),
    customised: custom !== undefined,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedById ? { id: stored.updatedById, name: stored.updatedByName ?? "" } : null,
    placeholders: placeholdersOf(name),
    ...TEMPLATE_INFO[name],
  };
}

/** Every template in both languages, with the text in force. */
export async function listTemplates(deps: Deps, input: { actor: Actor }): Promise<TemplateView[]> {
  assertCanReadTemplates(input.actor);
  const stored = new Map((await storedRows(deps.db)).map((row) => [keyOf(row.name, row.language), row]));
  return TEMPLATE_NAMES.flatMap((name) => LANGUAGES.map((language) => view(name, language, stored.get(keyOf(name, language)))));
}

/** One template in one language, with its built-in text beside it. */
export async function getTemplate(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language }) {
  assertCanReadTemplates(input.actor);
  const [stored] = await storedRows(deps.db, input);
  return { ...view(input.name, input.language, stored), defaults: DEFAULT_TEMPLATES[input.name][input.language] };
}

function assertValid(name: TemplateName, language: Language, text: TemplateText) {
  const errors = checkTemplate(name, language, text);
  if (errors.length > 0) throw new AppError("validation_failed", {}, errors);
}

/** The text rendered with sample values, or the same field errors a save would give. */
export function previewTemplate(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language; text: TemplateText }) {
  assertCanReadTemplates(input.actor);
  assertValid(input.name, input.language, input.text);
  const rendered = renderSample(input.name, input.language, input.text, deps.config.displayTimeZone);
  return { ...rendered, smsLength: [...rendered.sms].length };
}

/**
 * Saves a text (null: back to the built-in one) at the version the writer saw (0 when it was
 * never edited); the next version is kept in the history too. Messages still waiting in the
 * outbox go out in the new text, since they are rendered when delivered.
 */
async function writeTemplate(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language; text: TemplateText | null; expectedVersion?: number | undefined }) {
  const now = deps.clock.now();
  const actorId = input.actor.kind === "user" ? input.actor.id : null;
  const texts = { subject: input.text?.subject ?? null, body: input.text?.body ?? null, sms: input.text?.sms ?? null };
  await inTransaction(deps.db, async (tx) => {
    const [current] = await tx.selectFrom("notificationTemplates").select("version").where("name", "=", input.name).where("language", "=", input.language).forUpdate().execute();
    const version = current?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) throw new AppError("version_conflict");
    const next = version + 1;
    if (current) {
      await tx.updateTable("notificationTemplates").set({ ...texts, version: next, updatedBy: actorId, updatedAt: now })
        .where("name", "=", input.name).where("language", "=", input.language).execute();
    } else {
      // a writer who raced us to the first version makes this a conflict, as above
      const inserted = await tx.insertInto("notificationTemplates").values({ name: input.name, language: input.language, ...texts, version: next, updatedBy: actorId, updatedAt: now })
        .onConflict((oc) => oc.doNothing()).returning("version").executeTakeFirst();
      if (!inserted) throw new AppError("version_conflict");
    }
    await tx.insertInto("notificationTemplateVersions").values({ name: input.name, language: input.language, version: next, ...texts, createdBy: actorId, createdAt: now }).execute();
  });
  deps.logger.info({ template: input.name, language: input.language, restored: input.text === null, actorId }, "notification template saved");
  return getTemplate(deps, { actor: input.actor, name: input.name, language: input.language });
}

export async function saveTemplate(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language; text: TemplateText; expectedVersion?: number | undefined }) {
  assertCanWriteTemplates(input.actor);
  assertValid(input.name, input.language, input.text);
  return writeTemplate(deps, input);
}

export async function restoreDefaultTemplate(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language; expectedVersion?: number | undefined }) {
  assertCanWriteTemplates(input.actor);
  return writeTemplate(deps, { ...input, text: null });
}

/** Every saved version of a template, newest first. */
export async function templateHistory(deps: Deps, input: { actor: Actor; name: TemplateName; language: Language }) {
  assertCanReadTemplates(input.actor);
  return deps.db
    .selectFrom("notificationTemplateVersions as v")
    .leftJoin("users as u", "u.id", "v.createdBy")
    .select(["v.version", "v.subject", "v.body", "v.sms", "v.createdAt", "u.id as createdById", "u.name as createdByName"])
    .where("v.name", "=", input.name).where("v.language", "=", input.language)
    .orderBy("v.version", "desc")
    .execute();
}
