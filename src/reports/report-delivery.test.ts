import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { startSmtpPeer, type SmtpPeer } from "../../test/peers.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";
import { deliverMonthlyReports, deliveryAt, ensureReportDeliveryScheduled, nextDelivery } from "./index.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});
let smtp: SmtpPeer;
let transports: Transports;
beforeAll(async () => {
  smtp = await startSmtpPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: "casedesk <service@casedesk.test>", smsGatewayUrl: undefined, smsGatewayToken: undefined });
});
afterAll(async () => {
  transports.email?.close();
  await smtp.close();
});

/** The report e-mails received (the case's own notifications go out too). */
const reportMails = () => smtp.messages.filter((m) => m.subject.includes("月度"));

const pdftotext = (bytes: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-mail-"));
  try {
    writeFileSync(join(dir, "r.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "r.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe(deliveryAt.name, () => {
  it.each([
    ["2026-12", 3, "2027-01-05T01:00:00.000Z"], // Fri 1, Mon 4, Tue 5 January, 09:00 in Shanghai
    ["2026-11", 3, "2026-12-03T01:00:00.000Z"], // Tue 1, Wed 2, Thu 3 December
    ["2026-10", 1, "2026-11-02T01:00:00.000Z"], // Sunday the 1st is skipped
  ])("sends %s's reports on working day %i of the next month: %s", (month, day, at) => {
    expect(deliveryAt(month, day, "Asia/Shanghai").toISOString()).toBe(at);
  });

  it("finds the next delivery still ahead", () => {
    expect(nextDelivery(new Date("2026-11-25T02:00:00Z"), 3, "Asia/Shanghai")).toEqual({ month: "2026-11", dueAt: new Date("2026-12-03T01:00:00Z") });
    expect(nextDelivery(new Date("2026-12-02T02:00:00Z"), 3, "Asia/Shanghai").month).toBe("2026-11");
    expect(nextDelivery(new Date("2026-12-03T01:00:00Z"), 3, "Asia/Shanghai")).toEqual({ month: "2026-12", dueAt: new Date("2027-01-05T01:00:00Z") });
  });
});

describe("monthly delivery", () => {
  it("e-mails each customer's report with the PDF to its designated contact, and the centre report to the managers, once", async () => {
    await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput());
    await ensureReportDeliveryScheduled(t.deps);
    await ensureReportDeliveryScheduled(t.deps); // a second instance starting: the same timer
    t.clock.set("2026-12-03T00:59:00Z");
    await t.runJobs(transports);
    expect(reportMails()).toHaveLength(0);

    t.clock.set("2026-12-03T01:00:30Z");
    await t.runJobs(transports);
    const toWang = reportMails().filter((m) => m.envelopeTo.includes("wang@hbdl.example.cn"));
    expect(toWang).toHaveLength(1);
    expect(toWang[0]!.subject).toBe(`${w.acme.name} 2026-11 月度服务报告`);
    const parsed = await simpleParser(toWang[0]!.raw);
    expect(parsed.text).toContain("本月新建 Case 1 个");
    const pdf = parsed.attachments.find((a) => a.contentType === "application/pdf");
    expect(pdf?.filename).toBe("report-2026-11.pdf");
    const text = pdftotext(pdf!.content);
    expect(text).toContain("月度服务报告");
    expect(text).toContain(w.acme.name);
    expect(text).toMatch(/新建 Case\s+1/);
    expect(reportMails().filter((m) => m.envelopeTo.includes("lina@jnbank.example.cn"))).toHaveLength(1);
    const toManager = reportMails().filter((m) => m.envelopeTo.includes("manager@casedesk.test"));
    expect(toManager).toHaveLength(1);
    expect(toManager[0]!.subject).toBe("服务中心 2026-11 月度报告");
    expect((await simpleParser(toManager[0]!.raw)).attachments[0]!.filename).toBe("centre-report-2026-11.xlsx");

    // a repeated fire, twice at once (another instance, a retry): the outbox keys hold, nobody hears twice
    const before = reportMails().length;
    expect(before).toBe(3);
    const again = await Promise.all([1, 2].map(() => t.deps.db.transaction().execute((tx) => deliverMonthlyReports(t.deps, {}, tx, "2026-11"))));
    expect(again.map((r) => r.messages)).toEqual([0, 0]);
    await t.runJobs(transports);
    expect(reportMails().length).toBe(before);

    // and the next month's delivery is scheduled by the one that fired
    const timers = await t.deps.db.selectFrom("timers").select(["key", "dueAt", "status"]).where("kind", "=", "reports.monthly_delivery").orderBy("dueAt").execute();
    expect(timers.map((x) => [x.key, x.status])).toEqual([["reports:delivery:2026-11", "fired"], ["reports:delivery:2026-12", "pending"]]);
    expect(timers[1]!.dueAt.toISOString()).toBe("2027-01-05T01:00:00.000Z");
  }, 240_000);
});
