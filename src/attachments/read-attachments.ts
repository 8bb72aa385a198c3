import type { Readable } from "node:stream";
import type { Actor } from "../auth/index.js";
import { getCase, isCustomerActor } from "../cases/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { attachmentStoreFor } from "./attachment-store.js";
import { findAttachment, listCaseAttachmentRows } from "./attachments.repository.js";
import type { Attachment } from "./save-attachments.js";

/** A case's attachments, oldest first; customers see those of public entries only. */
export async function listCaseAttachments(deps: Deps, input: { actor: Actor; caseId: string; activityId?: string; limit: number; cursor?: string }) {
  const found = await getCase(deps, input);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after && typeof after.v !== "number") throw new AppError("validation_failed", {}, [{ path: "query.cursor", code: "invalid_cursor" }]);
  const rows = await listCaseAttachmentRows(deps.db, found.id, {
    publicOnly: isCustomerActor(input.actor),
    activityId: input.activityId,
    limit: input.limit,
    afterSeq: after ? Number(after.v) : undefined,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.seq, id: last.id }) : null };
}

/**
 * One attachment and its bytes, for whoever may read the entry it belongs to: staff, or a
 * customer of the case's company when the entry is public. Anything else is "not found",
 * exactly like an attachment that does not exist.
 */
export async function openAttachment(deps: Deps, input: { actor: Actor; attachmentId: string }): Promise<{ attachment: Attachment; content: Readable }> {
  const attachment = await findAttachment(deps.db, input.attachmentId);
  if (!attachment) throw notFound("attachment");
  try {
    await getCase(deps, { actor: input.actor, caseId: attachment.caseId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw notFound("attachment");
    throw error;
  }
  if (isCustomerActor(input.actor) && attachment.visibility !== "public") throw notFound("attachment");
  return { attachment, content: attachmentStoreFor(deps.config).stream(attachment.sha256) };
}
