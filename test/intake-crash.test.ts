import type { ChildProcess } from "node:child_process";
import { ImapFlow } from "imapflow";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/auth/index.js";
import { createContact, createCustomer } from "../src/customers/index.js";
import { freePort, startChildServer, type ChildServer } from "./child-server.js";
import { startDovecot, type DovecotPeer } from "./dovecot.js";
import { childEnvFor, seedPerson, withDirectDeps } from "./crash-harness.js";
import { createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";

/**
 * `casedesk start` as a real process with both ways in (the SMTP receiver and the IMAP poller
 * against dovecot), killed with SIGKILL while mail arrives: every message the receiver said 250
 * to, and every message in the mailbox, ends as exactly one case after the restart; messages
 * whose delivery the kill cut off are sent again by the "MTA" and still taken once.
 */
const SMTP_BURST = 12;
const KILL_AFTER = 5;
const IMAP_MAILS = 3;

let location: TestDatabaseLocation;
let dovecot: DovecotPeer;
let token: string;
let smtpPort: number;
const children = new Set<ChildProcess>();

function childEnv(): NodeJS.ProcessEnv {
  return childEnvFor(location, { CASEDESK_WORKER: "true", WORKER_INTERVAL_MS: "100", INBOUND_SMTP_PORT: String(smtpPort), IMAP_URL: dovecot.url(), IMAP_POLL_SECONDS: "5" });
}

beforeAll(async () => {
  location = await createTestDatabaseLocation();
  dovecot = await startDovecot();
  smtpPort = await freePort();
  await withDirectDeps(location, async (deps) => {
    token = (await seedPerson(deps, "ops", "admin", "intake-crash")).token;
    const customer = await createCustomer(deps, { actor: systemActor, name: "华北电力信息中心" });
    await createContact(deps, { actor: systemActor, customerId: customer.id, name: "王建国", email: "wang@hbdl.example.cn" });
  });
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await dovecot?.close();
  await location?.drop();
});

async function send(messageId: string, n: number): Promise<boolean> {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtpPort, secure: false, ignoreTLS: true, connectionTimeout: 5000, socketTimeout: 30_000 });
  try {
    await transport.sendMail({ from: "王建国 <wang@hbdl.example.cn>", to: "support@casedesk.test", subject: `SMTP 报障 ${n}`, text: `第 ${n} 封`, messageId });
    return true;
  } catch {
    return false;
  } finally {
    transport.close();
  }
}

type Inbound = { messageId: string | null; status: string; caseId: string | null; source: string };

async function inbound(server: ChildServer): Promise<Inbound[]> {
  const response = await fetch(`${server.base}/api/v1/intake/messages?limit=500`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { items: Inbound[] }).items;
}

describe(`kill -9 while mail arrives (${TEST_ENGINE})`, () => {
  it("takes every accepted message exactly once after a restart", async () => {
    const imap = new ImapFlow({ host: "127.0.0.1", port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await imap.connect();
    const imapIds = Array.from({ length: IMAP_MAILS }, (_, i) => `<crash-imap-${i}@mail.example.cn>`);
    for (const [i, id] of imapIds.entries()) {
      await imap.append("INBOX", `From: wang@hbdl.example.cn\r\nTo: support@casedesk.test\r\nSubject: IMAP 报障 ${i}\r\nMessage-ID: ${id}\r\n\r\n邮箱里的第 ${i} 封\r\n`);
    }

    const t0 = Date.now();
    const first = await startChildServer(childEnv(), children);
    const smtpIds = Array.from({ length: SMTP_BURST }, (_, i) => `<crash-smtp-${i}@mail.example.cn>`);
    const accepted = new Set<string>();
    const refused: number[] = [];
    for (const [i, id] of smtpIds.entries()) {
      if (accepted.size === KILL_AFTER) {
        first.child.kill("SIGKILL");
        // the next deliveries are cut off mid-way or find nobody listening
        void send(id, i).then((ok) => (ok ? accepted.add(id) : refused.push(i)));
        continue;
      }
      if (await send(id, i)) accepted.add(id);
      else refused.push(i);
    }
    await first.exited;
    const acceptedBeforeKill = accepted.size;
    expect(accepted.size).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startChildServer(childEnv(), children);
    // the MTA retries what it could not deliver (a 451 or a cut connection), with the same Message-ID, until it is taken
    for (let round = 0; accepted.size < SMTP_BURST && round < 30; round++) {
      for (const [i, id] of smtpIds.entries()) if (!accepted.has(id) && (await send(id, i))) accepted.add(id);
      if (accepted.size < SMTP_BURST) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(accepted.size).toBe(SMTP_BURST);

    const deadline = Date.now() + 120_000;
    let rows: Inbound[];
    for (;;) {
      rows = await inbound(second);
      if (rows.length >= SMTP_BURST + IMAP_MAILS && rows.every((r) => r.status === "processed")) break;
      if (Date.now() > deadline) throw new Error(`not all mail was taken: ${JSON.stringify(rows.map((r) => [r.messageId, r.status]))}\n${second.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const ids = rows.map((r) => r.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...smtpIds, ...imapIds]));
    const caseIds = rows.map((r) => r.caseId);
    expect(new Set(caseIds).size).toBe(SMTP_BURST + IMAP_MAILS);

    const lock = await imap.getMailboxLock("INBOX");
    try {
      for await (const m of imap.fetch("1:*", { flags: true })) expect([...(m.flags ?? [])]).toContain("$CasedeskTaken");
    } finally {
      lock.release();
    }
    await imap.logout();
    console.log(`intake-crash: ${acceptedBeforeKill} mails accepted before kill -9, ${SMTP_BURST + IMAP_MAILS} taken exactly once after the restart in ${Date.now() - t0} ms`);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 300_000);
});
