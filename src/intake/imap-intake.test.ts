import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startDovecot, type DovecotPeer } from "../../test/dovecot.js";
import { useWorld, type TestApp } from "../../test/helpers.js";
import { pollMailbox, TAKEN_KEYWORD } from "./index.js";

/**
 * The polling path against a real IMAP server (dovecot, started here): mail is stored before it
 * is flagged or moved, taken once however often it is fetched, and survives a crash between.
 */
let t: TestApp;
let dovecot: DovecotPeer;
let client: ImapFlow;

useWorld((app) => {
  t = app;
}, { inboundMaxBytes: 50_000 });

beforeAll(async () => {
  dovecot = await startDovecot();
  client = new ImapFlow({ host: "127.0.0.1", port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await client.connect();
  await client.mailboxCreate("Processed");
});

afterAll(async () => {
  await client?.logout().catch(() => undefined);
  await dovecot?.close();
});

/** Empties both mailboxes, so each test sees only its own mail. */
beforeEach(async () => {
  for (const mailbox of ["INBOX", "Processed"]) {
    const lock = await client.getMailboxLock(mailbox);
    try {
      await client.messageDelete("1:*");
    } finally {
      lock.release();
    }
  }
});

let n = 0;
function message(options: { messageId?: string; subject?: string; body?: string; from?: string } = {}) {
  const id = options.messageId ?? `<imap${++n}.${Date.now()}@mail.example.cn>`;
  const raw = `From: ${options.from ?? "王建国 <wang@hbdl.example.cn>"}\r\nTo: support@casedesk.test\r\nSubject: ${options.subject ?? `IMAP 报障 ${n}`}\r\nMessage-ID: ${id}\r\n` +
    `Content-Type: text/plain; charset=utf-8\r\n\r\n${options.body ?? "磁带库机械臂故障。"}\r\n`;
  return { id, raw };
}

async function mailbox(path: string): Promise<{ uid: number; flags: Set<string>; messageId?: string }[]> {
  const lock = await client.getMailboxLock(path);
  try {
    const found = [];
    for await (const m of client.fetch("1:*", { uid: true, flags: true, envelope: true })) found.push({ uid: m.uid, flags: m.flags ?? new Set<string>(), messageId: m.envelope?.messageId });
    return found;
  } catch {
    return [];
  } finally {
    lock.release();
  }
}

const inboundOf = (messageId: string) => t.deps.db.selectFrom("inboundMessages").selectAll().where("messageId", "=", messageId).execute();

describe(pollMailbox.name, () => {
  it("stores new mail, flags it taken, makes a case of each, and takes nothing twice", async () => {
    const a = message();
    const b = message({ subject: "第二封" });
    await client.append("INBOX", a.raw);
    await client.append("INBOX", b.raw);
    const report = await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" });
    expect(report).toEqual({ seen: 2, stored: 2, marked: 2, failed: 0 });
    await t.runJobs({});
    for (const m of [a, b]) {
      const [row] = await inboundOf(m.id);
      expect(row).toMatchObject({ source: "imap", status: "processed", outcome: "opened" });
      expect(row!.sourceRef).toMatch(/^imap:INBOX:\d+:\d+$/);
    }
    const inbox = await mailbox("INBOX");
    expect(inbox).toHaveLength(2);
    for (const m of inbox) expect([...m.flags]).toEqual(expect.arrayContaining([TAKEN_KEYWORD, "\\Seen"]));

    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" })).toEqual({ seen: 0, stored: 0, marked: 0, failed: 0 });
    // a person reading the mailbox (\Seen) does not hide new mail from the poller
    const c = message({ subject: "已读也要处理" });
    await client.append("INBOX", c.raw, ["\\Seen"]);
    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" })).toMatchObject({ stored: 1 });
  });

  it("moves taken mail to the processed mailbox when one is configured", async () => {
    const a = message();
    await client.append("INBOX", a.raw);
    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX", processedMailbox: "Processed" })).toMatchObject({ stored: 1, marked: 1 });
    expect(await mailbox("INBOX")).toEqual([]);
    expect((await mailbox("Processed")).map((m) => m.messageId)).toEqual([a.id]);
    expect(await inboundOf(a.id)).toHaveLength(1);
  });

  it("loses nothing and takes nothing twice when it dies between storing and flagging", async () => {
    const a = message();
    await client.append("INBOX", a.raw);
    const crashed = await pollMailbox(t.deps, {
      url: dovecot.url(), mailbox: "INBOX",
      afterStore: () => {
        throw new Error("killed after the commit, before the flag");
      },
    });
    expect(crashed).toMatchObject({ stored: 1, marked: 0, failed: 1 });
    expect(await inboundOf(a.id)).toHaveLength(1);
    expect([...(await mailbox("INBOX"))[0]!.flags]).not.toContain(TAKEN_KEYWORD);

    const again = await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" });
    expect(again).toMatchObject({ seen: 1, stored: 0, marked: 1 });
    await t.runJobs({});
    const rows = await inboundOf(a.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "processed", outcome: "opened" });
    expect(await t.deps.db.selectFrom("cases").select("id").where("id", "=", rows[0]!.caseId!).execute()).toHaveLength(1);
  });

  it("takes two copies of one message (the same Message-ID) once", async () => {
    const a = message();
    await client.append("INBOX", a.raw);
    await client.append("INBOX", a.raw);
    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" })).toMatchObject({ seen: 2, stored: 1, marked: 2 });
    await t.runJobs({});
    const rows = await inboundOf(a.id);
    expect(rows).toHaveLength(1);
    expect(await t.deps.db.selectFrom("cases").select("id").where("subject", "=", "IMAP 报障 " + a.id.slice(5, a.id.indexOf("."))).execute()).toHaveLength(1);
  });

  it("keeps an oversized message as a rejected record and marks it, so it is not fetched again", async () => {
    const big = message({ body: "x".repeat(60_000) });
    const after = message({ subject: "大邮件之后" });
    await client.append("INBOX", big.raw);
    await client.append("INBOX", after.raw);
    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" })).toMatchObject({ seen: 2, stored: 2, marked: 2 });
    await t.runJobs({});
    const [row] = await inboundOf(big.id);
    expect(row).toMatchObject({ status: "rejected", reason: "too_large", raw: null });
    expect(row!.detail).toContain("INBOUND_MAX_BYTES");
    expect((await inboundOf(after.id))[0]).toMatchObject({ status: "processed" });
    expect(await pollMailbox(t.deps, { url: dovecot.url(), mailbox: "INBOX" })).toMatchObject({ seen: 0 });
  });

  it("says so when the mailbox cannot be reached, without storing anything", async () => {
    await expect(pollMailbox(t.deps, { url: `imap://support:wrong-password@127.0.0.1:${dovecot.port}/`, mailbox: "INBOX" })).rejects.toThrow();
  });
});
