import { simpleParser } from "mailparser";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDF } from "../../test/files.js";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { multipart } from "../../test/multipart.js";
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from "../../test/peers.js";
import { createContact } from "../customers/index.js";
import { startSmtpReceiver, type SmtpReceiver } from "../intake/index.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";
import { systemActor } from "../auth/index.js";

/**
 * Replies by e-mail over real SMTP both ways: a customer's mail opens a case (the receiver), the
 * engineer's public note leaves through the outbox to the SMTP peer, threaded, and the customer's
 * answer to it comes back into the same case and tells the engineer.
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
}, { smtpFrom: FROM, publicUrl: "https://kf.example.cn" });

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

let counter = 0;
const uniqueId = () => `<r${++counter}.${Date.now()}@mail.example.cn>`;

/** A customer's mail into the receiver; the worker takes it and sends what is due. */
async function mailIn(mail: SendMailOptions) {
  const info = await sender.sendMail({ to: "support@casedesk.test", messageId: uniqueId(), ...mail });
  await t.runJobs(transports);
  return info;
}

const inboundCase = async (messageId: string) =>
  (await t.deps.db.selectFrom("inboundMessages").select(["caseId", "outcome"]).where("messageId", "=", messageId).executeTakeFirstOrThrow());
const entriesOf = (caseId: string) => t.deps.db.selectFrom("caseActivities").selectAll().where("caseId", "=", caseId).orderBy("seq").execute();
const repliesTo = (address: string, number: string) => peer.messages.filter((m) => m.envelopeTo.includes(address) && m.subject.includes(`[${number}]`) && !/已收到|received/.test(m.subject));
const signedId = (caseId: string) => new RegExp(`^<cd\\.${caseId.replaceAll("-", "")}\\.[0-9a-f]+\\.[0-9a-f]{24}@casedesk\\.test>$`);

describe("replies by e-mail", () => {
  const engineer = () => as(t, world.users.engineer.token);
  let opened: { id: string; number: string };
  let customerMessageId: string;
  let reply: ReceivedMail;

  it("mails an engineer's public note to the caller, threaded under the customer's mail, in the customer's language", async () => {
    const info = await mailIn({ from: "王建国 <wang@hbdl.example.cn>", subject: "核心存储告警", text: "DS8900F 控制器告警，请尽快处理。" });
    customerMessageId = info.messageId;
    const { caseId } = await inboundCase(info.messageId);
    const found = await t.deps.db.selectFrom("cases").select(["id", "number"]).where("id", "=", caseId!).executeTakeFirstOrThrow();
    opened = found;
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id })).status).toBe(200);

    const note = await engineer().post(`/api/v1/cases/${opened.id}/notes`, { body: "您好，备用控制器已寄出，明天上午到货。", visibility: "public" });
    expect(note.status).toBe(201);
    await t.runJobs(transports);

    const [sent, ...more] = repliesTo("wang@hbdl.example.cn", opened.number);
    expect(more).toHaveLength(0);
    reply = sent!;
    expect(reply.subject).toBe(`回复：[${opened.number}] 核心存储告警`);
    expect(reply.messageId).toMatch(signedId(opened.id));
    expect(reply.header("in-reply-to")).toBe(customerMessageId);
    expect(reply.header("references")).toContain(customerMessageId);
    const parsed = await simpleParser(reply.raw);
    expect(parsed.text).toContain("备用控制器已寄出，明天上午到货。");
    expect(parsed.text).toContain("engineer");
    expect(parsed.text).toContain(`请保留主题中的工单号 [${opened.number}]`);
  });

  it("takes the customer's answer to the reply into the same case and tells the engineer: the bell's count, the e-mail", async () => {
    const before = (await engineer().get("/api/v1/notifications/unread-count")).body.count as number;
    t.clock.advance(60_000);
    const info = await mailIn({
      from: "王建国 <wang@hbdl.example.cn>", subject: `Re: ${reply.subject}`, text: "收到，明天上午有人在机房。",
      inReplyTo: reply.messageId, references: [customerMessageId, reply.messageId!],
    });
    expect(await inboundCase(info.messageId)).toEqual({ caseId: opened.id, outcome: "threaded" });
    const answer = (await entriesOf(opened.id)).at(-1)!;
    expect(answer).toMatchObject({ kind: "note.added", actorId: null, data: { threadedBy: "signed_reference", body: "收到，明天上午有人在机房。" } });

    const count = await engineer().get("/api/v1/notifications/unread-count");
    expect(count.body).toEqual({ count: before + 1, isCapped: false });
    const [newest] = (await engineer().get("/api/v1/notifications?unread=true")).body.items;
    expect(newest).toMatchObject({ template: "case.customer_wrote", caseId: opened.id });
    expect(newest.title).toContain(opened.number);
    expect(newest.body).toContain("收到，明天上午有人在机房。");
    const toEngineer = peer.messages.filter((m) => m.envelopeTo.includes("engineer@casedesk.test") && m.subject.includes("客户来信"));
    expect(toEngineer).toHaveLength(1);
    expect(toEngineer[0]!.text).toContain(`https://kf.example.cn/cases/${opened.number}`);

    expect((await engineer().post("/api/v1/notifications/read-all")).body.marked).toBeGreaterThanOrEqual(1);
    expect((await engineer().get("/api/v1/notifications/unread-count")).body.count).toBe(0);
  });

  it("answers the customer's latest mail: In-Reply-To is it, References the whole thread", async () => {
    const last = (await entriesOf(opened.id)).at(-1)!.data as { messageId: string };
    await engineer().post(`/api/v1/cases/${opened.id}/notes`, { body: "好的，工程师九点到。", visibility: "public" });
    await t.runJobs(transports);
    const second = repliesTo("wang@hbdl.example.cn", opened.number).at(-1)!;
    expect(second.header("in-reply-to")).toBe(last.messageId);
    expect(second.header("references")!.split(/\s+/)).toEqual([customerMessageId, last.messageId]);
    expect(second.messageId).not.toBe(reply.messageId);
  });

  it("sends nothing for an internal note, nor for a public one written with notifyCustomer: false (which the entry keeps)", async () => {
    const sentBefore = repliesTo("wang@hbdl.example.cn", opened.number).length;
    expect((await engineer().post(`/api/v1/cases/${opened.id}/notes`, { body: "内部：备件库存只剩一块", visibility: "internal" })).status).toBe(201);
    const quiet = await engineer().post(`/api/v1/cases/${opened.id}/notes`, { body: "已电话告知客户", visibility: "public", notifyCustomer: false });
    expect(quiet.status).toBe(201);
    await t.runJobs(transports);
    expect(repliesTo("wang@hbdl.example.cn", opened.number)).toHaveLength(sentBefore);
    expect((await entriesOf(opened.id)).at(-1)!.data).toMatchObject({ body: "已电话告知客户", notifyCustomer: false });
    const rows = await t.deps.db.selectFrom("notifications").select("key").where("caseId", "=", opened.id).where("template", "=", "case.reply").execute();
    expect(rows).toHaveLength(2);
  });

  it("sends the files chosen with the note along, read from the attachment store (the outbox row names them only)", async () => {
    const body = multipart([
      { name: "body", value: "附件是控制器日志的分析报告。" },
      { name: "visibility", value: "public" },
      { name: "file", filename: "分析报告.pdf", contentType: "application/pdf", data: PDF },
    ]);
    const upload = await t.server.inject({ method: "POST", url: `/api/v1/cases/${opened.id}/attachments`, headers: { authorization: `Bearer ${world.users.engineer.token}`, ...body.headers }, payload: body.payload });
    expect(upload.statusCode).toBe(201);
    const row = await t.deps.db.selectFrom("notifications").select(["mail", "params"]).where("caseId", "=", opened.id).where("template", "=", "case.reply").orderBy("createdAt", "desc").orderBy("key", "desc").executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(PDF.toString("base64").slice(0, 40));
    await t.runJobs(transports);
    const withFile = repliesTo("wang@hbdl.example.cn", opened.number).at(-1)!;
    const parsed = await simpleParser(withFile.raw);
    expect(parsed.text).toContain("附件是控制器日志的分析报告。");
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([["分析报告.pdf", "application/pdf"]]);
    expect(parsed.attachments[0]!.content.equals(PDF)).toBe(true);
  });

  it("copies the case's CC contacts; a contact of another company is 404", async () => {
    const colleague = await createContact(t.deps, { actor: systemActor, customerId: world.acme.id, name: "赵敏", email: "zhaomin@hbdl.example.cn" });
    const dispatcher = as(t, world.users.dispatcher.token);
    expect((await dispatcher.post(`/api/v1/cases/${opened.id}/cc`, { contactId: world.betaContact.id })).status).toBe(404);
    const added = await dispatcher.post(`/api/v1/cases/${opened.id}/cc`, { contactId: colleague.id });
    expect(added.status).toBe(200);
    expect(added.body.items).toEqual([expect.objectContaining({ contactId: colleague.id, name: "赵敏", email: "zhaomin@hbdl.example.cn" })]);
    expect((await as(t, world.users.customerA.token).get(`/api/v1/cases/${opened.id}/cc`)).status).toBe(403);

    await engineer().post(`/api/v1/cases/${opened.id}/notes`, { body: "明天上午九点到场。", visibility: "public" });
    await t.runJobs(transports);
    const copied = repliesTo("wang@hbdl.example.cn", opened.number).at(-1)!;
    expect(copied.envelopeTo.sort()).toEqual(["wang@hbdl.example.cn", "zhaomin@hbdl.example.cn"]);
    expect(copied.header("cc")).toContain("zhaomin@hbdl.example.cn");

    expect((await dispatcher.delete(`/api/v1/cases/${opened.id}/cc/${colleague.id}`)).status).toBe(204);
    expect((await dispatcher.get(`/api/v1/cases/${opened.id}/cc`)).body.items).toEqual([]);
    expect((await dispatcher.delete(`/api/v1/cases/${opened.id}/cc/${colleague.id}`)).status).toBe(404);

    // each change in the log, once (adding the same contact again writes nothing), hidden from the customer
    expect((await dispatcher.post(`/api/v1/cases/${opened.id}/cc`, { contactId: colleague.id })).status).toBe(200);
    expect((await dispatcher.post(`/api/v1/cases/${opened.id}/cc`, { contactId: colleague.id })).status).toBe(200);
    const log = (await dispatcher.get(`/api/v1/cases/${opened.id}/activities`)).body.items as Array<{ kind: string; visibility: string; actor: { id: string }; data: Record<string, unknown> }>;
    const ccEntries = log.filter((e) => e.kind.startsWith("cc."));
    expect(ccEntries.map((e) => e.kind)).toEqual(["cc.added", "cc.removed", "cc.added"]);
    expect(ccEntries[0]).toMatchObject({ visibility: "internal", actor: { id: world.users.dispatcher.id }, data: { contactId: colleague.id, name: "赵敏" } });
    const seenByCustomer = (await as(t, world.users.customerA.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items as Array<{ kind: string }>;
    expect(seenByCustomer.some((e) => e.kind.startsWith("cc."))).toBe(false);
  });

  it("writes to an English-writing caller in English", async () => {
    const info = await mailIn({ from: "Tom Baker <tom@globex.example.com>", subject: "Array degraded", text: "One disk of the array shows amber. Please help." });
    const { caseId } = await inboundCase(info.messageId);
    const found = await t.deps.db.selectFrom("cases").select(["id", "number"]).where("id", "=", caseId!).executeTakeFirstOrThrow();
    await as(t, world.users.manager.token).post(`/api/v1/cases/${found.id}/notes`, { body: "A replacement disk is on its way.", visibility: "public" });
    await t.runJobs(transports);
    const [english] = repliesTo("tom@globex.example.com", found.number);
    expect(english!.subject).toBe(`Re: [${found.number}] Array degraded`);
    expect(english!.header("in-reply-to")).toBe(info.messageId);
    const parsed = await simpleParser(english!.raw);
    expect(parsed.text).toMatch(/^Hello,/);
    expect(parsed.text).toContain("keeping the case number");
  });

  it("e-mails nobody when a customer writes in the portal, and sends nothing for a case whose caller has no address", async () => {
    const phoned = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ faultLevel: "S3" }));
    const before = peer.messages.length;
    await engineer().post(`/api/v1/cases/${phoned.body.id}/notes`, { body: "已远程检查。", visibility: "public" });
    await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/notes`, { body: "门禁已登记。" });
    await t.runJobs(transports);
    expect(peer.messages.slice(before).filter((m) => !m.envelopeTo.some((a) => a.endsWith("@casedesk.test")))).toEqual([]);
  });
});

describe("staff hear of what the customer does", () => {
  const inbox = async (token: string) => (await as(t, token).get("/api/v1/notifications?unread=true")).body.items as { template: string; caseId: string; body: string }[];
  const channelsOf = async (caseId: string, template: string) =>
    (await t.deps.db.selectFrom("notifications").select("channel").where("caseId", "=", caseId).where("template", "=", template).execute()).map((r) => r.channel).sort();

  it("a portal note reaches the assignee in the app and by e-mail; on an S1 case by SMS too", async () => {
    await t.deps.db.updateTable("users").set({ phone: "13900139000" }).where("id", "=", world.users.engineer2.id).execute();
    const created = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ contactId: world.acmeContact.id, caller: undefined }));
    expect(created.status).toBe(201);
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${created.body.id}/assign`, { assigneeId: world.users.engineer2.id });
    expect((await as(t, world.users.customerA.token).post(`/api/v1/cases/${created.body.id}/notes`, { body: "机房门禁已开通。" })).status).toBe(201);
    expect((await inbox(world.users.engineer2.token)).find((n) => n.template === "case.customer_wrote")).toMatchObject({ caseId: created.body.id });
    expect(await channelsOf(created.body.id, "case.customer_wrote")).toEqual(["email", "inapp", "sms"]);
    // staff writing tells nobody
    await as(t, world.users.engineer2.token).post(`/api/v1/cases/${created.body.id}/notes`, { body: "已安排。", visibility: "public", notifyCustomer: false });
    expect(await channelsOf(created.body.id, "case.customer_wrote")).toHaveLength(3);
  });

  it("a reopening by the customer and a low survey score reach the assignee", async () => {
    const staff = as(t, world.users.engineer2.token);
    const created = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ contactId: world.acmeContact.id, caller: undefined, faultLevel: "S3" }));
    const id = created.body.id as string;
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${id}/assign`, { assigneeId: world.users.engineer2.id });
    await staff.post(`/api/v1/cases/${id}/respond`, {});
    expect((await staff.post(`/api/v1/cases/${id}/resolve`, { resolution: "更换硬盘" })).status).toBe(200);
    expect((await as(t, world.users.customerA.token).post(`/api/v1/cases/${id}/reopen`, { reason: "换盘后仍然告警" })).status).toBe(200);
    const reopened = (await inbox(world.users.engineer2.token)).find((n) => n.template === "case.reopened_by_customer");
    expect(reopened).toMatchObject({ caseId: id });
    expect(reopened!.body).toContain("换盘后仍然告警");
    expect(await channelsOf(id, "case.reopened_by_customer")).toEqual(["email", "inapp"]);

    expect((await staff.post(`/api/v1/cases/${id}/resolve`, { resolution: "更换背板" })).status).toBe(200);
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${id}/close`, {})).status).toBe(200);
    const answer = await as(t, world.users.customerA.token).post(`/api/v1/cases/${id}/survey`, { responseSpeed: 2, professionalism: 3, resolution: 2, overall: 1, comment: "拖了三天" });
    expect(answer.status).toBe(201);
    const low = (await inbox(world.users.engineer2.token)).find((n) => n.template === "survey.low_score");
    expect(low).toMatchObject({ caseId: id });
    expect(low!.body).toContain("拖了三天");
  });

  it("a good survey score and a reopening by staff tell nobody", async () => {
    const created = await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ contactId: world.acmeContact.id, caller: undefined, faultLevel: "S3" }));
    const id = created.body.id as string;
    const staff = as(t, world.users.engineer2.token);
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${id}/assign`, { assigneeId: world.users.engineer2.id });
    await staff.post(`/api/v1/cases/${id}/respond`, {});
    await staff.post(`/api/v1/cases/${id}/resolve`, { resolution: "更换硬盘" });
    expect((await staff.post(`/api/v1/cases/${id}/reopen`, { reason: "复查" })).status).toBe(200);
    await staff.post(`/api/v1/cases/${id}/resolve`, { resolution: "复查完毕" });
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${id}/close`, {});
    await as(t, world.users.customerA.token).post(`/api/v1/cases/${id}/survey`, { responseSpeed: 5, professionalism: 5, resolution: 5, overall: 5 });
    const rows = await t.deps.db.selectFrom("notifications").select("template").where("caseId", "=", id).where("template", "in", ["case.reopened_by_customer", "survey.low_score"]).execute();
    expect(rows).toEqual([]);
  });
});
