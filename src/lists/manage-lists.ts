import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { activeCodes, findEntry, insertEntry, listEntries, updateEntry, type ListEntry, type ListKind } from "./lists.repository.js";

/** Every signed-in user reads the lists (the customer's new-case form offers them); only admins keep them. */
function assertCanKeep(actor: Actor, kind: ListKind): void {
  if (actor.kind === "system" || actor.role === "admin") return;
  throw forbidden(`${kind}.manage`);
}

/** A managed list, active entries first. */
export function readList(deps: Deps, kind: ListKind): Promise<ListEntry[]> {
  return listEntries(deps.db, kind);
}

/** Adds an entry; a code already in the list is a 409 naming `code`. */
export async function addListEntry(
  deps: Deps, input: { actor: Actor; kind: ListKind; code: string; nameZh: string; nameEn: string; isActive?: boolean },
): Promise<ListEntry> {
  assertCanKeep(input.actor, input.kind);
  const added = await insertEntry(deps.db, input.kind, { code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, isActive: input.isActive ?? true, at: deps.clock.now() });
  if (!added) throw new AppError("duplicate", { field: "code" });
  return added;
}

/** Renames or (de)activates an entry; the code never changes, so cases keep pointing at it. A stale version is a 409. */
export async function changeListEntry(
  deps: Deps,
  input: { actor: Actor; kind: ListKind; code: string; expectedVersion?: number; nameZh?: string; nameEn?: string; isActive?: boolean },
): Promise<ListEntry> {
  assertCanKeep(input.actor, input.kind);
  const found = await findEntry(deps.db, input.kind, input.code);
  if (!found) throw notFound(input.kind === "vendors" ? "vendor" : "case_type");
  const updated = await updateEntry(deps.db, input.kind, found.code, input.expectedVersion ?? found.version, {
    nameZh: input.nameZh, nameEn: input.nameEn, isActive: input.isActive, at: deps.clock.now(),
  });
  if (!updated) throw new AppError("version_conflict");
  return updated;
}

/**
 * Refuses a case's vendor or case type that is not an active code of its list: 422 naming the
 * field (`body.vendor`, `body.caseType`). One query, however many codes are checked.
 */
export async function assertKnownCodes(deps: Pick<Deps, "db">, codes: { vendor?: string; caseType?: string }): Promise<void> {
  if (codes.vendor === undefined && codes.caseType === undefined) return;
  throwUnknownCodes(await activeCodes(deps.db, codes));
}

/** The 422 for the codes `activeCodes` (or `activeCodeChecks` folded into another query) found inactive or unknown. */
export function throwUnknownCodes(active: { vendor: boolean | null; caseType: boolean | null }): void {
  const errors = [
    ...(active.vendor === false ? [{ path: "body.vendor", code: "unknown_code" }] : []),
    ...(active.caseType === false ? [{ path: "body.caseType", code: "unknown_code" }] : []),
  ];
  if (errors.length > 0) throw new AppError("validation_failed", {}, errors);
}

/** Code → name in a language, for exports and notifications (inactive entries keep their names). */
export async function listNames(deps: Pick<Deps, "db">, kind: ListKind, language: "zh-CN" | "en"): Promise<Map<string, string>> {
  const rows = await listEntries(deps.db, kind);
  return new Map(rows.map((row) => [row.code, language === "en" ? row.nameEn : row.nameZh]));
}

/** An entry's names in both languages, for a message each recipient reads in its own; an unknown code is its own name. */
export async function localizedName(deps: Pick<Deps, "db">, kind: ListKind, code: string): Promise<{ "zh-CN": string; en: string }> {
  const entry = await findEntry(deps.db, kind, code);
  return { "zh-CN": entry?.nameZh ?? code, en: entry?.nameEn ?? code };
}
