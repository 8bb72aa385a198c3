import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { as, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { multipart } from "../../test/multipart.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const weekly = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" }));

async function upload(token: string, data: Buffer, dryRun: boolean, language = "zh-CN", filename = "master-data.xlsx") {
  const body = multipart([{ name: "file", filename, contentType: XLSX, data }]);
  const response = await t.server.inject({
    method: "POST", url: `/api/v1/imports/master-data?dryRun=${dryRun}`, payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${token}`, "accept-language": language },
  });
  return { status: response.statusCode, body: response.json() };
}

/** The downloaded template with rows filled in from line 3 on, by the sheet's Chinese name. */
async function filledTemplate(rows: Record<string, Array<Array<string | number | Date | null>>>) {
  const template = await as(t, world.users.admin.token).get("/api/v1/imports/master-data/template.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.raw.rawPayload as unknown as ArrayBuffer);
  for (const [prefix, lines] of Object.entries(rows)) {
    const sheet = workbook.worksheets.find((s) => s.name.startsWith(prefix))!;
    lines.forEach((values, index) => values.forEach((value, column) => {
      if (value !== null) sheet.getCell(3 + index, column + 1).value = value;
    }));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const admin = () => world.users.admin.token;

describe("the master-data template", () => {
  it("is an XLSX with a read-me and one sheet per kind, Chinese headers over English ones", async () => {
    const response = await as(t, world.users.manager.token).get("/api/v1/imports/master-data/template.xlsx");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["说明 Read me", "客户 Customers", "联系人 Contacts", "合同 Contracts", "设备 Equipment"]);
    const contracts = workbook.getWorksheet("合同 Contracts")!;
    expect([contracts.getCell("A1").value, contracts.getCell("A2").value, contracts.getCell("F1").value]).toEqual(["合同编号*", "Contract number", "业务日历"]);
    // empty, it imports nothing and finds nothing wrong
    const empty = await upload(admin(), Buffer.from(await workbook.xlsx.writeBuffer()), true);
    expect(empty.body).toMatchObject({ dryRun: true, applied: false, issues: [], counts: { customers: { created: 0 } } });
  });
});

describe("importing master data", () => {
  it("dry-runs without writing, applies in one go, and changes nothing when the same file comes again", async () => {
    await as(t, world.users.manager.token).post("/api/v1/calendars", { name: "华南工作日", timeZone: "Asia/Shanghai", weekly });
    const file = await filledTemplate({
      客户: [["岭南第一人民医院", "岭南一院", "020-8888 0000", "it@lnyy.example.cn", "广州市越秀区中山二路 1 号", null]],
      联系人: [
        ["岭南第一人民医院", "陈医生", "020-8888 1234", "139 2000 0001", null, "信息科主任", null, "是"],
        ["华北电力信息中心", "王建国", null, null, null, "运维经理", null, null],
      ],
      合同: [["HT-2026-101", "岭南第一人民医院", "PACS 存储维保", new Date("2026-01-01T00:00:00Z"), "2026/12/31", "华南工作日", 30, 240, 60, 480]],
      设备: [
        ["HT-2026-101", "Huawei", "OceanStor 5500 V5", "2102351HTP10K9000777", "信息科机房", "2028-06-30", null],
        ["HT-2026-001", "IBM", "Power S924", "78D1234", "一号机房", "2027-12-31", null],
      ],
    });

    const dry = await upload(admin(), file, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true, applied: false, issues: [],
      counts: {
        customers: { created: 1, updated: 0 }, contacts: { created: 1, updated: 1 },
        contracts: { created: 1 }, equipment: { created: 1, updated: 1 },
      },
    });
    expect((await as(t, admin()).get(`/api/v1/customers?q=${encodeURIComponent("岭南")}`)).body.items).toEqual([]);

    const applied = await upload(admin(), file, false);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, applied: true, issues: [] });
    const [hospital] = (await as(t, admin()).get(`/api/v1/customers?q=${encodeURIComponent("岭南")}`)).body.items;
    const detail = (await as(t, admin()).get(`/api/v1/customers/${hospital.id}`)).body;
    expect(detail.contacts[0]).toMatchObject({ name: "陈医生", mobileNormalized: "+8613920000001", isDesignated: true });
    expect(detail.sites.map((s: { name: string }) => s.name)).toEqual(["信息科机房"]);
    expect(detail.contracts[0]).toMatchObject({
      contractNo: "HT-2026-101", startsOn: "2026-01-01", endsOn: "2026-12-31", calendarId: expect.any(String),
      targets: { S1: { responseMinutes: 30, resolutionMinutes: 240 }, S2: { responseMinutes: 60, resolutionMinutes: 480 } },
      equipment: [expect.objectContaining({ serial: "2102351HTP10K9000777", warrantyEndsOn: "2028-06-30", siteId: detail.sites[0].id })],
    });
    const acme = (await as(t, admin()).get(`/api/v1/customers/${world.acme.id}`)).body;
    expect(acme.contacts.find((c: { name: string }) => c.name === "王建国")).toMatchObject({ title: "运维经理", phone: "010-66112233" });
    expect(acme.contracts[0].equipment[0]).toMatchObject({ serial: "78D1234", warrantyEndsOn: "2027-12-31" });
    const history = await as(t, admin()).get(`/api/v1/contracts/${detail.contracts[0].id}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ action: "created", source: "import", actor: expect.objectContaining({ id: world.users.admin.id }) })]);

    const again = await upload(admin(), file, false);
    expect(again.body.counts).toEqual({
      customers: { created: 0, updated: 0, unchanged: 1 }, contacts: { created: 0, updated: 0, unchanged: 2 },
      contracts: { created: 0, updated: 0, unchanged: 1 }, equipment: { created: 0, updated: 0, unchanged: 2 },
    });
    expect((await as(t, admin()).get(`/api/v1/contracts/${detail.contracts[0].id}/history`)).body.items).toHaveLength(1);
  });

  it("names every bad line in Chinese, and with one bad line applies nothing", async () => {
    const file = await filledTemplate({
      客户: [["东海证券", null, null, "not-an-address", null, null], ["东海证券", null, null, null, null, null]],
      联系人: [["不存在的公司", "张三", "12", null, null, null, null, "也许"], ["东海证券", "李四", null, null, null, null, null, null]],
      合同: [
        ["HT-2026-201", "东海证券", null, "2026-13-01", "2026-12-31", "没有这个日历", 30, null, null, null],
        ["HT-2026-001", "东海证券", null, "2027-01-01", "2026-01-01", null, null, null, null, null],
      ],
      设备: [["HT-2099-999", "IBM", null, null, null, null, null]],
    });
    const dry = await upload(admin(), file, true);
    expect(dry.status).toBe(200);
    const where = dry.body.issues.map((i: { sheet: string; line: number; column: string; code: string }) => `${i.sheet}:${i.line}:${i.column}:${i.code}`);
    expect(where).toEqual([
      "客户 Customers:3:email:invalid_format",
      "联系人 Contacts:3:phone:invalid_phone",
      "联系人 Contacts:3:isDesignated:invalid_yes_no",
      "合同 Contracts:3:startsOn:invalid_date",
      "合同 Contracts:3:S1.resolutionMinutes:required",
      "合同 Contracts:4:endsOn:range_order",
      "设备 Equipment:3:model:required",
      "客户 Customers:4:name:duplicate_in_file",
    ]);
    const messages = dry.body.issues.map((i: { message: string }) => i.message);
    expect(messages).toContain("联系人 第 3 行「电话」：电话号码无效");
    expect(messages).toContain("客户 第 4 行「客户名称」：在文件中重复出现（第 3 行已有）");

    const refused = await upload(admin(), file, false);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "validation_failed", title: "输入有误" });
    expect(refused.body.errors).toHaveLength(8);
    expect(refused.body.errors[0]).toMatchObject({ path: "customers.3.email", line: 3, message: "客户 第 3 行「邮箱」：格式不正确" });
    expect((await as(t, admin()).get(`/api/v1/customers?q=${encodeURIComponent("东海")}`)).body.items).toEqual([]);

    // lines that pass the cell checks but name what does not exist: found in the transaction, which is rolled back
    const unknown = await filledTemplate({
      客户: [["东海证券", null, null, null, null, null]],
      联系人: [["不存在的公司", "张三", null, null, null, null, null, null]],
      合同: [
        ["HT-2026-201", "东海证券", null, null, null, "没有这个日历", null, null, null, null],
        ["HT-2026-002", "东海证券", null, null, null, null, null, null, null, null],
        ["HT-2026-202", "东海证券", null, null, null, null, null, null, null, null],
      ],
      设备: [["HT-2099-999", "IBM", "x", null, null, null, null], ["HT-2026-202", "HPE", "DL380", "CZ2000ABC", null, null, null]],
    });
    const late = await upload(admin(), unknown, false, "en");
    expect(late.status).toBe(422);
    expect(late.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      "contacts.3.customer:unknown_customer",
      "contracts.3.calendar:unknown_calendar",
      "contracts.4.contractNo:contract_of_other_customer",
      "equipment.3.contractNo:unknown_contract",
      "equipment.4.serial:serial_of_other_customer",
    ]);
    expect(late.body.errors[0].message).toBe('Contacts, line 3, "Customer name": names no customer (neither in casedesk nor on the file\'s customers sheet)');
    expect((await as(t, admin()).get(`/api/v1/customers?q=${encodeURIComponent("东海")}`)).body.items).toEqual([]);
  });

  it("reads a CSV saved by Excel in China (GB18030), one kind per file", async () => {
    const gb18030 = Buffer.from("bfcdbba7c3fbb3c62cd0d5c3fb2ccad6bbfa0d0abbaab1b1b5e7c1a6d0c5cfa2d6d0d0c42cd5d4b9a42c31333931323334353637380d0a", "hex");
    const applied = await upload(admin(), gb18030, false, "zh-CN", "contacts.csv");
    expect(applied.body).toMatchObject({ applied: true, counts: { contacts: { created: 1 } } });
    const found = await as(t, admin()).get(`/api/v1/contacts?q=${encodeURIComponent("13912345678")}`);
    expect(found.body.items).toEqual([expect.objectContaining({ name: "赵工", customerId: world.acme.id })]);
  });

  it("is for managers and admins; a file that is no template is one issue", async () => {
    const file = await filledTemplate({});
    expect((await upload(world.users.dispatcher.token, file, true)).status).toBe(403);
    expect((await upload(world.users.customerA.token, file, true)).status).toBe(403);
    const junk = await upload(admin(), Buffer.from("hello,world\n1,2\n"), true);
    expect(junk.body.issues).toEqual([expect.objectContaining({ code: "no_known_sheet", message: "文件中没有可识别的工作表：请使用导入模板（第一行为列名）" })]);
    const broken = await upload(admin(), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), true);
    expect(broken.body.issues).toEqual([expect.objectContaining({ code: "unreadable_file" })]);
  });

  it("refuses a multipart body with no part, or one cut short, with a 4xx naming why", async () => {
    const send = (payload: string) => t.server.inject({
      method: "POST", url: "/api/v1/imports/master-data?dryRun=true", payload,
      headers: { "content-type": "multipart/form-data; boundary=----b", authorization: `Bearer ${admin()}` },
    });
    const empty = await send("------b--\r\n");
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors).toEqual([expect.objectContaining({ path: "body.file", code: "required" })]);
    const cutShort = await send("------b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK");
    expect(cutShort.statusCode).toBe(400);
    expect(cutShort.json().code).toBe("malformed_request");
  });
});
