import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXE, PDF, PNG } from "../../test/files.js";
import { as, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { startSmtpPeer, type SmtpPeer } from "../../test/peers.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";
import { receiveMessage } from "./index.js";

/**
 * Hostile and malformed mail: each is refused with a reason or neutralised, none crashes intake
 * or holds up the mail behind it.
 */
let t: TestApp;
let world: World;
let peer: SmtpPeer;
let transports: Transports;

useWorld((app, w) => {
  t = app;
  world = w;
}, { inboundMaxParts: 100, inboundMaxDepth: 8, smtpFrom: "casedesk <support@casedesk.test>" });

beforeAll(async () => {
  peer = await startSmtpPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${peer.port}`, smtpFrom: "casedesk <support@casedesk.test>", smsGatewayUrl: undefined, smsGatewayToken: undefined });
});
afterAll(async () => {
  transports?.email?.close();
  await peer?.close();
});

let n = 0;
const head = (extra = "", subject = "测试") => `From: 客户 <cust${++n}@hostile.example.cn>\r\nTo: support@casedesk.test\r\nSubject: ${subject}\r\nMessage-ID: <h${n}@hostile.example.cn>\r\nMIME-Version: 1.0\r\n${extra}`;

async function take(raw: string | Buffer) {
  const stored = await receiveMessage(t.deps, { source: "smtp", raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw, "utf8"), envelopeFrom: "someone@hostile.example.cn" });
  await t.runJobs(transports);
  return t.deps.db.selectFrom("inboundMessages").selectAll().where("id", "=", stored.id!).executeTakeFirstOrThrow();
}
const noteOf = async (caseId: string) =>
  (await t.deps.db.selectFrom("caseActivities").selectAll().where("caseId", "=", caseId).where("kind", "=", "note.added").executeTakeFirstOrThrow()).data as Record<string, any>;

function nested(depth: number): string {
  let body = "";
  for (let i = 0; i < depth; i++) body += `${i === 0 ? "" : `--b${i - 1}\r\n`}Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`;
  body += `--b${depth - 1}\r\nContent-Type: text/plain\r\n\r\ndeep\r\n`;
  for (let i = depth - 1; i >= 0; i--) body += `--b${i}--\r\n`;
  return head() + body;
}

describe("hostile and malformed mail", () => {
  it("refuses deep nesting and thousands of parts with a reason, and takes the mail behind them", async () => {
    const deepId = (await receiveMessage(t.deps, { source: "smtp", raw: Buffer.from(nested(50)), envelopeFrom: "a@hostile.example.cn" })).id!;
    let many = head('Content-Type: multipart/mixed; boundary="x"\r\n\r\n');
    for (let i = 0; i < 3000; i++) many += `--x\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`;
    const manyId = (await receiveMessage(t.deps, { source: "smtp", raw: Buffer.from(`${many}--x--\r\n`), envelopeFrom: "a@hostile.example.cn" })).id!;
    const good = await take(`${head()}Content-Type: text/plain; charset=utf-8\r\n\r\n正常的邮件\r\n`);
    const rows = await t.deps.db.selectFrom("inboundMessages").select(["id", "status", "reason", "detail"]).where("id", "in", [deepId, manyId]).execute();
    expect(rows.find((r) => r.id === deepId)).toMatchObject({ status: "rejected", reason: "too_deep" });
    expect(rows.find((r) => r.id === manyId)).toMatchObject({ status: "rejected", reason: "too_many_parts" });
    expect(rows.every((r) => r.detail)).toBe(true);
    expect(good).toMatchObject({ status: "processed", outcome: "opened" });
    // nesting within the limit is fine
    expect(await take(nested(5))).toMatchObject({ status: "processed" });
  });

  it("reads unknown charsets and bare LF line ends, saying what it neutralised", async () => {
    const klingon = await take(`${head()}Content-Type: text/plain; charset=x-klingon\r\n\r\nhello \xff world\r\n`);
    expect(klingon).toMatchObject({ status: "processed" });
    expect(klingon.detail).toContain("unknown_charset:x-klingon");
    expect((await noteOf(klingon.caseId!)).body).toContain("hello");

    const bare = await take(head("Content-Type: text/plain\n\nline one\nline two\n", "bare LF").replace(/\r\n/g, "\n"));
    expect(bare).toMatchObject({ status: "processed" });
    const opened = await t.deps.db.selectFrom("cases").selectAll().where("id", "=", bare.caseId!).executeTakeFirstOrThrow();
    expect(opened.subject).toBe("bare LF");
    expect(opened.description).toBe("line one\nline two");
  });

  it("sanitises HTML: no script, handler, javascript: link or remote image survives; inline cid: images stay", async () => {
    const html = `<p onclick="steal()">你好<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a>` +
      `<img src="https://tracker.example.com/p.gif"><img src="cid:logo@x"><iframe src="https://evil.example.com"></iframe><style>body{}</style></p>`;
    const raw = `${head('Content-Type: multipart/related; boundary="r"\r\n\r\n')}--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n` +
      `--r\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\nContent-Disposition: inline; filename="logo.png"\r\nContent-Transfer-Encoding: base64\r\n\r\n${PNG.toString("base64")}\r\n--r--\r\n`;
    const taken = await take(raw);
    expect(taken.status).toBe("processed");
    const note = await noteOf(taken.caseId!);
    expect(note.html).toContain("你好");
    expect(note.html).toContain('src="cid:logo@x"');
    for (const bad of ["<script", "onerror", "onclick", "javascript:", "tracker.example.com", "<iframe", "<style"]) expect(note.html).not.toContain(bad);
    expect(note.attachments).toEqual([expect.objectContaining({ filename: "logo.png", contentType: "image/png", isInline: true, contentId: "logo@x" })]);
  });

  it("neutralises hostile file names and keeps a file whose bytes disagree with its type under the type of its bytes", async () => {
    const part = (disposition: string, type: string, bytes: Buffer) =>
      `--m\r\nContent-Type: ${type}\r\nContent-Disposition: attachment; ${disposition}\r\nContent-Transfer-Encoding: base64\r\n\r\n${bytes.toString("base64")}\r\n`;
    const long = `${"长".repeat(10_000)}.pdf`;
    const raw = `${head('Content-Type: multipart/mixed; boundary="m"\r\n\r\n')}--m\r\nContent-Type: text/plain\r\n\r\nfiles\r\n` +
      part(`filename="../../etc/passwd"`, "text/plain", Buffer.from("root:x:0:0\n")) +
      part(`filename*=UTF-8''a%00b.txt`, "text/plain", Buffer.from("nul\n")) +
      part(`filename*=UTF-8''invoice%E2%80%AEfdp.exe`, "application/pdf", EXE) +
      part(`filename*=UTF-8''${encodeURIComponent(long)}`, "image/png", PNG) +
      "--m--\r\n";
    const taken = await take(raw);
    expect(taken.status).toBe("processed");
    const stored = await t.deps.db.selectFrom("caseAttachments").selectAll().where("caseId", "=", taken.caseId!).orderBy("filename").execute();
    expect(stored).toHaveLength(4);
    for (const file of stored) {
      // eslint-disable-next-line no-control-regex -- NUL must not survive in a file name
      expect(file.filename).not.toMatch(/[/\\\u0000\u202e]/);
      expect(file.filename.length).toBeLessThanOrEqual(200);
      expect(file.filename).not.toMatch(/^\./);
    }
    const exe = stored.find((f) => f.filename.startsWith("invoice"))!;
    expect(exe.sniffedType).not.toBe("application/pdf");
    const note = await noteOf(taken.caseId!);
    expect(note.attachments.find((a: { id: string }) => a.id === exe.id)).toMatchObject({ declaredType: "application/pdf" });
  });

  it("lets no CR/LF from a message reach an outgoing header", async () => {
    const raw = `From: evil@hostile.example.cn\r\nTo: support@casedesk.test\r\nSubject: =?UTF-8?B?${Buffer.from("hi\r\nBcc: victim@example.com\r\nX-Evil: 1").toString("base64")}?=\r\n` +
      `Message-ID: <a b"c@hostile.example.cn>\r\n\r\nbody\r\n`;
    const taken = await take(raw);
    expect(taken.status).toBe("processed");
    const ack = peer.messages.find((m) => m.envelopeTo.includes("evil@hostile.example.cn"))!;
    expect(ack).toBeDefined();
    expect(ack.headers.map(([name]) => name)).not.toContain("bcc");
    expect(ack.headers.map(([name]) => name)).not.toContain("x-evil");
    expect(ack.envelopeTo).toEqual(["evil@hostile.example.cn"]);
    expect(ack.header("in-reply-to")).toBeUndefined();
    const opened = await t.deps.db.selectFrom("cases").select("subject").where("id", "=", taken.caseId!).executeTakeFirstOrThrow();
    expect(opened.subject).not.toMatch(/[\r\n]/);
  });

  it("cleans NUL and cuts a 10,000-character subject", async () => {
    const taken = await take(`${head("", `${"很长".repeat(5000)}`)}Content-Type: text/plain\r\n\r\na\u0000b\r\n`);
    const opened = await t.deps.db.selectFrom("cases").selectAll().where("id", "=", taken.caseId!).executeTakeFirstOrThrow();
    expect([...opened.subject].length).toBeLessThanOrEqual(500);
    expect(opened.description).toBe("ab");
  });

  it("rejects bytes that are no mail, bounces, and mail without a usable sender", async () => {
    expect(await take(Buffer.from([0, 1, 2, 255, 254, 10, 13, 10]))).toMatchObject({ status: "rejected", reason: "no_sender" });
    const bounce = `From: MAILER-DAEMON@mx.example.cn\r\nSubject: Undelivered\r\nMessage-ID: <bounce1@mx.example.cn>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="d"\r\n\r\n--d\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--d--\r\n`;
    expect(await take(bounce)).toMatchObject({ status: "rejected", reason: "delivery_report", caseId: null });
  });

  it("lists rejected mail with its reason and lets a manager retry it once the limit allows it", async () => {
    const rejected = await take(nested(12));
    expect(rejected.reason).toBe("too_deep");
    const list = await as(t, world.users.dispatcher.token).get("/api/v1/intake/messages?status=rejected&limit=500");
    expect(list.status).toBe(200);
    expect(list.body.items.find((m: { id: string }) => m.id === rejected.id)).toMatchObject({ status: "rejected", reason: "too_deep" });
    // several statuses at once (the operations screen asks for failed and rejected together)
    const troubled = await as(t, world.users.dispatcher.token).get("/api/v1/intake/messages?status=failed&status=rejected&limit=500");
    expect(troubled.body.items.map((m: { id: string }) => m.id)).toContain(rejected.id);
    expect(new Set(troubled.body.items.map((m: { status: string }) => m.status))).toEqual(new Set(["rejected"]));
    expect((await as(t, world.users.dispatcher.token).get("/api/v1/intake/messages?status=lost")).status).toBe(422);
    expect((await as(t, world.users.engineer.token).get("/api/v1/intake/messages")).status).toBe(403);
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/intake/messages/${rejected.id}/retry`)).status).toBe(403);

    t.deps.config.inboundMaxDepth = 20;
    const retried = await as(t, world.users.manager.token).post(`/api/v1/intake/messages/${rejected.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe("received");
    await t.runJobs(transports);
    const after = await as(t, world.users.manager.token).get(`/api/v1/intake/messages/${rejected.id}`);
    expect(after.body).toMatchObject({ status: "processed", outcome: "opened" });
    expect((await as(t, world.users.manager.token).post(`/api/v1/intake/messages/${rejected.id}/retry`)).status).toBe(409);
  });

  it("leaves files out, with the reason, when they would take the case past its attachment limit", async () => {
    const limit = t.deps.config.caseAttachmentsMaxBytes;
    t.deps.config.caseAttachmentsMaxBytes = 100;
    try {
      const raw = `${head('Content-Type: multipart/mixed; boundary="q"\r\n\r\n')}--q\r\nContent-Type: text/plain\r\n\r\n附件太大\r\n` +
        `--q\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="report.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${PDF.toString("base64")}\r\n--q--\r\n`;
      const taken = await take(raw);
      expect(taken.status).toBe("processed");
      expect(await t.deps.db.selectFrom("caseAttachments").select("id").where("caseId", "=", taken.caseId!).execute()).toEqual([]);
      expect((await noteOf(taken.caseId!)).attachments).toEqual([expect.objectContaining({ filename: "report.pdf", refused: "case_attachments_full" })]);
    } finally {
      t.deps.config.caseAttachmentsMaxBytes = limit;
    }
  });

  it("retries a message whose processing fails unexpectedly, then marks it failed with the reason; the mail behind it is taken", async () => {
    t.deps.events.subscribe("case.opened", async (_tx, event) => {
      if ((event.data as { subject?: string }).subject === "poison") throw new Error("a subscriber's bug");
    });
    const poison = await receiveMessage(t.deps, { source: "smtp", raw: Buffer.from(`${head("", "poison")}Content-Type: text/plain\r\n\r\nx\r\n`), envelopeFrom: "p@hostile.example.cn" });
    const good = await take(`${head("", "之后的好邮件")}Content-Type: text/plain\r\n\r\ny\r\n`);
    expect(good.status).toBe("processed");
    const state = () => t.deps.db.selectFrom("inboundMessages").select(["status", "reason", "detail", "caseId"]).where("id", "=", poison.id!).executeTakeFirstOrThrow();
    expect((await state()).status).toBe("received");
    for (let attempt = 0; attempt < 6; attempt++) {
      t.clock.advance(2 * 3_600_000);
      await t.runJobs(transports);
    }
    const failed = await state();
    expect(failed).toMatchObject({ status: "failed", reason: "processing_failed", caseId: null });
    expect(failed.detail).toContain("a subscriber's bug");
    expect(await t.deps.db.selectFrom("cases").select("id").where("subject", "=", "poison").execute()).toEqual([]);
  });

  it("takes the same message arriving by both IMAP and SMTP once", async () => {
    const raw = Buffer.from(`${head("", "两条路")}Content-Type: text/plain\r\n\r\nboth ways\r\n`);
    const bySmtp = await take(raw);
    const stored = await receiveMessage(t.deps, { source: "imap", sourceRef: "imap:INBOX:1:99", raw });
    await t.runJobs(transports);
    const byImap = await t.deps.db.selectFrom("inboundMessages").selectAll().where("id", "=", stored.id!).executeTakeFirstOrThrow();
    expect(bySmtp.status).toBe("processed");
    expect(byImap).toMatchObject({ status: "rejected", reason: "duplicate", caseId: null });
    expect(byImap.detail).toContain(bySmtp.id);
  });
});
