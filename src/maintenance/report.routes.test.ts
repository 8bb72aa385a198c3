import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipart } from "../../test/multipart.js";
import { startSmtpPeer, type SmtpPeer } from "../../test/peers.js";
import { as, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";

let t: TestApp;
let w: World;
let jobId: string;
let peer: SmtpPeer;
let transports: Transports;
useWorld((app, world) => {
  t = app;
  w = world;
});

const file = (bytes: Buffer, name: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "casedesk-pm-")), name);
  writeFileSync(path, bytes);
  return path;
};
const pdftotext = (bytes: Buffer) => execFileSync("pdftotext", ["-layout", file(bytes, "r.pdf"), "-"], { encoding: "utf8" });
const pdffonts = (bytes: Buffer) => execFileSync("pdffonts", [file(bytes, "r.pdf")], { encoding: "utf8" });
const engineer = () => as(t, w.users.engineer.token);
const CHECKLIST_KEYS = ["diagnosis", "error_logs", "microcode", "components", "usage", "report", "other_support"];

beforeAll(async () => {
  peer = await startSmtpPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${peer.port}`, smtpFrom: "support@casedesk.test", smsGatewayUrl: undefined, smsGatewayToken: undefined });
  t.clock.set("2026-12-01T02:00:00Z");
  const equipment = await t.deps.db.selectFrom("equipment").select("id").where("contractId", "=", w.acmeContract.id).executeTakeFirstOrThrow();
  const plan = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds: [equipment.id], engineerId: w.users.engineer.id });
  jobId = (await as(t, w.users.admin.token).get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items.find((j: { planId: string }) => j.planId === plan.body.id).id;
  const body = multipart([{ name: "file", filename: "p924-db01.nmon", data: readFileSync(join(import.meta.dirname, "fixtures", "aix-layout-handmade.nmon")) }]);
  const uploaded = await t.server.inject({ method: "POST", url: `/api/v1/maintenance-jobs/${jobId}/metrics`, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${w.users.engineer.token}` } });
  expect(uploaded.statusCode).toBe(201);
});

afterAll(async () => {
  transports?.email?.close();
  await peer?.close();
});

describe(`the maintenance report (${TEST_ENGINE})`, () => {
  it("refuses to deliver a report not yet built, or with checklist items open, and writes nothing", async () => {
    const notBuilt = await engineer().post(`/api/v1/maintenance-jobs/${jobId}/deliver`);
    expect(notBuilt.status).toBe(422);
    expect(notBuilt.body.errors[0]).toMatchObject({ path: "report", code: "report_not_built" });
    await engineer().patch(`/api/v1/maintenance-jobs/${jobId}`, { checklist: CHECKLIST_KEYS.slice(0, 5).map((key) => ({ key, result: "ok" })) });
    expect((await engineer().post(`/api/v1/maintenance-jobs/${jobId}/report`, { summary: "draft" })).status).toBe(200);
    const open = await engineer().post(`/api/v1/maintenance-jobs/${jobId}/deliver`, {}, { "accept-language": "en" });
    expect(open.status).toBe(422);
    expect(open.body.errors[0]).toMatchObject({ path: "checklist", code: "checklist_open" });
    expect(open.body.errors[0].message).toBe("has checklist items still open: 针对检查结果提供报告, 客户要求的其他一般技术支持");
    const job = await engineer().get(`/api/v1/maintenance-jobs/${jobId}`);
    expect(job.body).toMatchObject({ status: "report_submitted", deliveredAt: null });
    expect(await t.deps.db.selectFrom("notifications").select("id").where("template", "=", "maintenance.report_delivered").execute()).toHaveLength(0);
  });

  it("builds, is approved by an expert, and is delivered to the designated contact by e-mail with the PDF", async () => {
    await engineer().patch(`/api/v1/maintenance-jobs/${jobId}`, { checklist: [{ key: "report", result: "ok" }, { key: "other_support", result: "n_a", note: "本月无其他需求" }] });
    const built = await engineer().post(`/api/v1/maintenance-jobs/${jobId}/report`, { summary: "系统总体运行稳定，CPU 与 hdisk2 在业务高峰时段繁忙，/oracle 文件系统接近写满。" });
    expect(built.body).toMatchObject({ status: "report_submitted", hasReport: true, openItemCount: 0 });
    expect((await engineer().post(`/api/v1/maintenance-jobs/${jobId}/approve`)).status).toBe(403);
    expect((await as(t, w.users.expert.token).post(`/api/v1/maintenance-jobs/${jobId}/approve`)).body.approvedAt).not.toBeNull();
    t.clock.set("2026-12-04T02:00:00Z");
    const delivered = await engineer().post(`/api/v1/maintenance-jobs/${jobId}/deliver`);
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({ status: "delivered", deliveredTo: "wang@hbdl.example.cn", timeliness: "on_time" });
    await t.runJobs(transports);
    const mail = peer.messages.find((m) => m.envelopeTo.includes("wang@hbdl.example.cn"))!;
    expect(mail.subject).toContain("华北电力信息中心 2026-12 系统性能分析维护报告");
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([[expect.stringMatching(/^华北电力信息中心-2026-12-PM2612-\d{5}\.pdf$/), "application/pdf"]]);
    expect(pdftotext(parsed.attachments[0]!.content)).toContain("系统性能分析维护报告");
    expect((await engineer().patch(`/api/v1/maintenance-jobs/${jobId}`, { summary: "late edit" })).status).toBe(409);
  });

  it("gives the customer its PDF in the portal, Chinese rendered with the fonts embedded; another company gets a 404", async () => {
    const portal = await as(t, w.users.customerA.token).get("/api/v1/maintenance-jobs");
    expect(portal.body.items.map((j: { id: string }) => j.id)).toEqual([jobId]);
    const pdf = await t.server.inject({ method: "GET", url: `/api/v1/maintenance-jobs/${jobId}/report.pdf`, headers: { authorization: `Bearer ${w.users.customerA.token}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdftotext(pdf.rawPayload);
    expect(text).toContain("系统性能分析维护报告");
    expect(text).toContain("华北电力信息中心");
    expect(text).toContain("CPU 持续繁忙");
    expect(text).toContain("文件系统将满（/oracle）");
    expect(text).toContain("磁盘繁忙（hdisk2）");
    expect(text).toContain("专家审核：expert");
    expect(text).toMatch(/□ 客户要求的其他一般技术支持\s+不适用/);
    for (const line of pdffonts(pdf.rawPayload).split("\n").slice(2).filter(Boolean)) expect(line).toMatch(/yes\s+yes/);
    expect((await as(t, w.users.customerB.token).get(`/api/v1/maintenance-jobs/${jobId}/report.pdf`)).status).toBe(404);
    expect((await as(t, w.users.customerB.token).get(`/api/v1/maintenance-jobs/${jobId}`)).status).toBe(404);
  });

  it("prints: a page of its own with the same findings, locked down", async () => {
    const page = await t.server.inject({ method: "GET", url: `/api/v1/maintenance-jobs/${jobId}/report.html`, headers: { authorization: `Bearer ${w.users.engineer.token}` } });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toContain("<h1>系统性能分析维护报告</h1>");
    expect(page.body).toContain("文件系统将满");
    expect(page.body).toContain("<svg");
    expect(page.body).not.toContain("<script");
  });

  it("counts the delivery on the manager's board", async () => {
    expect((await engineer().get("/api/v1/maintenance-board")).status).toBe(403);
    const board = await as(t, w.users.manager.token).get("/api/v1/maintenance-board?from=2026-12&to=2026-12");
    expect(board.body.items).toEqual([expect.objectContaining({ customerName: "华北电力信息中心", month: "2026-12", jobsDue: 1, deliveredOnTime: 1, late: 0 })]);
  });
});
