import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, type TestApp, useWorld, type World } from "../../test/helpers.js";
import { createUser, systemActor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import {
  deliverDueNotifications, httpSmsGateway, messageIdOf, notificationsTotal, notify, smtpTransport, transportsFromConfig, type NotifyInput,
  type SmsProvider, type TemplateName, type Transports,
} from "./index.js";
import { freePort, startHangingPeer, startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "../../test/peers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

let smtp: SmtpPeer;
let gateway: SmsGatewayPeer;
let transports: Transports;
let zh: { id: string; email: string };
let en: { id: string; email: string };

const FROM = "casedesk <casedesk@localhost>";
const ceiling = () => 1; // the backoff's ceiling instead of a random point below it

beforeAll(async () => {
  smtp = await startSmtpPeer({ refuse: ["gone@example.cn"] });
  gateway = await startSmsGatewayPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: FROM, smsGatewayUrl: gateway.url, smsGatewayToken: "gateway-secret" });
  zh = await createUser(t.deps, { actor: systemActor, email: "zhang.wei@casedesk.test", name: "张伟", role: "engineer", phone: "138 0013 8001", language: "zh-CN" });
  en = await createUser(t.deps, { actor: systemActor, email: "john.smith@casedesk.test", name: "John Smith", role: "engineer", phone: "+44 7700 900123", language: "en" });
});

afterAll(async () => {
  transports.email?.close();
  await smtp?.close();
  await gateway?.close();
});

const assigned = (key: string, overrides: Partial<NotifyInput<"case.assigned">> = {}): NotifyInput<"case.assigned"> => ({
  key,
  recipients: [{ userId: zh.id }],
  channels: ["email"],
  template: "case.assigned",
  params: { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", faultLevel: "S1", customerName: "华北电力信息中心", url: "https://casedesk.example.cn/cases/C2611-000042" },
  now: t.clock.now(),
  ...overrides,
});

const write = <T extends TemplateName>(input: NotifyInput<T>) => t.deps.db.transaction().execute((tx) => notify(tx, input));
const rowsOf = (prefix: string) =>
  t.deps.db.selectFrom("notifications").selectAll().where("key", "like", `${prefix}%`).orderBy("key").execute();
const mailsOf = (prefix: string) => smtp.messages.filter((m) => m.messageId?.startsWith(messageIdOf(prefix).slice(0, -"@casedesk>".length)));
const deliver = (deps: Deps = t.deps, via: Transports = transports) => deliverDueNotifications(deps, via, { random: ceiling });

describe(notify.name, () => {
  it("writes nothing that outlives a rolled-back transaction, so it is never sent", async () => {
    await expect(
      t.deps.db.transaction().execute(async (tx) => {
        expect(await notify(tx, assigned("n1:rolled-back", { channels: ["email", "sms", "inapp"] }))).toBe(3);
        throw new Error("the case change failed");
      }),
    ).rejects.toThrow("the case change failed");
    expect(await rowsOf("n1:")).toHaveLength(0);
    await deliver();
    expect(mailsOf("n1:")).toHaveLength(0);
    expect(gateway.requests.filter((r) => r.body.idempotencyKey.startsWith("n1:"))).toHaveLength(0);
  });

  it("keeps one row per recipient and channel when the same event is notified twice", async () => {
    const input = assigned("n2:twice", { recipients: [{ userId: zh.id }, { userId: zh.id }, { email: "Wang@HBDL.example.cn" }], channels: ["email", "inapp"] });
    expect(await write(input)).toBe(3);
    expect(await write(input)).toBe(0);
    expect((await rowsOf("n2:")).map((r) => [r.channel, r.toAddress])).toEqual(expect.arrayContaining([
      ["email", "zhang.wei@casedesk.test"], ["inapp", null], ["email", "wang@hbdl.example.cn"],
    ]));
    await deliver();
    expect(mailsOf("n2:")).toHaveLength(2);
  });

  it("skips channels without an address and records nothing for inactive users", async () => {
    await t.deps.db.updateTable("users").set({ isActive: false }).where("id", "=", world.users.engineer2.id).execute();
    // the seeded engineer has no phone: e-mail and in-app only
    const written = await write(assigned("n3:skips", {
      recipients: [{ userId: world.users.engineer.id }, { userId: world.users.engineer2.id }, { userId: "00000000-0000-4000-8000-000000000000" }, { phone: "not a number" }],
      channels: ["email", "sms", "inapp"],
    }));
    expect(written).toBe(2);
    expect((await rowsOf("n3:")).map((r) => r.channel).sort()).toEqual(["email", "inapp"]);
    await deliver();
  });
});

describe(deliverDueNotifications.name, () => {
  it("delivers each notification once, in the recipient's language, with Message-ID <key@casedesk>", async () => {
    const before = (await notificationsTotal.get()).values.find((v) => v.labels.channel === "email" && v.labels.outcome === "sent")?.value ?? 0;
    const written = await write(assigned("n4:assigned", {
      recipients: [{ userId: zh.id }, { userId: en.id }, { email: "contact@example.cn", phone: "021-6888 1234", language: "en" }],
      channels: ["email", "sms", "inapp"],
    }));
    expect(written).toBe(8); // two users × three channels, the contact's e-mail and SMS
    expect(await deliver()).toEqual({ sent: 6, retried: 0, dead: 0 });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: 0 });

    const mails = mailsOf("n4:");
    expect(mails).toHaveLength(3);
    const toZh = mails.find((m) => m.envelopeTo[0] === zh.email)!;
    expect(toZh.messageId).toBe(messageIdOf(`n4:assigned:email:${zh.id}`));
    expect(toZh.subject).toBe("【请立即处理】S1 工单 C2611-000042 已分派给您：存储阵列硬盘故障");
    expect(toZh.text).toContain("请立即处理");
    expect(toZh.text).toContain("https://casedesk.example.cn/cases/C2611-000042");
    expect(toZh.header("from")).toBe(FROM);
    const toEn = mails.find((m) => m.envelopeTo[0] === en.email)!;
    expect(toEn.messageId).toBe(messageIdOf(`n4:assigned:email:${en.id}`));
    expect(toEn.subject).toBe("[Act now] S1 case C2611-000042 assigned to you: 存储阵列硬盘故障");
    expect(mails.find((m) => m.envelopeTo[0] === "contact@example.cn")!.subject).toMatch(/^\[Act now\]/);

    const texts = gateway.requests.filter((r) => r.body.idempotencyKey.startsWith("n4:"));
    expect(texts.map((r) => r.body.to).sort()).toEqual(["+447700900123", "+8613800138001", "+862168881234"]);
    const zhText = texts.find((r) => r.body.to === "+8613800138001")!;
    expect(zhText.body).toEqual({ to: "+8613800138001", text: expect.stringContaining("请立即处理"), idempotencyKey: `n4:assigned:sms:${zh.id}` });
    expect([...zhText.body.text].length).toBeLessThanOrEqual(70);
    expect(zhText.headers.authorization).toBe("Bearer gateway-secret");
    expect(texts.find((r) => r.body.to === "+447700900123")!.body.text).toContain("Please act now");

    const rows = await rowsOf("n4:");
    expect(rows.every((r) => r.status === "sent" && r.sentAt !== null)).toBe(true);
    expect(rows.filter((r) => r.channel !== "inapp").every((r) => r.attempts === 1)).toBe(true);
    const after = (await notificationsTotal.get()).values.find((v) => v.labels.channel === "email" && v.labels.outcome === "sent")?.value;
    expect(after).toBe(before + 3);
  });

  it("retries while the mail server is down, with growing delays, then delivers everything once", async () => {
    const port = await freePort();
    const down: Transports = { email: smtpTransport({ url: `smtp://127.0.0.1:${port}`, from: FROM }) };
    await write(assigned("n5:down", { recipients: [{ userId: zh.id }, { userId: en.id }] }));
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await deliver(t.deps, down)).toEqual({ sent: 0, retried: 2, dead: 0 });
      const rows = await rowsOf("n5:");
      expect(rows.every((r) => r.status === "pending" && r.attempts === attempt && /ECONNREFUSED|ESOCKET|ECONNECTION/.test(r.lastError ?? ""))).toBe(true);
      const delay = rows[0]!.nextAttemptAt.getTime() - t.clock.now().getTime();
      delays.push(delay);
      t.clock.advance(delay - 1000);
      expect(await deliver(t.deps, down)).toEqual({ sent: 0, retried: 0, dead: 0 }); // not before its time
      t.clock.advance(1000);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);

    const revived = await startSmtpPeer({ port });
    try {
      expect(await deliver(t.deps, down)).toEqual({ sent: 2, retried: 0, dead: 0 });
      t.clock.advance(24 * 3600_000);
      expect(await deliver(t.deps, down)).toEqual({ sent: 0, retried: 0, dead: 0 });
      expect(revived.messages.map((m) => m.messageId).sort()).toEqual([messageIdOf(`n5:down:email:${en.id}`), messageIdOf(`n5:down:email:${zh.id}`)].sort());
      expect((await rowsOf("n5:")).map((r) => [r.status, r.attempts])).toEqual([["sent", 5], ["sent", 5]]);
    } finally {
      down.email?.close();
      await revived.close();
    }
  });

  it("dead-letters after NOTIFY_MAX_ATTEMPTS tries", async () => {
    const port = await freePort();
    const down: Transports = { email: smtpTransport({ url: `smtp://127.0.0.1:${port}`, from: FROM }) };
    const deps: Deps = { ...t.deps, config: { ...t.deps.config, notifyMaxAttempts: 3 } };
    await write(assigned("n6:hopeless"));
    expect(await deliver(deps, down)).toMatchObject({ retried: 1 });
    t.clock.advance(3600_000);
    expect(await deliver(deps, down)).toMatchObject({ retried: 1 });
    t.clock.advance(3600_000);
    expect(await deliver(deps, down)).toMatchObject({ retried: 0, dead: 1 });
    expect(await rowsOf("n6:")).toMatchObject([{ status: "dead", attempts: 3 }]);
    down.email?.close();
  });

  it("dead-letters at once an address the mail server refuses for good (550)", async () => {
    await write(assigned("n7:refused", { recipients: [{ email: "gone@example.cn" }] }));
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: 1 });
    const [row] = await rowsOf("n7:");
    expect(row).toMatchObject({ status: "dead", attempts: 1 });
    expect(row!.lastError).toContain("550");
  });

  it("retries while the SMS gateway answers 500 or 429, then delivers once", async () => {
    const answers = [500, 429];
    gateway.respond = (request) => (request.body.idempotencyKey.startsWith("n8:") ? answers.shift() ?? 200 : 200);
    await write({ key: "n8:reminder", recipients: [{ userId: zh.id }], channels: ["sms"], template: "sla.response_reminder", params: { caseNumber: "C2611-000042", minutesElapsed: 30, minutesLeft: 30 }, now: t.clock.now() });
    expect(await deliver()).toEqual({ sent: 0, retried: 1, dead: 0 });
    t.clock.advance(30_000);
    expect(await deliver()).toEqual({ sent: 0, retried: 1, dead: 0 });
    t.clock.advance(60_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, dead: 0 });
    const requests = gateway.requests.filter((r) => r.body.idempotencyKey.startsWith("n8:"));
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body.idempotencyKey)).size).toBe(1);
    expect(requests[0]!.body.text).toBe("【casedesk】工单C2611-000042已30分钟未回应客户，剩余30分钟，请立即回应。");
    gateway.respond = () => 200;
  });

  it("dead-letters at once what the SMS gateway refuses (400); an admin sees it and sends it again", async () => {
    gateway.respond = (request) => (request.body.idempotencyKey.startsWith("n9:") ? 400 : 200);
    await write({ key: "n9:closed", recipients: [{ phone: "13900139000" }], channels: ["sms"], template: "case.closed", params: { caseNumber: "C2611-000043" }, now: t.clock.now() });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: 1 });

    const admin = as(t, world.users.admin.token);
    const dead = await admin.get("/api/v1/admin/outbox?status=dead&channel=sms");
    expect(dead.status).toBe(200);
    const item = dead.body.items.find((i: { key: string }) => i.key.startsWith("n9:"));
    expect(item).toMatchObject({ channel: "sms", toAddress: "+8613900139000", status: "dead", attempts: 1, template: "case.closed" });
    expect(item.lastError).toContain("HTTP 400");
    expect((await as(t, world.users.dispatcher.token).get("/api/v1/admin/outbox?status=dead")).status).toBe(403);
    expect((await as(t, world.users.engineer.token).post(`/api/v1/admin/outbox/${item.id}/retry`)).status).toBe(403);

    gateway.respond = () => 200;
    const retried = await as(t, world.users.manager.token).post(`/api/v1/admin/outbox/${item.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: t.clock.now().toISOString() });
    expect((await admin.post(`/api/v1/admin/outbox/${item.id}/retry`)).status).toBe(409);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect((await admin.get("/api/v1/admin/outbox?status=sent&channel=sms")).body.items.some((i: { id: string }) => i.id === item.id)).toBe(true);
    expect((await admin.post("/api/v1/admin/outbox/00000000-0000-4000-8000-000000000000/retry")).status).toBe(404);
  });

  it("keeps CR/LF in parameters out of the e-mail's headers", async () => {
    await write(assigned("n10:injection", {
      params: { caseNumber: "C2611-000044", subject: "硬盘故障\r\nBcc: victim@example.com\r\nX-Injected: yes\n\nforged body", faultLevel: "S2\r\nX-Other: 1", customerName: "客户\r\n" },
    }));
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [mail] = mailsOf("n10:");
    expect(mail!.envelopeTo).toEqual([zh.email]);
    expect(mail!.headers.map(([name]) => name)).not.toEqual(expect.arrayContaining(["bcc"]));
    expect(mail!.header("x-injected")).toBeUndefined();
    expect(mail!.header("x-other")).toBeUndefined();
    expect(mail!.subject).not.toMatch(/[\r\n]/);
    expect(mail!.subject).toContain("硬盘故障 Bcc: victim@example.com X-Injected: yes forged body");
  });

  it("takes back a row whose sender died mid-send once its lease has run out", async () => {
    await write(assigned("n11:lease"));
    const [row] = await rowsOf("n11:");
    // as a sender that claimed it and died would have left it
    await t.deps.db.updateTable("notifications").set({ status: "sending", attempts: 1, nextAttemptAt: new Date(t.clock.now().getTime() + 5 * 60_000) }).where("id", "=", row!.id).execute();
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: 0 });
    t.clock.advance(5 * 60_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(await rowsOf("n11:")).toMatchObject([{ status: "sent", attempts: 2 }]);
    expect(mailsOf("n11:")).toHaveLength(1);
  });

  it("keeps rows of a channel without a transport pending and says so once", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }));
    const deps: Deps = { ...t.deps, logger };
    await write(assigned("n12:unconfigured", { channels: ["email", "sms"] }));
    expect(await deliverDueNotifications(deps, {})).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(await deliverDueNotifications(deps, {})).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect((await rowsOf("n12:")).map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(lines.filter((line) => line.includes("SMTP_URL is not set"))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("SMS_GATEWAY_URL is not set"))).toHaveLength(1);
    expect(await deliver()).toEqual({ sent: 2, retried: 0, dead: 0 });
  });

  it("holds up only SMS while the gateway hangs: e-mail goes out, texts go SMS_GATEWAY_CONCURRENCY at a time, each cut off at its timeout", async () => {
    const hanging = await startHangingPeer("http");
    // counts the sends in flight as the delivery sees them (the peer's own view lags under load)
    const gatewaySms = httpSmsGateway({ url: hanging.url, timeoutMs: 2000 });
    const inFlight = { now: 0, most: 0 };
    const counted: SmsProvider = {
      async send(message, signal) {
        inFlight.most = Math.max(inFlight.most, ++inFlight.now);
        try {
          await gatewaySms.send(message, signal);
        } finally {
          inFlight.now--;
        }
      },
    };
    const via: Transports = { email: transports.email, sms: counted };
    const deps: Deps = { ...t.deps, config: { ...t.deps.config, smsGatewayConcurrency: 2 } };
    try {
      const phones = Array.from({ length: 6 }, (_, i) => ({ phone: `1390013901${i}` }));
      await write({ key: "n13:texts", recipients: phones, channels: ["sms"], template: "case.closed", params: { caseNumber: "C2611-000045" }, now: t.clock.now() });
      await write(assigned("n13:mail", { recipients: [{ userId: zh.id }, { userId: en.id }] }));
      let isSmsDone = false;
      const round = deliverDueNotifications(deps, via, { random: ceiling }).finally(() => (isSmsDone = true));
      await vi.waitFor(() => expect(mailsOf("n13:")).toHaveLength(2), { timeout: 5000, interval: 10 });
      expect(isSmsDone).toBe(false);
      expect(await round).toEqual({ sent: 2, retried: 6, dead: 0 });
      expect(hanging.arrivals).toHaveLength(6);
      expect(inFlight.most).toBe(2);
      const texts = (await rowsOf("n13:texts")).filter((r) => r.channel === "sms");
      expect(texts.map((r) => [r.status, r.attempts, r.lastError])).toEqual(Array(6).fill(["pending", 1, "sms gateway: timed out after 2000 ms"]));
    } finally {
      await hanging.close();
    }
  });

  it("gives up on a mail server that never greets within the timeout, and tries again later", async () => {
    const silent = await startHangingPeer("tcp");
    const via: Transports = { email: smtpTransport({ url: silent.url, from: FROM, timeoutMs: 500 }) };
    try {
      await write(assigned("n14:silent"));
      const started = Date.now();
      expect(await deliver(t.deps, via)).toEqual({ sent: 0, retried: 1, dead: 0 });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await rowsOf("n14:")).toMatchObject([{ status: "pending", attempts: 1, lastError: expect.stringMatching(/ETIMEDOUT|timed out/) }]);
    } finally {
      via.email?.close();
      await silent.close();
    }
  });
});
