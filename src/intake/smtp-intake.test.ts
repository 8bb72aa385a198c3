import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDF } from "../../test/files.js";
import { startSmtpPeer, type SmtpPeer } from "../../test/peers.js";
import { useWorld, type TestApp, type World } from "../../test/helpers.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";
import { startSmtpReceiver, type SmtpReceiver } from "./index.js";

/**
 * E-mail in over a real SMTP conversation: nodemailer sends into casedesk's receiver, the worker
 * turns the stored mail into cases and entries, acknowledgements leave through the outbox to a
 * real SMTP peer.
 */
const FROM = "casedesk <support@casedesk.test>";
let t: TestApp;
let world: World;
let receiver: SmtpReceiver;
let peer: SmtpPeer;
let transports: Transports;
let sender: Transporter;

useWorld((app, w) => {
  t = app;
  world = w;
}, { autoAckMaxPerHour: 2, faxGatewayAddresses: ["fax@gw.example.cn"], inboundMaxBytes: 300_000, smtpFrom: FROM });

beforeAll(async () => {
  receiver = await startSmtpReceiver(t.deps, { port: 0, host: "127.0.0.1" });
  peer = await startSmtpPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${peer.port}`, smtpFrom: FROM, smsGatewayUrl: undefined, smsGatewayToken: undefined });
  sender = nodemailer.createTransport({ host: "127.0.0.1", port: receiver.port, secure: false, ignoreTLS: true });
});

afterAll(async () => {
  sender?.close();
  transports?.email?.close();
  await receiver?.close();
  await peer?.close();
});

type Mail = SendMailOptions;
let counter = 0;
const uniqueId = () => `<t${++counter}.${Date.now()}@mail.example.cn>`;

/** Sends one mail into the receiver and runs the worker once. */
async function deliver(mail: Mail) {
  const info = await sender.sendMail({ to: "support@casedesk.test", messageId: uniqueId(), ...mail });
  await t.runJobs(transports);
  return info;
}

const inboundOf = (messageId: string) => t.deps.db.selectFrom("inboundMessages").selectAll().where("messageId", "=", messageId).executeTakeFirstOrThrow();
const caseOf = (id: string) => t.deps.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const entriesOf = (caseId: string) => t.deps.db.selectFrom("caseActivities").selectAll().where("caseId", "=", caseId).orderBy("seq").execute();
const acksTo = (address: string) => peer.messages.filter((m) => m.envelopeTo.includes(address) && /\[C\d{4}-\d{6}\]/.test(m.subject));

describe("e-mail in through the SMTP receiver", () => {
  let firstCase: { id: string; number: string };
  let ackMessageId: string;

  it("opens a case for a known contact's mail, keeps the mail as a customer-side note and acknowledges it with the case number", async () => {
    const info = await deliver({ from: "王建国 <wang@hbdl.example.cn>", subject: "核心存储告警", text: "DS8900F 控制器告警，请尽快处理。" });
    const inbound = await inboundOf(info.messageId);
    expect(inbound).toMatchObject({ status: "processed", outcome: "opened", channel: "email", source: "smtp", sender: "wang@hbdl.example.cn" });
    const opened = await caseOf(inbound.caseId!);
    expect(opened).toMatchObject({ channel: "email", subject: "核心存储告警", contactId: world.acmeContact.id, customerId: world.acme.id, status: "new" });
    expect(opened.description).toContain("控制器告警");
    const entries = await entriesOf(opened.id);
    const note = entries.find((e) => e.kind === "note.added")!;
    expect(note).toMatchObject({ visibility: "public", actorId: null });
    expect(note.data).toMatchObject({ via: "email", sender: "contact", messageId: info.messageId, body: "DS8900F 控制器告警，请尽快处理。" });
    const [ack] = acksTo("wang@hbdl.example.cn");
    expect(ack!.subject).toContain(`[${opened.number}]`);
    expect(ack!.header("in-reply-to")).toBe(info.messageId);
    expect(ack!.header("auto-submitted")).toBe("auto-generated");
    expect(ack!.messageId).toMatch(new RegExp(`^<cd\\.${opened.id.replaceAll("-", "")}\\.[0-9a-f]+\\.[0-9a-f]{24}@casedesk\\.test>$`));
    expect(inbound.acknowledgedAt).not.toBeNull();
    firstCase = opened;
    ackMessageId = ack!.messageId!;
  });

  it("threads a reply to the acknowledgement into its case as a public note, without a new case or another acknowledgement", async () => {
    const before = await t.deps.db.selectFrom("cases").select("id").execute();
    const info = await deliver({ from: "wang@hbdl.example.cn", subject: `Re: [${firstCase.number}] 已收到您的邮件`, text: "补充：日志已上传。", inReplyTo: ackMessageId, references: [ackMessageId] });
    const inbound = await inboundOf(info.messageId);
    expect(inbound).toMatchObject({ status: "processed", outcome: "threaded", caseId: firstCase.id, ackSkipped: "reply" });
    expect(await t.deps.db.selectFrom("cases").select("id").execute()).toHaveLength(before.length);
    const notes = (await entriesOf(firstCase.id)).filter((e) => e.kind === "note.added");
    expect(notes.at(-1)!.data).toMatchObject({ body: "补充：日志已上传。", threadedBy: "signed_reference", sender: "contact" });
    expect(acksTo("wang@hbdl.example.cn")).toHaveLength(1);
  });

  it("threads by the case number in the subject only when the sender belongs to that case's company", async () => {
    const own = await deliver({ from: "wang@hbdl.example.cn", subject: `关于 ${firstCase.number} 的补充`, text: "机房温度正常。" });
    expect(await inboundOf(own.messageId)).toMatchObject({ outcome: "threaded", caseId: firstCase.id });

    const stranger = await deliver({ from: "李娜 <lina@jnbank.example.cn>", subject: `Re: [${firstCase.number}] 我们也有问题`, text: "别的公司。" });
    const inbound = await inboundOf(stranger.messageId);
    expect(inbound.outcome).toBe("opened");
    expect(inbound.caseId).not.toBe(firstCase.id);
    const note = (await entriesOf(inbound.caseId!)).find((e) => e.kind === "note.added")!;
    expect(note.data).toMatchObject({ subjectNamesCase: firstCase.number, senderNotOfThatCase: true });
  });

  it("never takes a forged In-Reply-To naming a case, nor a forged engineer's From:, for an engineer's update", async () => {
    const hex = firstCase.id.replaceAll("-", "");
    const forgedRef = `<cd.${hex}.0123456789abcdef.000000000000000000000000@casedesk.test>`;
    const forged = await deliver({ from: "attacker@evil.example.com", subject: "hello", text: "take this", inReplyTo: forgedRef, references: [forgedRef] });
    const inbound = await inboundOf(forged.messageId);
    expect(inbound.caseId).not.toBe(firstCase.id);
    expect(inbound.outcome).toBe("opened");
    expect((await entriesOf(inbound.caseId!)).find((e) => e.kind === "note.added")!.data).toMatchObject({ forgedReference: true, sender: "unverified" });

    // an engineer's address, the case number and even a real signed reference: still the customer side only
    const engineer = await deliver({ from: "engineer@casedesk.test", subject: `Re: [${firstCase.number}] 已处理`, text: "已响应客户", inReplyTo: ackMessageId });
    const taken = await inboundOf(engineer.messageId);
    expect(taken).toMatchObject({ outcome: "threaded", caseId: firstCase.id });
    const entries = await entriesOf(firstCase.id);
    const last = entries.at(-1)!;
    expect(last).toMatchObject({ kind: "note.added", visibility: "public", actorId: null });
    expect(last.data).toMatchObject({ sender: "unverified", via: "email", claimsStaffAddress: true });
    expect(entries.some((e) => e.kind === "case.responded")).toBe(false);
    expect((await caseOf(firstCase.id)).respondedAt).toBeNull();
  });

  it("opens a case with an unverified caller for an unknown sender, which a dispatcher confirms as a new contact", async () => {
    const info = await deliver({ from: "赵工 <zhao@newcorp.example.cn>", subject: "服务器无法开机", text: "新客户报障。" });
    const inbound = await inboundOf(info.messageId);
    const opened = await caseOf(inbound.caseId!);
    expect(opened).toMatchObject({ contactId: null, customerId: null });
    expect(opened.caller).toMatchObject({ name: "赵工", email: "zhao@newcorp.example.cn" });
    const dispatcher = { authorization: `Bearer ${world.users.dispatcher.token}` };
    const list = await t.server.inject({ method: "GET", url: "/api/v1/intake/unverified-callers", headers: dispatcher });
    expect(list.json().items.map((i: { caseId: string }) => i.caseId)).toContain(opened.id);
    const engineerList = await t.server.inject({ method: "GET", url: "/api/v1/intake/unverified-callers", headers: { authorization: `Bearer ${world.users.engineer.token}` } });
    expect(engineerList.statusCode).toBe(403);

    const confirmed = await t.server.inject({
      method: "POST", url: `/api/v1/intake/unverified-callers/${opened.id}/confirm`, headers: dispatcher,
      payload: { newContact: { customerId: world.beta.id, name: "赵工" } },
    });
    expect(confirmed.statusCode).toBe(200);
    const linked = await caseOf(opened.id);
    expect(linked).toMatchObject({ customerId: world.beta.id });
    expect(linked.contactId).not.toBeNull();
    expect((await entriesOf(opened.id)).at(-1)).toMatchObject({ kind: "case.updated", data: expect.objectContaining({ reason: "caller_confirmed" }) });
    const again = await t.server.inject({ method: "POST", url: `/api/v1/intake/unverified-callers/${opened.id}/confirm`, headers: dispatcher, payload: { contactId: world.betaContact.id } });
    expect(again.statusCode).toBe(409);

    // the next mail from that address is recognised
    const next = await deliver({ from: "zhao@newcorp.example.cn", subject: "另一台服务器", text: "又一个问题。" });
    expect(await caseOf((await inboundOf(next.messageId)).caseId!)).toMatchObject({ customerId: world.beta.id, contactId: linked.contactId });
  });

  it("acknowledges no automatic mail: Auto-Submitted, Precedence bulk, lists, the null sender", async () => {
    const cases: [Mail, string][] = [
      [{ from: "ooo@auto.example.cn", headers: { "Auto-Submitted": "auto-replied" } }, "auto_submitted"],
      [{ from: "news@bulk.example.cn", headers: { Precedence: "bulk" } }, "precedence"],
      [{ from: "list@lists.example.cn", headers: { "List-Id": "<ops.lists.example.cn>" } }, "mailing_list"],
      [{ from: "nobody@null.example.cn", envelope: { from: "", to: "support@casedesk.test" } }, "null_sender"],
    ];
    for (const [mail, reason] of cases) {
      const info = await deliver({ subject: "自动邮件", text: "auto", ...mail });
      const inbound = await inboundOf(info.messageId);
      expect(inbound, reason).toMatchObject({ status: "processed", outcome: "opened", ackSkipped: reason, acknowledgedAt: null });
      expect(acksTo(String(mail.from))).toHaveLength(0);
    }
  });

  it("acknowledges at most AUTOACK_MAX_PER_HOUR mails per sender per hour", async () => {
    const from = "busy@flood.example.cn";
    const skipped: (string | null)[] = [];
    for (let i = 0; i < 4; i++) skipped.push((await inboundOf((await deliver({ from, subject: `问题 ${i}`, text: "x" })).messageId)).ackSkipped);
    expect(skipped).toEqual([null, null, "rate_limited", "rate_limited"]);
    expect(acksTo(from)).toHaveLength(2);
    t.clock.advance(61 * 60_000);
    await deliver({ from, subject: "一小时后", text: "y" });
    expect(acksTo(from)).toHaveLength(3);
  });

  it("takes a message delivered twice once", async () => {
    const messageId = "<twice.1@mail.example.cn>";
    await deliver({ from: "wang@hbdl.example.cn", subject: "重复投递", text: "once", messageId });
    await deliver({ from: "wang@hbdl.example.cn", subject: "重复投递", text: "once", messageId });
    const rows = await t.deps.db.selectFrom("inboundMessages").select(["id", "caseId"]).where("messageId", "=", messageId).execute();
    expect(rows).toHaveLength(1);
    expect(await t.deps.db.selectFrom("cases").select("id").where("subject", "=", "重复投递").execute()).toHaveLength(1);
  });

  it("refuses an oversized message in the SMTP conversation with a clear reason", async () => {
    await expect(sender.sendMail({ from: "big@example.cn", to: "support@casedesk.test", subject: "big", text: "x".repeat(400_000) })).rejects.toThrow(/552|too large/);
    // and the receiver goes on taking mail
    const info = await deliver({ from: "wang@hbdl.example.cn", subject: "之后的邮件", text: "still here" });
    expect((await inboundOf(info.messageId)).status).toBe("processed");
  });

  it("opens a fax case from the fax gateway's mail, caller found by the fax number, the image kept, no acknowledgement", async () => {
    const pdf = PDF;
    const info = await deliver({
      from: "fax@gw.example.cn", subject: "Fax from 010-66112233", text: "1 page",
      attachments: [{ filename: "fax-0001.pdf", content: pdf, contentType: "application/pdf" }],
    });
    const inbound = await inboundOf(info.messageId);
    expect(inbound).toMatchObject({ status: "processed", outcome: "opened", channel: "fax", ackSkipped: "fax" });
    expect(inbound.attachments).toEqual([expect.objectContaining({ filename: "fax-0001.pdf", sizeBytes: pdf.length, sniffedType: "application/pdf" })]);
    expect(await caseOf(inbound.caseId!)).toMatchObject({ channel: "fax", contactId: world.acmeContact.id });
    const stored = await t.deps.db.selectFrom("caseAttachments").selectAll().where("caseId", "=", inbound.caseId!).execute();
    expect(stored).toEqual([expect.objectContaining({ filename: "fax-0001.pdf", sniffedType: "application/pdf", visibility: "public", uploadedBy: null })]);
    const note = (await entriesOf(inbound.caseId!)).find((e) => e.kind === "note.added")!;
    expect(note.id).toBe(stored[0]!.activityId);
    expect(note.data).toMatchObject({ via: "fax", attachments: [expect.objectContaining({ id: stored[0]!.id, contentType: "application/pdf" })] });
    expect(acksTo("fax@gw.example.cn")).toHaveLength(0);
  });

  it("rejects casedesk's own mail echoed back", async () => {
    const info = await deliver({ from: FROM, subject: `[${firstCase.number}] echo`, text: "loop" });
    expect(await inboundOf(info.messageId)).toMatchObject({ status: "rejected", reason: "own_mail", caseId: null });
    const echoed = await deliver({ from: "relay@example.cn", subject: "echo", text: "loop", messageId: ackMessageId });
    expect(await inboundOf(echoed.messageId)).toMatchObject({ status: "rejected", reason: "own_mail" });
  });
});
