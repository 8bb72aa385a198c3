import { describe, expect, it } from "vitest";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { parseCsv } from "../../test/csv.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
}, { exportMaxRows: 3 });

const exportAs = async (token: string, query = "", headers: Record<string, string> = {}) => {
  const response = await t.server.inject({ method: "GET", url: `/api/v1/cases/export.csv${query}`, headers: { authorization: `Bearer ${token}`, ...headers } });
  return { status: response.statusCode, headers: response.headers, body: response.body, rows: parseCsv(response.body.replace(/^\uFEFF/, "")) };
};

describe("GET /api/v1/cases/export.csv", () => {
  it("writes the search's cases as UTF-8 CSV with a BOM, formulas neutralised, headers in the caller's language", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    const formula = await dispatcher.post("/api/v1/cases", caseInput({ subject: '=HYPERLINK("http://evil.example","点我")', vendor: "HPE", caseType: "network" }));
    t.clock.advance(60_000);
    const plain = await dispatcher.post("/api/v1/cases", caseInput({ subject: "交换机端口闪断, \"Te1/0/1\"", vendor: "HPE", caseType: "network" }));
    const exported = await exportAs(w.users.engineer.token, "?vendor=HPE&sort=createdAt");
    expect(exported.status).toBe(200);
    expect(exported.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(exported.headers["content-disposition"]).toMatch(/^attachment; filename="cases-\d{8}\.csv"$/);
    expect(exported.body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = exported.rows;
    expect(header!.slice(0, 3)).toEqual(["Case号", "主题", "状态"]);
    expect(rows.map((r) => r[0])).toEqual([formula.body.number, plain.body.number]);
    expect(rows[0]![1]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(rows[1]![1]).toBe('交换机端口闪断, "Te1/0/1"');
    // names, not codes, in the reader's language: status, vendor, case type, channel
    expect(rows[0]!.slice(2, 8)).toEqual(["新建", "P1", "S1", "慧与 (HPE)", "网络", "电话"]);

    const english = await exportAs(w.users.engineer.token, "?vendor=HPE", { "accept-language": "en" });
    expect(english.rows[0]!.slice(0, 3)).toEqual(["Case number", "Subject", "Status"]);
    expect(english.rows[1]!.slice(2, 8)).toEqual(["New", "P1", "S1", "HPE", "Network", "Phone"]);
  });

  it("keeps a line break inside its cell: one row per case, the text after it never a cell of its own", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    const broken = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "H3C", subject: "报修\n=1+2", caller: { name: "张伟\r@SUM(A1)", phone: "13800138000", contractNo: "HT-2026-001" } }));
    expect(broken.status).toBe(201);
    const exported = await exportAs(w.users.manager.token, "?vendor=H3C");
    expect(exported.rows).toHaveLength(2);
    expect(exported.rows.every((row) => row.length === 16)).toBe(true);
    expect(exported.rows[1]!.slice(0, 2)).toEqual([broken.body.number, "报修\n=1+2"]);
    expect(exported.rows[1]![9]).toBe("张伟\r@SUM(A1)");
  });

  it("stops at EXPORT_MAX_ROWS", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    for (let i = 0; i < 4; i++) await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Lenovo", subject: `服务器告警 ${i}` }));
    const exported = await exportAs(w.users.manager.token, "?vendor=Lenovo");
    expect(exported.headers["x-export-max-rows"]).toBe("3");
    expect(exported.rows).toHaveLength(1 + 3);
  });

  it("gives a customer its own company's cases only, found on public text", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    const mine = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Huawei", subject: "光模块故障" }));
    const theirs = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Huawei", subject: "光模块故障", caller: { name: "李娜", phone: "021-68881234", contractNo: "HT-2026-002" } }));
    await dispatcher.post(`/api/v1/cases/${mine.body.id}/notes`, { body: "内部备注：机密字样", visibility: "internal" });
    const own = await exportAs(w.users.customerA.token, `?vendor=Huawei&customerId=${w.beta.id}`);
    expect(own.status).toBe(200);
    expect(own.rows.slice(1).map((r) => r[0])).toEqual([mine.body.number]);
    expect(own.body).not.toContain(theirs.body.number);
    const byInternalText = await exportAs(w.users.customerA.token, `?q=${encodeURIComponent("机密")}`);
    expect(byInternalText.rows).toHaveLength(1);
    const staffByInternalText = await exportAs(w.users.dispatcher.token, `?q=${encodeURIComponent("机密")}`);
    expect(staffByInternalText.rows.slice(1).map((r) => r[0])).toEqual([mine.body.number]);
  });

  it("refuses bad filters before sending anything, and anonymous callers", async () => {
    const bad = await exportAs(w.users.dispatcher.token, "?createdFrom=2026-12-01T00:00:00Z&createdTo=2026-11-01T00:00:00Z");
    expect(bad.status).toBe(422);
    expect(bad.headers["content-type"]).toMatch(/problem\+json/);
    const anonymous = await t.server.inject({ method: "GET", url: "/api/v1/cases/export.csv" });
    expect(anonymous.statusCode).toBe(401);
  });
});
