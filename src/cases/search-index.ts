import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { compiledByShape } from "../db/statement-shapes.js";
import type { CallerSnapshot } from "../db/schema.js";
import { INTERNAL_WEIGHT, toTsvectorLiteral } from "./search-text.js";

/** The text of a case that customers may search too: its own fields, vendor and caller (public words, weight D). */
export const caseText = (c: { subject: string; description: string; number?: string; vendor: string; caller: CallerSnapshot }) =>
  toTsvectorLiteral(c.number, c.subject, c.description, c.vendor, c.caller.name, c.caller.company);

/**
 * Takes the case's row lock and adds a note's words to its search vector in the same statement;
 * returns the case's facts for the note's events, or undefined when there is no such case.
 */
export async function lockCaseAddingNote(tx: Db, caseId: string, body: string, visibility: "public" | "internal") {
  return addingNoteWords(tx, caseId, toTsvectorLiteral(body), visibility)
    .returning(["id", "number", "customerId", "contractId", "faultLevel", "priority"])
    .executeTakeFirst();
}

/** The same update as a statement of a script (src/db/script.ts): it takes the row lock until the script ends. */
export function addNoteWordsStatement(db: Db, caseId: string, body: string, visibility: "public" | "internal") {
  const vector = toTsvectorLiteral(body);
  return compiledByShape(`note-words|${vector ? visibility : "none"}`, vector ? [caseId, vector] : [caseId], ([id, words]) =>
    addingNoteWords(db, id as string, (words ?? null) as string | null, visibility),
  );
}

/**
 * The update that adds a note's words, an internal note's at INTERNAL_WEIGHT; with no words it
 * still writes the row (and so takes its lock).
 */
function addingNoteWords(db: Db, caseId: string, vector: string | null, visibility: "public" | "internal") {
  return db
    .updateTable("cases")
    .set({ searchAll: vector ? sql<string>`search_all || ${weighted(vector, visibility)}` : sql<string>`search_all` })
    .where("id", "=", caseId);
}

const weighted = (literal: string, visibility: "public" | "internal") =>
  visibility === "public" ? sql<string>`${literal}::tsvector` : sql<string>`setweight(${literal}::tsvector, ${sql.lit(INTERNAL_WEIGHT)})`;

/** Adds a note's words to the case's search vector (an internal note's where customers do not search). */
export async function indexNote(tx: Db, caseId: string, body: string, visibility: "public" | "internal") {
  const vector = toTsvectorLiteral(body);
  if (!vector) return;
  await addingNoteWords(tx, caseId, vector, visibility).execute();
}

/**
 * Rebuilds the vector from the case's fields and every note in its log (latest correction of
 * each note wins). Runs inside the transaction that changed the text, under the case's row lock.
 */
export async function reindexCase(tx: Db, caseId: string) {
  const found = await tx.selectFrom("cases").select(["number", "subject", "description", "vendor", "caller"]).where("id", "=", caseId).executeTakeFirstOrThrow();
  const entries = await tx
    .selectFrom("caseActivities")
    .select(["id", "kind", "visibility", "data", "correctsId"])
    .where("caseId", "=", caseId)
    .where("kind", "in", ["note.added", "entry.corrected"])
    .orderBy("seq")
    .execute();
  const notes = new Map<string, { body: string; visibility: "public" | "internal" }>();
  for (const entry of entries) {
    const body = String((entry.data as { body?: unknown }).body ?? "");
    const target = entry.kind === "entry.corrected" && entry.correctsId ? entry.correctsId : entry.id;
    if (entry.kind === "entry.corrected" && !notes.has(target)) continue;
    notes.set(target, { body, visibility: notes.get(target)?.visibility ?? entry.visibility });
  }
  const parts = [{ literal: caseText(found), visibility: "public" as const }, ...[...notes.values()].map((n) => ({ literal: toTsvectorLiteral(n.body), visibility: n.visibility }))]
    .filter((part) => part.literal);
  const vector = parts.length === 0 ? sql<string>`''::tsvector` : sql<string>`${sql.join(parts.map((part) => weighted(part.literal, part.visibility)), sql` || `)}`;
  await tx.updateTable("cases").set({ searchAll: vector }).where("id", "=", caseId).execute();
}
