import type { Actor } from "../auth/index.js";
import type { OpenCaseInput } from "../cases/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { addAttachments } from "./add-attachments.js";
import { assertCanFileFax } from "./attachment.policy.js";
import { isFaxImage, sniffType } from "./content-type.js";
import { openCaseWithAttachments } from "./open-case-with-attachments.js";
import type { IncomingFile } from "./save-attachments.js";

export type ReceiveFaxInput = {
  actor: Actor;
  file: IncomingFile;
  /** an existing case (id or number) the fax belongs to … */
  caseId?: string;
  /** … or the case it opens (channel fax) */
  newCase?: Omit<OpenCaseInput, "actor" | "channel" | "attachments">;
  note?: string;
  visibility?: "public" | "internal";
  idempotencyKey?: string;
};

/**
 * Files a fax image (R1, channel fax) that a dispatcher scanned or received: it opens a new case
 * whose opening entry carries the image, or joins an existing case as a note. Only PDF and TIFF
 * are fax images, by their bytes.
 */
export async function receiveFax(deps: Deps, input: ReceiveFaxInput) {
  assertCanFileFax(input.actor);
  if (!isFaxImage(await sniffType("bytes" in input.file ? input.file.bytes : input.file.spooled))) {
    throw new AppError("validation_failed", {}, [{ path: "body.file", code: "not_a_fax_image" }]);
  }
  if (input.caseId) {
    const added = await addAttachments(deps, {
      actor: input.actor, caseId: input.caseId, body: input.note, visibility: input.visibility ?? "public", files: [input.file], channel: "fax",
    });
    return { kind: "added" as const, ...added };
  }
  if (!input.newCase) throw new AppError("validation_failed", {}, [{ path: "body.case", code: "required" }]);
  const opened = await openCaseWithAttachments(deps, { ...input.newCase, actor: input.actor, channel: "fax", idempotencyKey: input.idempotencyKey, files: [input.file] });
  return { kind: "opened" as const, ...opened };
}
