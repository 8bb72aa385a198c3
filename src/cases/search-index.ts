import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { compiledByShape } from "../db/statement-shapes.js";
import type { CallerSnapshot } from "../db/schema.js";
import { toTsvectorLiteral } from "./search-text.js";

/** The text of a case that customers may search too: its own fields, vendor and caller. */
export const caseText = (c: { subject: string; description: string; number?: string; vendor: string; caller: CallerSnapshot }) =>
  toTsvectorLiteral(c.number, c.subject, c.description, c.vendor, c.caller.name, c.caller.company);

/**
 * Takes the case's row lock and adds a note's words to its search vectors in the same statement;
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

/** The update that adds a note's words; with no words it still writes the row (and so takes its lock). */
function addingNoteWords(db: Db, caseId: string, vector: string | null, visibility: "public" | "internal") {
  return db
    .updateTable("cases")
    .set({
      searchAll: vector ? sql<string>`search_all || ${vector}::tsvector` : sql<string>`search_all`,
      ...(vector && visibility === "public" ? { searchPublic: sql<string>`search_public || ${vector}::tsvector` } : {}),
    })
    .where("id", "=", caseId);
}

/** Adds a note's words to the case's search vectors (public notes to both, internal ones to staff's only). */
export async function indexNote(tx: Db, caseId: string, body: string, visibility: "public" | "internal") {
  const vector = toTsvectorLiteral(body);
  if (!vector) return;
  await addingNoteWords(tx, caseId, vector, visibility).execute();
}

/**
 * Rebuilds both vectors from the case's fields and every note in its log (latest correction of
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
  const notes = new Map<string, { body: string; visibility: string }>();
  for (const entry of entries) {
    const body = String((entry.data as { body?: unknown }).body ?? "");
    const target = entry.kind === "entry.corrected" && entry.correctsId ? entry.correctsId : entry.id;
    if (entry.kind === "entry.corrected" && !notes.has(target)) continue;
    notes.set(target, { body, visibility: notes.get(target)?.visibility ?? entry.visibility });
  }
  const own = caseText(found);
  const publicNotes = [...notes.values()].filter((n) => n.visibility === "public").map((n) => n.body);
  const allNotes = [...notes.values()].map((n) => n.body);
  const withNotes = (bodies: string[]) => [own, ...bodies.map((b) => toTsvectorLiteral(b))].filter(Boolean);
  const concat = (literals: string[]) =>
    literals.length === 0 ? sql<string>`''::tsvector` : sql<string>`${sql.join(literals.map((l) => sql`${l}::tsvector`), sql` || `)}`;
  await tx
    .updateTable("cases")
    .set({ searchPublic: concat(withNotes(publicNotes)), searchAll: concat(withNotes(allNotes)) })
    .where("id", "=", caseId)
    .execute();
}
