import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type TestApp, useWorld, type World } from "../../test/helpers.js";
import { startSmtpPeer, type SmtpPeer } from "../../test/peers.js";
import { deliverDueNotifications, notify, TEMPLATE_NAMES, transportsFromConfig, type Transports } from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

let smtp: SmtpPeer;
let transports: Transports;
beforeAll(async () => {
  smtp = await startSmtpPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: "casedesk <casedesk@localhost>", smsGatewayUrl: undefined, smsGatewayToken: undefined });
});
afterAll(async () => {
  transports.email?.close();
  await smtp?.close();
});

const URL = "/api/v1/notification-templates/case.assigned/zh-CN";
const edited = {
  subject: "【{{ faultLevel }}】{{ caseNumber }} 请立即处理 · {{ customerName | cut: 6 }}",
  body: "工单 {{ caseNumber }}：{{ subject }}\n{% if url %}处理入口：{{ url }}{% else %}请登录 casedesk 处理。{% endif %}",
  sms: "【华北服务中心】{{ caseNumber }} 已派给您",
};

const assign = (key: string, userId: string) =>
  t.deps.db.transaction().execute((tx) =>
    notify(tx, {
      key, recipients: [{ userId }], channels: ["email", "inapp"], template: "case.assigned", now: t.clock.now(),
      params: { caseNumber: `C2611-${key}`, subject: "存储阵列硬盘故障\r\nBcc: x@example.cn", faultLevel: "S1", customerName: "华北电力信息中心" },
    }));

describe("/notification-templates", () => {
  it("lists every template in both languages, built-in until edited, for admins and managers only", async () => {
    const list = await as(t, world.users.manager.token).get("/api/v1/notification-templates");
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(TEMPLATE_NAMES.length * 2);
    const assigned = list.body.items.find((i: { name: string; language: string }) => i.name === "case.assigned" && i.language === "zh-CN");
    expect(assigned).toMatchObject({ customised: false, version: 0, updatedBy: null, audience: "staff", channels: ["email", "sms", "inapp"] });
    expect(assigned.placeholders).toEqual(["caseNumber", "subject", "faultLevel", "customerName", "url"]);
    expect(assigned.subject).toContain("{{ caseNumber }}");
    expect((await as(t, world.users.engineer.token).get("/api/v1/notification-templates")).status).toBe(403);
    expect((await as(t, world.users.customerA.token).get(URL)).status).toBe(403);
    expect((await as(t, world.users.manager.token).put(URL, edited, { "if-match": '"0"' })).status).toBe(403);
    expect((await as(t, world.users.admin.token).get("/api/v1/notification-templates/case.nope/zh-CN")).status).toBe(422);
  });

  it("refuses a text with an unknown placeholder or broken Liquid beside the field, in the caller's language, and changes nothing", async () => {
    const admin = as(t, world.users.admin.token);
    const unknown = await admin.put(URL, { ...edited, subject: "{{ caseNumber }} {{ nope }}" }, { "if-match": '"0"' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: "body.subject", code: "unknown_placeholder", message: "此模板没有这些占位符: nope" })]);

    const broken = await admin.put(URL, { ...edited, body: "第一行\n{% if url %}没有结束" }, { "if-match": '"0"', "accept-language": "en" });
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0]).toMatchObject({ path: "body.body", code: "template_syntax" });
    expect(broken.body.errors[0].message).toMatch(/^is not a valid template \(line 2\): /);

    // no file is reachable, and no loop runs for ever
    const include = await admin.post(`${URL}/preview`, { ...edited, body: "{% include 'package.json' %}" });
    expect(include.body.errors[0]).toMatchObject({ path: "body.body", code: "template_syntax" });
    const loop = await admin.post(`${URL}/preview`, { ...edited, body: "{% for i in (1..100000000) %}{{ caseNumber }}{% endfor %}" });
    expect(loop.body.errors[0]).toMatchObject({ path: "body.body", code: "template_syntax" });
    expect((await admin.put(URL, { ...edited, sms: "" }, { "if-match": '"0"' })).body.errors[0]).toMatchObject({ path: "body.sms", code: "too_small" });

    expect((await admin.get(URL)).body).toMatchObject({ customised: false, version: 0 });
  });

  it("previews a text with sample values", async () => {
    const preview = await as(t, world.users.manager.token).post(`${URL}/preview`, edited);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      subject: "【S1】C2611-000042 请立即处理 · 华北电力信…",
      body: "工单 C2611-000042：存储阵列硬盘故障，业务系统宕机\n处理入口：https://casedesk.example.cn/cases/C2611-000042",
      sms: "【华北服务中心】C2611-000042 已派给您",
      smsLength: 25,
    });
  });

  it("sends the administrator's text from the next delivery on (waiting messages too), keeps every version, and restores the default", async () => {
    const admin = as(t, world.users.admin.token);
    await assign("900001", world.users.engineer.id);

    const saved = await admin.put(URL, edited, { "if-match": '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.body).toMatchObject({ customised: true, version: 1, updatedBy: { id: world.users.admin.id }, subject: edited.subject });
    expect(saved.body.defaults.subject).toContain("【请立即处理】");
    // someone who read version 0 cannot overwrite it
    expect((await admin.put(URL, { ...edited, sms: "旧版本" }, { "if-match": '"0"' })).status).toBe(409);

    await deliverDueNotifications(t.deps, transports, { random: () => 1 });
    const mail = smtp.messages.find((m) => m.subject.includes("C2611-900001"))!;
    expect(mail.subject).toBe("【S1】C2611-900001 请立即处理 · 华北电力信…");
    expect(mail.text).toContain("工单 C2611-900001：存储阵列硬盘故障 Bcc: x@example.cn\n请登录 casedesk 处理。");
    expect(mail.header("bcc")).toBeUndefined();
    const inbox = await as(t, world.users.engineer.token).get("/api/v1/notifications");
    expect(inbox.body.items[0]).toMatchObject({ title: "【S1】C2611-900001 请立即处理 · 华北电力信…", body: "【华北服务中心】C2611-900001 已派给您" });

    const restored = await admin.delete(URL, { "if-match": '"1"' });
    expect(restored.body).toMatchObject({ customised: false, version: 2 });
    expect(restored.body.subject).toBe(restored.body.defaults.subject);
    await assign("900002", world.users.engineer.id);
    await deliverDueNotifications(t.deps, transports, { random: () => 1 });
    expect(smtp.messages.find((m) => m.subject.includes("C2611-900002"))!.subject).toMatch(/^【请立即处理】S1 工单 C2611-900002 已分派给您/);

    const versions = await admin.get(`${URL}/versions`);
    expect(versions.body.items.map((v: { version: number; subject: string | null }) => [v.version, v.subject])).toEqual([[2, null], [1, edited.subject]]);
    // the English text was never touched
    expect((await admin.get("/api/v1/notification-templates/case.assigned/en")).body).toMatchObject({ customised: false, version: 0 });
  });
});

describe("one-time links in the outbox", () => {
  it("are hidden from the outbox's readers and dropped from an e-mail's row once it is sent", async () => {
    const link = "https://casedesk.example.cn/c/one-time-secret-token";
    await t.deps.db.transaction().execute((tx) =>
      notify(tx, {
        key: "confirm-900003", recipients: [{ email: "wang@hbdl.example.cn" }], channels: ["email"], template: "case.resolved_confirm", now: t.clock.now(),
        params: { caseNumber: "C2611-900003", subject: "硬盘故障", confirmUrl: link, autoCloseDays: 7 },
      }));
    const pending = await as(t, world.users.admin.token).get("/api/v1/admin/outbox?status=pending");
    const row = pending.body.items.find((item: { key: string }) => item.key.startsWith("confirm-900003"));
    expect(row.params).toMatchObject({ caseNumber: "C2611-900003", confirmUrl: "[hidden]" });
    expect(JSON.stringify(pending.body)).not.toContain("one-time-secret-token");

    await deliverDueNotifications(t.deps, transports, { random: () => 1 });
    expect(smtp.messages.find((m) => m.subject.includes("C2611-900003"))!.text).toContain(link);
    const stored = await t.deps.db.selectFrom("notifications").select(["status", "params"]).where("key", "like", "confirm-900003%").executeTakeFirstOrThrow();
    expect(stored.status).toBe("sent");
    expect(stored.params).toEqual({ caseNumber: "C2611-900003", subject: "硬盘故障", autoCloseDays: 7 });
  });
});

