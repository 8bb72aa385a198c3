import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { multipart } from "../../test/multipart.js";
import { as, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { createApiToken, systemActor } from "../auth/index.js";

let t: TestApp;
let w: World;
let jobId: string;
let serial: string;
useWorld((app, world) => {
  t = app;
  w = world;
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));
const countSets = async () => Number((await t.deps.db.selectFrom("maintenanceMetricSets").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

async function upload(token: string, filename: string, data: Buffer, language = "zh-CN") {
  const body = multipart([{ name: "file", filename, contentType: "text/plain", data }]);
  const response = await t.server.inject({ method: "POST", url: `/api/v1/maintenance-jobs/${jobId}/metrics`, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}`, "accept-language": language } });
  return { status: response.statusCode, body: response.json() };
}

beforeAll(async () => {
  t.clock.set("2026-12-03T02:00:00Z");
  const equipment = await t.deps.db.selectFrom("equipment").select(["id", "serial"]).where("contractId", "=", w.acmeContract.id).executeTakeFirstOrThrow();
  serial = equipment.serial!;
  const plan = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds: [equipment.id], engineerId: w.users.engineer.id });
  jobId = (await as(t, w.users.admin.token).get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items.find((j: { planId: string }) => j.planId === plan.body.id).id;
});

describe(`performance data on a maintenance job (${TEST_ENGINE})`, () => {
  it("keeps a real sadf -d file as series and reports them for charts", async () => {
    const kept = await upload(w.users.engineer.token, "sar-vm.csv", fixture("linux-sadf-d.csv"));
    expect(kept.status).toBe(201);
    expect(kept.body.upload).toMatchObject({ format: "sysstat", host: "vm", filename: "sar-vm.csv" });
    expect(kept.body.upload.series.map((s: { metric: string }) => s.metric)).toEqual(expect.arrayContaining(["cpu.busy_pct", "mem.used_pct", "swap.used_pct", "disk.busy_pct", "disk.await_ms", "fs.used_pct"]));
    const metrics = await as(t, w.users.engineer.token).get(`/api/v1/maintenance-jobs/${jobId}/metrics`);
    expect(metrics.body.series.find((s: { metric: string }) => s.metric === "cpu.busy_pct").points).toHaveLength(7);
    expect((await as(t, w.users.engineer.token).get(`/api/v1/maintenance-jobs/${jobId}`)).body.status).toBe("in_progress");
  });

  it("analyses an AIX nmon file into findings with recommendations", async () => {
    const kept = await upload(w.users.engineer.token, "p924-db01_261206_0800.nmon", fixture("aix-layout-handmade.nmon"));
    expect(kept.status).toBe(201);
    const codes = kept.body.findings.map((f: { ruleCode: string; instance: string }) => `${f.ruleCode}:${f.instance}`);
    expect(codes).toEqual(expect.arrayContaining(["cpu_busy:", "disk_busy:hdisk2", "disk_latency:hdisk2", "fs_filling:/oracle"]));
    expect(codes).not.toContain("fs_filling:/");
    const cpu = kept.body.findings.find((f: { ruleCode: string }) => f.ruleCode === "cpu_busy");
    expect(cpu.minutes).toBeGreaterThanOrEqual(30);
    expect(cpu.recommendationZh).toContain("CPU");
    expect((await as(t, w.users.engineer.token).get(`/api/v1/maintenance-jobs/${jobId}`)).body.findings).toHaveLength(kept.body.findings.length);
  });

  it("refuses an unreadable file with the line and reason, an unknown format, no timestamps and a file over the limit; nothing is kept", async () => {
    const before = await countSets();
    const broken = fixture("linux-sadf-d.csv").toString("utf8").split("\n");
    broken[5] = broken[5]!.replace(/;[^;]*;[^;]*$/, ";abc;1.0");
    const refused = await upload(w.users.engineer.token, "sar.csv", Buffer.from(broken.join("\n")), "en");
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ path: "body.file", code: "unparseable_metrics" });
    expect(refused.body.errors[0].message).toBe('cannot be parsed (line 6): "abc" in %steal is not a number');
    const zh = await upload(w.users.engineer.token, "sar.csv", Buffer.from(broken.join("\n")));
    expect(zh.body.errors[0].message).toContain("第 6 行");
    const unknown = await upload(w.users.engineer.token, "report.docx", Buffer.from("PK\u0003\u0004 not a metrics file"));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].code).toBe("unknown_metrics_format");
    const noTimes = await upload(w.users.engineer.token, "x.csv", Buffer.from("timestamp,metric,value\n,cpu.busy_pct,50\n"));
    expect(noTimes.body.errors[0]).toMatchObject({ code: "no_timestamps" });
    const huge = await upload(w.users.engineer.token, "huge.csv", Buffer.alloc(20 * 1024 * 1024 + 10, "a"));
    expect(huge.status).toBe(413);
    expect(await countSets()).toBe(before);
  });

  it("takes a monitoring system's push by serial with a token of its own scope, which reaches nothing else", async () => {
    const { token } = await createApiToken(t.deps, { actor: systemActor, userId: w.users.admin.id, name: "Zabbix", scope: "monitoring" });
    const monitor = as(t, token);
    const pushed = await monitor.post("/api/v1/maintenance-metrics", {
      serial, host: "p924-db01",
      samples: [
        { at: "2026-12-03T10:00:00+08:00", metric: "log.errors", value: 2 },
        { at: "2026-12-03T10:05:00+08:00", metric: "fs.used_pct", instance: "/u01", value: 97 },
      ],
    });
    expect(pushed.status).toBe(201);
    expect(pushed.body.jobId).toBe(jobId);
    expect(pushed.body.findings.map((f: { ruleCode: string }) => f.ruleCode)).toEqual(expect.arrayContaining(["log_errors", "fs_full"]));
    expect((await monitor.get("/api/v1/maintenance-jobs")).status).toBe(403);
    expect((await monitor.post("/api/v1/maintenance-metrics", { serial, samples: [{ at: "2026-12-03T10:00:00+08:00", metric: "cpu.speed", value: 1 }] })).status).toBe(422);
    expect((await monitor.post("/api/v1/maintenance-metrics", { serial: "NO-SUCH", samples: [{ at: "2026-12-03T10:00:00+08:00", metric: "cpu.busy_pct", value: 1 }] })).status).toBe(404);
  });

  it("lets no customer upload", async () => {
    expect((await upload(w.users.customerA.token, "sar.csv", fixture("linux-sadf-d.csv"))).status).toBe(404);
  });
});

describe(`analysis rules as data (${TEST_ENGINE})`, () => {
  it("lists the default rules and lets an admin change one; the job's analysis runs again on request", async () => {
    const rules = await as(t, w.users.engineer.token).get("/api/v1/maintenance-rules");
    expect(rules.body.items.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(["cpu_busy", "memory_high", "swap_used", "disk_busy", "disk_latency", "fs_filling", "log_errors"]));
    const cpu = rules.body.items.find((r: { code: string }) => r.code === "cpu_busy");
    expect((await as(t, w.users.engineer.token).patch(`/api/v1/maintenance-rules/${cpu.id}`, { threshold: 95 })).status).toBe(403);
    const changed = await as(t, w.users.admin.token).patch(`/api/v1/maintenance-rules/${cpu.id}`, { isActive: false, version: cpu.version });
    expect(changed.body).toMatchObject({ isActive: false, version: cpu.version + 1 });
    const again = await as(t, w.users.engineer.token).post(`/api/v1/maintenance-jobs/${jobId}/analyse`);
    expect(again.body.findings.map((f: { ruleCode: string }) => f.ruleCode)).not.toContain("cpu_busy");
    await as(t, w.users.admin.token).patch(`/api/v1/maintenance-rules/${cpu.id}`, { isActive: true });
    expect((await as(t, w.users.admin.token).post("/api/v1/maintenance-rules", { ...cpu, id: undefined, version: undefined, isActive: undefined, updatedAt: undefined, metric: "cpu.speed", code: "x" })).status).toBe(422);
  });
});
