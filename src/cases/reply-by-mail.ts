import type { Language } from "../db/schema.js";
import { notificationStatements } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { findReplyContext, type ReplyContext } from "./customer-mail.repository.js";

type NoteFile = { sha256?: unknown; filename?: unknown; contentType?: unknown };

/**
 * Replies by e-mail: a public note a staff member writes goes to the case's caller through the
 * outbox, in the note's transaction, unless the writer said not to (`notifyCustomer: false`). It
 * answers the customer's last e-mail (In-Reply-To, References with the thread so far), carries a
 * signed Message-ID (given at delivery) and the case number in its subject, so that the
 * customer's answer lands on the same case; the note's files go along, the CC contacts get a copy.
 */
export function subscribeRepliesByMail(deps: Deps): void {
  // a writer: a note can send its e-mail with the entry, in one script
  deps.events.subscribeWriter("note.added", async (event, read) => {
    if (event.visibility !== "public" || !event.actorId || event.data.notifyCustomer === false) return [];
    // a caller the case knows no address of gets no mail: nothing to read
    if (event.case?.callerEmail !== undefined && !event.case.callerEmail?.trim()) return [];
    const found = await findReplyContext(read, event.caseId, event.actorId);
    const to = found?.callerEmail?.trim().toLowerCase();
    if (!found?.writerRole || found.writerRole === "customer" || !to) return [];
    const thread = found.thread;
    const cc = found.cc.flatMap((email) => (email && email.toLowerCase() !== to ? [email.toLowerCase()] : []));
    const files = (Array.isArray(event.data.attachments) ? (event.data.attachments as NoteFile[]) : []).flatMap((file) =>
      typeof file.sha256 === "string" && typeof file.filename === "string"
        ? [{ sha256: file.sha256, filename: file.filename, contentType: typeof file.contentType === "string" ? file.contentType : "application/octet-stream" }]
        : [],
    );
    return notificationStatements(read, {
      key: `case:${found.id}:reply:${String(event.data.entryId)}`,
      recipients: [{ email: to, language: languageOf(found) }],
      channels: ["email"],
      template: "case.reply",
      params: { caseNumber: found.number, subject: found.subject, body: String(event.data.body ?? ""), engineerName: found.writerName ?? "" },
      caseId: found.id,
      mail: {
        ...(thread.length ? { inReplyTo: thread.at(-1)!, references: thread } : {}),
        ...(cc.length ? { cc } : {}),
        ...(files.length ? { attachments: files } : {}),
      },
      now: deps.clock.now(),
    });
  });
}

const HAN = /[\u3400-\u9fff]/;

/**
 * The caller's language: their portal account's setting when they have one, else the script of
 * what they wrote last (their e-mail, or the case as opened), else Chinese.
 */
function languageOf(found: ReplyContext): Language {
  if (found.accountRole === "customer" && found.accountLanguage) return found.accountLanguage;
  const written = found.lastMailText ?? `${found.subject}${found.description}`;
  return HAN.test(written.slice(0, 2000)) || written.trim() === "" ? "zh-CN" : "en";
}
