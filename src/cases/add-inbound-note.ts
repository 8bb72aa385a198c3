import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { recordEntry } from "./case-change.js";
import { lockCase } from "./cases.repository.js";
import { indexNote } from "./search-index.js";

/**
 * A public note that arrived from outside (an e-mail or a fax), in the caller's transaction. It is
 * always the customer side speaking: no actor, never an engineer's update or response, whoever
 * the From: header claims to be. `data` says where it came from (sender, Message-ID, HTML,
 * attachments); `body` is the text that is shown and searched.
 */
export async function addInboundNote(deps: Deps, tx: Db, input: { caseId: string; body: string; at: Date; data: Record<string, unknown> }) {
  if (!(await lockCase(tx, input.caseId))) throw notFound("case");
  const entry = await recordEntry(deps, tx, {
    caseId: input.caseId,
    kind: "note.added",
    visibility: "public",
    actorId: null,
    at: input.at,
    data: { ...input.data, body: input.body },
  });
  await indexNote(tx, input.caseId, input.body, "public");
  return entry;
}
