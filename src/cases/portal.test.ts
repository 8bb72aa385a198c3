import { describe, expect, it } from "vitest";
import { PDF, PNG } from "../../test/files.js";
import { as, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { multipart, type Part } from "../../test/multipart.js";

let app: TestApp;
let world: World;
useWorld((a, w) => { app = a; world = w; });

async function upload(token: string, url: string, parts: Part[]) {
  const body = multipart(parts);
  const response = await app.server.inject({ method: "POST", url, headers: { authorization: `Bearer ${token}`, ...body.headers }, payload: body.payload });
  return { status: response.statusCode, body: response.json() };
}

const download = (token: string, url: string) => app.server.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });

describe("the customer portal API (R12, R13, R40)", () => {
  it("follows one case from opening with a screenshot to confirmation and reopening, and shows company B nothing of it", async () => {
    const customerA = as(app, world.users.customerA.token);
    const customerB = as(app, world.users.customerB.token);
    const dispatcher = as(app, world.users.dispatcher.token);
    const manager = as(app, world.users.manager.token);

    // open, with a file
    const opened = await upload(world.users.customerA.token, "/api/v1/cases/with-attachments", [
      { name: "case", value: JSON.stringify({ subject: "小型机 HMC 报告电源模块故障", description: "HMC 出现 SRC 11002630", channel: "web", vendor: "IBM", caseType: "hardware", faultLevel: "S2" }) },
      { name: "file", filename: "hmc-告警.png", contentType: "image/png", data: PNG },
    ]);
    expect(opened.status).toBe(201);
    const c = opened.body as { id: string; number: string; attachments: { id: string; downloadUrl: string }[] };
    expect(opened.body).toMatchObject({ channel: "web", customerId: world.acme.id, createdBy: null, contractId: null });

    // staff work: an internal note with an internal file, and a public answer
    const internal = await upload(world.users.dispatcher.token, `/api/v1/cases/${c.id}/attachments`, [
      { name: "body", value: "内部：备件库存不足，向厂商调货" },
      { name: "file", filename: "备件报价.pdf", contentType: "application/pdf", data: PDF },
    ]);
    expect(internal.body.entry.visibility).toBe("internal");
    await dispatcher.post(`/api/v1/cases/${c.id}/notes`, { body: "已安排工程师今天下午到场更换电源模块", visibility: "public" });

    // list and search: own company's cases only, public text only
    const list = await customerA.get("/api/v1/cases");
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect(list.body.items.every((x: { customerId: string }) => x.customerId === world.acme.id)).toBe(true);
    expect((await customerA.get(`/api/v1/cases?q=${encodeURIComponent("电源模块")}`)).body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await customerA.get(`/api/v1/cases?q=${encodeURIComponent("调货")}`)).body.items).toEqual([]);
    expect((await customerA.get(`/api/v1/cases?q=${c.number}`)).body.items).toHaveLength(1);
    expect((await customerB.get(`/api/v1/cases?q=${encodeURIComponent("电源模块")}`)).body.items).toEqual([]);
    expect((await customerB.get(`/api/v1/cases?q=${c.number}`)).body.items).toEqual([]);
    expect((await customerB.get(`/api/v1/cases?customerId=${world.acme.id}`)).body.items.some((x: { id: string }) => x.id === c.id)).toBe(false);

    // history: public entries and public files only
    const history = await customerA.get(`/api/v1/cases/${c.id}/activities`);
    expect(history.body.items.every((e: { visibility: string }) => e.visibility === "public")).toBe(true);
    expect(JSON.stringify(history.body)).not.toContain("调货");
    expect(JSON.stringify(history.body)).not.toContain("备件报价");
    const files = await customerA.get(`/api/v1/cases/${c.id}/attachments`);
    expect(files.body.items.map((a: { filename: string }) => a.filename)).toEqual(["hmc-告警.png"]);
    expect((await download(world.users.customerA.token, c.attachments[0]!.downloadUrl)).statusCode).toBe(200);
    expect((await download(world.users.customerA.token, internal.body.attachments[0].downloadUrl)).statusCode).toBe(404);

    // notes: a customer's note is public without saying so; files come with a note
    const note = await customerA.post(`/api/v1/cases/${c.id}/notes`, { body: "下午两点后机房有人" });
    expect(note.status).toBe(201);
    expect(note.body.visibility).toBe("public");
    const withFile = await upload(world.users.customerA.token, `/api/v1/cases/${c.id}/attachments`, [
      { name: "body", value: "补充 HMC 日志" }, { name: "file", filename: "hmc.pdf", contentType: "application/pdf", data: PDF },
    ]);
    expect(withFile.status).toBe(201);
    expect(withFile.body.entry.visibility).toBe("public");
    expect((await dispatcher.get(`/api/v1/cases/${c.id}/activities`)).body.items.some((e: { data: { body?: string } }) => e.data.body === "下午两点后机房有人")).toBe(true);

    // resolution: confirm closes, reopen starts a new cycle
    await manager.post(`/api/v1/cases/${c.id}/assign`, { assigneeId: world.users.engineer.id });
    await manager.post(`/api/v1/cases/${c.id}/resolve`, { resolution: "更换电源模块，HMC 告警消除" });
    const confirmed = await customerA.post(`/api/v1/cases/${c.id}/confirm-resolution`, { accepted: true, comment: "确认恢复" });
    expect(confirmed.body).toMatchObject({ status: "closed", expertId: null, createdBy: null });
    const reopened = await customerA.post(`/api/v1/cases/${c.id}/reopen`, { reason: "电源告警再次出现" });
    expect(reopened.body).toMatchObject({ status: "in_progress", resolutionCycle: 2 });

    // company B: every path answers exactly like a case that does not exist
    const missing = await customerB.get("/api/v1/cases/00000000-0000-4000-8000-000000000000");
    for (const response of [
      await customerB.get(`/api/v1/cases/${c.id}`),
      await customerB.get(`/api/v1/cases/${c.number}`),
      await customerB.get(`/api/v1/cases/${c.id}/activities`),
      await customerB.get(`/api/v1/cases/${c.id}/attachments`),
      await customerB.post(`/api/v1/cases/${c.id}/notes`, { body: "看看" }),
      await customerB.post(`/api/v1/cases/${c.id}/confirm-resolution`, { accepted: true }),
      await customerB.post(`/api/v1/cases/${c.id}/reopen`, { reason: "x" }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await download(world.users.customerB.token, c.attachments[0]!.downloadUrl)).statusCode).toBe(404);
    const foreignUpload = await upload(world.users.customerB.token, `/api/v1/cases/${c.number}/attachments`, [{ name: "file", filename: "x.png", contentType: "image/png", data: PNG }]);
    expect(foreignUpload.status).toBe(404);
  });

  it("refuses a customer's attempt to open a case for another company, with or without files", async () => {
    const foreign = await upload(world.users.customerA.token, "/api/v1/cases/with-attachments", [
      { name: "case", value: JSON.stringify({ subject: "x", channel: "web", vendor: "HPE", caseType: "hardware", faultLevel: "S3", caller: { name: "李娜", contractNo: "HT-2026-002" } }) },
      { name: "file", filename: "a.png", contentType: "image/png", data: PNG },
    ]);
    expect(foreign.status).toBe(422);
    expect((await as(app, world.users.customerB.token).get("/api/v1/cases")).body.items).toEqual([]);
  });
});
