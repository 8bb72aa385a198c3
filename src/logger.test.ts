import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, seedWorld, TEST_PASSWORD, testApp, testConfig, type TestApp, type World } from "../test/helpers.js";
import { freePort, startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "../test/peers.js";
import { startImapPolling } from "./intake/index.js";
import { configuredSecrets, createLogger, redactUrl } from "./logger.js";
import { httpSmsGateway, smtpTransport, transportsFromConfig, type Transports } from "./notify/index.js";

const SMTP = { user: "casedesk-mailer", pass: "Smtp-Pa55word-7f3k" };
const SMS_PASSWORD = "Sms-Pa55word-q9z2";
const SMS_API_KEY = "Sms-Api-Key-w8e4r6";
const SMS_TOKEN = "Sms-Bearer-t5y7u9i1";
const IMAP_PASSWORD = "Imap-Pa55word-a3s5";
const CASEDESK_SECRET = "Casedesk-Secret-0123456789-abcdefghij";
const WRONG_SMTP_PASSWORD = "Wrong-Smtp-Pa55-z1x3";

const DAY = 86_400_000;

/** Log lines written to memory, one stream at the default level (info) and one at debug. */
function capture() {
  const lines = { info: [] as string[], debug: [] as string[] };
  const into = (target: string[]) => new Writable({ write: (chunk, _encoding, done) => void (target.push(String(chunk)), done()) });
  const destination = pino.multistream([{ level: "info", stream: into(lines.info) }, { level: "debug", stream: into(lines.debug) }]);
  return { lines, destination };
}

describe(redactUrl.name, () => {
  it("replaces a secret path parameter by the route's pattern, and token-like segments when no route explains the path", () => {
    expect(redactUrl("/s/AbCdEfGhIjKlMnOpQrStUv", "/s/:token")).toBe("/s/[redacted]");
    expect(redactUrl("/api/v1/cases/C2611-000042/survey", "/api/v1/cases/:id/survey")).toBe("/api/v1/cases/C2611-000042/survey");
    expect(redactUrl("/s/AbCdEfGhIjKlMnOpQrStUv/extra")).toBe("/s/[redacted]/extra");
    expect(redactUrl("/cases/C2611-000042")).toBe("/cases/C2611-000042");
  });

  it("replaces the values of query parameters named like credentials, and keeps the others", () => {
    expect(redactUrl("/api/v1/cases?vendor=HPE&token=abc&access_token=def&apiKey=ghi&q=%E7%A1%AC%E7%9B%98", "/api/v1/cases"))
      .toBe("/api/v1/cases?vendor=HPE&token=[redacted]&access_token=[redacted]&apiKey=[redacted]&q=%E7%A1%AC%E7%9B%98");
  });
});

describe(createLogger.name, () => {
  it("replaces the configured credentials in any line, as written in the URL, decoded or JSON-escaped", () => {
    const config = testConfig({ smtpUrl: "smtp://mailer:p%40ss%22word-1@mail.example.cn:587", smsGatewayToken: SMS_TOKEN, casedeskSecret: CASEDESK_SECRET });
    const { lines, destination } = capture();
    const logger = createLogger(config, { level: "info", destination });
    logger.error({ url: config.smtpUrl, decoded: 'p@ss"word-1', token: SMS_TOKEN, nested: { detail: `secret ${CASEDESK_SECRET}` } }, `sms with ${SMS_TOKEN}`);
    const text = lines.info.join("");
    expect(text).toContain("mail.example.cn");
    for (const secret of ["p%40ss%22word-1", 'p@ss\\"word-1', SMS_TOKEN, CASEDESK_SECRET]) expect(text).not.toContain(secret);
    expect(configuredSecrets({ ...config, smsGatewayToken: "short" })).not.toContain("short");
  });
});

describe("secrets in the log of a whole flow", () => {
  let t: TestApp;
  let w: World;
  let smtp: SmtpPeer;
  let gateway: SmsGatewayPeer;
  // the transports the configuration makes, closed after the test (an open pool would hold the SMTP peer)
  let transports: Transports;
  const { lines, destination } = capture();

  beforeAll(async () => {
    smtp = await startSmtpPeer({ auth: SMTP });
    gateway = await startSmsGatewayPeer();
    const config = testConfig({
      smtpUrl: `smtp://${SMTP.user}:${SMTP.pass}@127.0.0.1:${smtp.port}`,
      smsGatewayUrl: gateway.url.replace("http://", `http://sms-user:${SMS_PASSWORD}@`) + `?apikey=${SMS_API_KEY}`,
      smsGatewayToken: SMS_TOKEN,
      imapUrl: `imap://support:${IMAP_PASSWORD}@127.0.0.1:${await freePort()}/`,
      casedeskSecret: CASEDESK_SECRET,
      logLevel: "debug",
    });
    t = await testApp(config, { logger: createLogger(config, { destination }) });
    transports = transportsFromConfig(config);
    w = await seedWorld(t.deps);
  });
  afterAll(async () => {
    await t?.close();
    transports?.email?.close();
    await smtp?.close();
    await gateway?.close();
  });

  it("holds none of the secrets it handed out or was configured with, at info or debug, while it still logs every request", async () => {
    const secrets: Record<string, string> = {
      "SMTP password": SMTP.pass, "SMS gateway password": SMS_PASSWORD, "SMS gateway API key": SMS_API_KEY, "SMS gateway token": SMS_TOKEN,
      "IMAP password": IMAP_PASSWORD, CASEDESK_SECRET, "a wrong SMTP password": WRONG_SMTP_PASSWORD, "the sign-in password": TEST_PASSWORD,
      "a seeded API token": w.users.dispatcher.token,
    };

    // sign in: the session cookie and the CSRF token, then a token minted with them and used
    const login = await t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: w.users.manager.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const session = login.cookies.find((cookie) => cookie.name === "casedesk_session")!.value;
    const csrf = login.json().csrfToken as string;
    const minted = await t.server.inject({ method: "POST", url: "/api/v1/auth/tokens", cookies: { casedesk_session: session }, headers: { "x-csrf-token": csrf }, payload: { name: "log test" } });
    expect(minted.statusCode).toBe(201);
    const apiToken = minted.json().token as string;
    Object.assign(secrets, { "the session cookie": session, "the CSRF token": csrf, "the minted API token": apiToken });
    expect((await as(t, apiToken).get("/api/v1/auth/me")).status).toBe(200);
    // a client that puts a token in the query string
    await t.server.inject({ method: "GET", url: `/api/v1/auth/me?access_token=${apiToken}`, headers: { authorization: `Bearer ${apiToken}` } });

    // a case opened and assigned: its mail fails (a wrong SMTP password: dead-lettered, an error line)
    const manager = as(t, apiToken);
    const opened = (await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput({
      caller: { name: "王建国", phone: "13800138000", email: "wang@hbdl.example.cn", contractNo: "HT-2026-001" },
    }))).body;
    await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: w.users.engineer.id });
    const failing = {
      email: smtpTransport({ url: `smtp://${SMTP.user}:${WRONG_SMTP_PASSWORD}@127.0.0.1:${smtp.port}`, from: "casedesk <casedesk@localhost>" }),
      sms: httpSmsGateway({ url: `http://sms-user:${SMS_PASSWORD}@127.0.0.1:${await freePort()}/sms` }),
    };
    await t.runJobs(failing);
    failing.email.close();

    // resolved: the confirmation link goes out by mail, through the configured server and its credentials
    expect((await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "更换硬盘后阵列恢复" })).status).toBe(200);
    t.clock.advance(DAY);
    await t.runJobs(transports);
    const confirmation = smtp.messages.map((m) => /case-confirmations\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1]).find(Boolean)!;
    expect(confirmation).toBeDefined();
    secrets["the confirmation link"] = confirmation;
    expect((await t.server.inject({ method: "GET", url: `/api/v1/case-confirmations/${confirmation}` })).statusCode).toBe(200);
    expect((await t.server.inject({ method: "POST", url: `/api/v1/case-confirmations/${confirmation}`, payload: { accepted: true } })).json().status).toBe("closed");

    // the case closed: the survey link goes out by mail and text message
    await t.runJobs(transports);
    const survey = gateway.requests.map((r) => /\/s\/([A-Za-z0-9_-]{22})/.exec(r.body.text)?.[1]).find(Boolean)!;
    expect(survey).toBeDefined();
    expect(gateway.requests[0]!.headers.authorization).toBe(`Bearer ${SMS_TOKEN}`);
    secrets["the survey link"] = survey;
    expect((await t.server.inject({ method: "GET", url: `/s/${survey}` })).statusCode).toBe(200);
    expect((await t.server.inject({ method: "GET", url: `/api/v1/surveys/${survey}` })).statusCode).toBe(200);
    const answered = await t.server.inject({ method: "POST", url: `/api/v1/surveys/${survey}`, payload: { responseSpeed: 5, professionalism: 4, resolution: 4, overall: 5 } });
    expect(answered.statusCode).toBe(201);

    // the mailbox cannot be reached: an error line
    await startImapPolling(t.deps, { url: t.deps.config.imapUrl!, mailbox: "INBOX", intervalMs: DAY }).stop();

    for (const [level, captured] of Object.entries(lines)) {
      const text = captured.join("");
      for (const [name, secret] of Object.entries(secrets)) expect(text.includes(secret), `${name} in the ${level} log`).toBe(false);
      const urls = captured.map((line) => JSON.parse(line) as { msg: string; req?: { url: string } }).filter((line) => line.msg === "incoming request").map((line) => line.req!.url);
      expect(urls).toEqual(expect.arrayContaining([
        "/api/v1/auth/login", "/api/v1/auth/me?access_token=[redacted]", `/api/v1/cases/${opened.id}/resolve`,
        "/api/v1/case-confirmations/[redacted]", "/s/[redacted]", "/api/v1/surveys/[redacted]",
      ]));
      expect(text).toContain("notification dead-lettered");
      expect(text).toContain("IMAP poll failed");
    }
    expect(lines.debug.length).toBeGreaterThanOrEqual(lines.info.length);
  });
});
