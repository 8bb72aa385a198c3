import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { recordEntry } from "./case-change.js";
import type { ActivityKind, Visibility } from "./case-events.js";
import { lockCase } from "./cases.repository.js";

/**
 * Lets casedesk itself write to a case's log (service-level reminders, breaches, automatic
 * steps) inside the caller's transaction, under the case's row lock like every other append.
 */
export async function appendSystemEntry(
  deps: Deps,
  tx: Db,
  entry: { caseId: string; kind: ActivityKind; visibility?: Visibility; data: Record<string, unknown>; at: Date; actorId?: string | null },
) {
  const locked = await lockCase(tx, entry.caseId);
  if (!locked) throw notFound("case");
  return recordEntry(deps, tx, { caseId: entry.caseId, kind: entry.kind, visibility: entry.visibility ?? "internal", actorId: entry.actorId ?? null, at: entry.at, data: entry.data }, { caseFacts: locked });
}
