import type { Db } from "../db/database.js";
import type { InboundAttachmentInfo } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { cleanLine } from "./inbound-mail.js";
import { updateInbound } from "./inbound.repository.js";
import type { MailFile } from "./parse-mail.js";

/** A file name as a label: no path, no control or direction characters, at most 255 characters. */
export function fileLabel(name: string | null): string {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  const cleaned = cleanLine(base.replace(/^\.+/, ""), 255);
  return cleaned || "attachment";
}

/** Keeps what the message carried: each attachment's name, declared type, size and whether it was inline. */
export async function storeMailFiles(_deps: Deps, tx: Db, input: { caseId: string; activityId: string; inboundId: string; files: MailFile[] }): Promise<InboundAttachmentInfo[]> {
  const info = input.files.map((f) => ({
    filename: fileLabel(f.filename),
    declaredType: f.declaredType ? cleanLine(f.declaredType, 100) : null,
    sizeBytes: f.bytes.length,
    isInline: f.isInline,
  }));
  await updateInbound(tx, input.inboundId, { attachments: info });
  return info;
}
