import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOCX, EXE, HTML, PDF, PNG, SVG, TEXT, TIFF } from "../../test/files.js";
import { TEST_PASSWORD, as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { multipart, type Part } from "../../test/multipart.js";
import { FilesystemAttachmentStore } from "./attachment-store.js";

let app: TestApp;
let world: World;
const FILE_LIMIT = 64 * 1024;
const CASE_LIMIT = 200 * 1024;
useWorld((a, w) => { app = a; world = w; }, { attachmentMaxBytes: FILE_LIMIT, caseAttachmentsMaxBytes: CASE_LIMIT });

async function send(token: string, method: "POST" | "GET", url: string, parts?: Part[], headers: Record<string, string> = {}) {
  const body = parts ? multipart(parts) : undefined;
  const response = await app.server.inject({
    method, url, headers: { authorization: `Bearer ${token}`, ...body?.headers, ...headers }, ...(body ? { payload: body.payload } : {}),
  });
  let json: any;
  try { json = response.json(); } catch { json = undefined; }
  return { status: response.statusCode, body: json, headers: response.headers, raw: response.rawPayload };
}

const file = (data: Buffer, filename: string, contentType: string, name = "file"): Part => ({ name, filename, contentType, data });

async function openCase(token = world.users.dispatcher.token, overrides: Record<string, unknown> = {}) {
  const response = await as(app, token).post("/api/v1/cases", caseInput(overrides));
  expect(response.status).toBe(201);
  return response.body as { id: string; number: string };
}

describe("attachments over HTTP", () => {
  it("uploads files with a note and downloads them byte for byte, always as a download", async () => {
    const c = await openCase();
    const upload = await send(world.users.engineer.token, "POST", `/api/v1/cases/${c.id}/attachments`, [
      { name: "body", value: "阵列日志和告警截图" },
      { name: "visibility", value: "public" },
      file(PNG, "告警截图.png", "image/png"),
      file(TEXT, "array.log", "text/plain"),
    ]);
    expect(upload.status).toBe(201);
    expect(upload.body.entry).toMatchObject({ kind: "note.added", visibility: "public", data: { body: "阵列日志和告警截图" } });
    expect(upload.body.entry.data.attachments).toEqual(upload.body.attachments.map((a: any) => ({ id: a.id, filename: a.filename, sizeBytes: a.sizeBytes, contentType: a.contentType, sha256: a.sha256 })));
    const [png, log] = upload.body.attachments;
    expect(png).toMatchObject({ filename: "告警截图.png", contentType: "image/png", sizeBytes: PNG.length, visibility: "public", activityId: upload.body.entry.id, filenameAdjustments: [] });
    expect(log).toMatchObject({ filename: "array.log", contentType: "text/plain" });

    const list = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments`);
    expect(list.body.items.map((a: any) => a.filename)).toEqual(["告警截图.png", "array.log"]);
    const activities = await as(app, world.users.customerA.token).get(`/api/v1/cases/${c.id}/activities`);
    const entry = activities.body.items.find((e: any) => e.id === upload.body.entry.id);
    expect(entry.data.attachments.map((a: any) => [a.id, a.filename, a.sizeBytes])).toEqual([[png.id, "告警截图.png", PNG.length], [log.id, "array.log", TEXT.length]]);

    const download = await send(world.users.customerA.token, "GET", png.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.raw).equals(PNG)).toBe(true);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent("告警截图.png")}`);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-security-policy"]).toMatch(/^sandbox/);
    expect(download.headers["content-length"]).toBe(String(PNG.length));
    const text = await send(world.users.customerA.token, "GET", log.downloadUrl);
    expect(text.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(Buffer.from(text.raw).equals(TEXT)).toBe(true);
  });

  it("neutralises hostile file names and says how", async () => {
    const c = await openCase();
    const longName = `${"很长".repeat(5000)}.pdf`;
    const upload = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [
      file(PDF, "../../../etc/passwd", "application/pdf"),
      { name: "file", filenameStar: "report%00.pdf", contentType: "application/pdf", data: PDF },
      file(PDF, "invoice\u202Efdp.exe", "application/pdf"),
      file(PDF, longName, "application/pdf"),
      { name: "file", filenameStar: "a%09b%1B%5Bc%22%3B%20filename%3Devil.exe.pdf", contentType: "application/pdf", data: PDF },
      file(PDF, "..", "application/pdf"),
    ]);
    expect(upload.status).toBe(201);
    const names = upload.body.attachments.map((a: any) => [a.filename, a.filenameAdjustments]);
    expect(names[0]).toEqual(["passwd", ["path_removed"]]);
    expect(names[1]).toEqual(["report.pdf", ["control_characters_removed"]]);
    expect(names[2]).toEqual(["invoicefdp.exe", ["bidi_controls_removed"]]);
    expect([...names[3][0]]).toHaveLength(200);
    expect(names[3][0].endsWith(".pdf")).toBe(true);
    expect(names[3][1]).toEqual(["truncated"]);
    expect(names[4]).toEqual(["ab[c_; filename=evil.exe.pdf", ["control_characters_removed", "reserved_characters_replaced"]]);
    expect(names[5]).toEqual(["attachment", ["leading_dots_removed", "empty"]]);

    const download = await send(world.users.dispatcher.token, "GET", upload.body.attachments[4].downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers["content-disposition"]).toBe("attachment; filename=\"ab[c__ filename=evil.exe.pdf\"; filename*=UTF-8''ab%5Bc_%3B%20filename%3Devil.exe.pdf");
    // CR/LF in a name: the multipart parser drops the whole part, which is refused rather than lost
    const crlf = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [
      { name: "file", filenameStar: "a%0D%0ASet-Cookie%3A%20stolen%3D1.pdf", contentType: "application/pdf", data: PDF },
    ]);
    expect(crlf.status).toBe(422);
    expect(crlf.body.errors[0]).toMatchObject({ path: "body", code: "unreadable_part" });
    const rtl = await send(world.users.dispatcher.token, "GET", upload.body.attachments[2].downloadUrl);
    expect(rtl.headers["content-disposition"]).not.toContain("%E2%80%AE");
  });

  it("refuses bytes that contradict their declared type, with a reason naming both", async () => {
    const c = await openCase();
    const exe = await send(world.users.customerA.token, "POST", `/api/v1/cases/${c.id}/attachments`, [file(EXE, "photo.png", "image/png")], { "accept-language": "en" });
    expect(exe.status).toBe(422);
    expect(exe.body.code).toBe("attachment_type_mismatch");
    expect(exe.body.detail).toContain("image/png");
    expect(exe.body.detail).toContain("application/x-msdownload");
    const html = await send(world.users.customerA.token, "POST", `/api/v1/cases/${c.id}/attachments`, [file(PNG, "ok.png", "image/png"), file(HTML, "scan.pdf", "application/pdf")]);
    expect(html.status).toBe(422);
    expect(html.body.detail).toContain("text/html");
    expect(html.body.title).toBe("附件类型不符");
    const list = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments`);
    expect(list.body.items).toEqual([]);
    const activities = await as(app, world.users.dispatcher.token).get(`/api/v1/cases/${c.id}/activities`);
    expect(activities.body.items.map((e: any) => e.kind)).toEqual(["case.opened"]);
  });

  it("keeps HTML, SVG and unknown bytes that say what they are, but never serves them as such", async () => {
    const c = await openCase();
    const upload = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [
      file(HTML, "page.html", "text/html"), file(SVG, "logo.svg", "image/svg+xml"), file(EXE, "tool.exe", "application/octet-stream"),
      // a GBK-encoded log is text to its sender, and of no format casedesk recognises
      file(Buffer.from([0xd3, 0xb2, 0xc5, 0xcc, 0xb8, 0xe6, 0xbe, 0xaf, 0x0a]), "gbk.log", "text/plain"),
    ]);
    expect(upload.status).toBe(201);
    expect(upload.body.attachments.map((a: any) => a.contentType)).toEqual(["text/html", "image/svg+xml", "application/x-msdownload", "application/octet-stream"]);
    for (const attachment of upload.body.attachments) {
      const download = await send(world.users.dispatcher.token, "GET", attachment.downloadUrl);
      expect(download.headers["content-type"]).toBe("application/octet-stream");
      expect(download.headers["content-disposition"]).toMatch(/^attachment;/);
      expect(download.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("refuses a file over the per-file limit and a case over its total, changing nothing", async () => {
    const c = await openCase();
    const big = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [file(Buffer.alloc(FILE_LIMIT + 1, 1), "dump.bin", "application/octet-stream")]);
    expect(big.status).toBe(413);
    expect(big.body.code).toBe("attachment_too_large");
    expect(big.body.detail).toContain("dump.bin");
    const chunk = (n: number) => file(Buffer.alloc(FILE_LIMIT, n), `part${n}.bin`, "application/octet-stream");
    const first = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [chunk(1), chunk(2), chunk(3)]);
    expect(first.status).toBe(201);
    const over = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [chunk(4)]);
    expect(over.status).toBe(413);
    expect(over.body.code).toBe("case_attachments_full");
    const list = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments`);
    expect(list.body.items.map((a: any) => a.filename)).toEqual(["part1.bin", "part2.bin", "part3.bin"]);
    const page = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments?limit=2`);
    expect(page.body.items.map((a: any) => a.filename)).toEqual(["part1.bin", "part2.bin"]);
    const next = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments?limit=2&cursor=${page.body.nextCursor}`);
    expect(next.body).toMatchObject({ items: [expect.objectContaining({ filename: "part3.bin" })], nextCursor: null });
    const activities = await as(app, world.users.dispatcher.token).get(`/api/v1/cases/${c.id}/activities`);
    expect(activities.body.items).toHaveLength(2);
    // uploads are spooled to disk as they arrive; the refused ones leave no spool file behind
    const store = new FilesystemAttachmentStore(app.deps.config.attachmentsDir);
    expect(existsSync(store.incomingDir)).toBe(true);
    expect(readdirSync(store.incomingDir)).toEqual([]);
  });

  it("spools an upload to disk and keeps it under its hash, reading a zip-based format's type from the file", async () => {
    const c = await openCase();
    const store = new FilesystemAttachmentStore(app.deps.config.attachmentsDir);
    const docx = DOCX;
    const upload = await send(world.users.engineer.token, "POST", `/api/v1/cases/${c.id}/attachments`, [
      file(docx, "巡检报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]);
    expect(upload.status).toBe(201);
    const [saved] = upload.body.attachments;
    expect(saved).toMatchObject({ contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sizeBytes: docx.length });
    expect(readFileSync(store.pathOf(createHash("sha256").update(docx).digest("hex"))).equals(docx)).toBe(true);
    expect(readdirSync(store.incomingDir)).toEqual([]);
  });

  it("lets only one of two concurrent uploads past the per-case total", async () => {
    const c = await openCase();
    const chunk = (n: number) => file(Buffer.alloc(FILE_LIMIT, n), `c${n}.bin`, "application/octet-stream");
    const results = await Promise.all([
      send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [chunk(1), chunk(2)]),
      send(world.users.engineer.token, "POST", `/api/v1/cases/${c.id}/attachments`, [chunk(3), chunk(4)]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 413]);
    const list = await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments`);
    expect(list.body.items).toHaveLength(2);
  });

  it("wants multipart with at least one file and known fields", async () => {
    const c = await openCase();
    const json = await as(app, world.users.dispatcher.token).post(`/api/v1/cases/${c.id}/attachments`, { body: "x" });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe("multipart_required");
    const none = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "body", value: "没有文件" }]);
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([expect.objectContaining({ path: "body.file", code: "required" })]);
    const unknown = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "isAdmin", value: "true" }, file(PNG, "a.png", "image/png")]);
    expect(unknown.status).toBe(422);
    const nul = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "body", value: "a\u0000b" }, file(PNG, "a.png", "image/png")]);
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0]).toMatchObject({ path: "body.body", code: "invalid_text" });
    const many = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, Array.from({ length: 11 }, (_, i) => file(PNG, `${i}.png`, "image/png")));
    expect(many.status).toBe(422);
    expect(many.body.errors[0].code).toBe("too_many_files");
  });
});

describe("who may see attachments", () => {
  it("gives a customer only the public attachments of its own company's cases; everything else is 404 like a missing one", async () => {
    const c = await openCase();
    const pub = await send(world.users.engineer.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "visibility", value: "public" }, file(PDF, "report.pdf", "application/pdf")]);
    const internal = await send(world.users.engineer.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "body", value: "内部：厂商报价" }, file(PDF, "quote.pdf", "application/pdf")]);
    expect(internal.body.attachments[0].visibility).toBe("internal");

    const mine = await send(world.users.customerA.token, "GET", `/api/v1/cases/${c.id}/attachments`);
    expect(mine.body.items.map((a: any) => a.filename)).toEqual(["report.pdf"]);
    expect((await send(world.users.customerA.token, "GET", pub.body.attachments[0].downloadUrl)).status).toBe(200);

    const missing = await send(world.users.customerA.token, "GET", "/api/v1/attachments/00000000-0000-4000-8000-000000000000");
    const hidden = await send(world.users.customerA.token, "GET", internal.body.attachments[0].downloadUrl);
    const otherCompany = await send(world.users.customerB.token, "GET", pub.body.attachments[0].downloadUrl);
    for (const response of [hidden, otherCompany]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await send(world.users.customerB.token, "GET", `/api/v1/cases/${c.id}/attachments`)).status).toBe(404);
    const upload = await send(world.users.customerB.token, "POST", `/api/v1/cases/${c.id}/attachments`, [file(PNG, "x.png", "image/png")]);
    expect(upload.status).toBe(404);
    const internalByCustomer = await send(world.users.customerA.token, "POST", `/api/v1/cases/${c.id}/attachments`, [{ name: "visibility", value: "internal" }, file(PNG, "x.png", "image/png")]);
    expect(internalByCustomer.status).toBe(403);
    expect((await send(world.users.rma.token, "GET", internal.body.attachments[0].downloadUrl)).status).toBe(200);
  });

  it("lets a customer open a case with files, which the other company cannot reach", async () => {
    const opened = await send(world.users.customerA.token, "POST", "/api/v1/cases/with-attachments", [
      { name: "case", value: JSON.stringify({ subject: "服务器无法开机", channel: "web", vendor: "IBM", caseType: "hardware", faultLevel: "S2" }) },
      file(PNG, "面板.png", "image/png"),
    ], { "idempotency-key": "portal-open-1" });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ channel: "web", customerId: world.acme.id, status: "new" });
    expect(opened.body.attachments).toHaveLength(1);
    expect(opened.body.attachments[0]).toMatchObject({ filename: "面板.png", visibility: "public" });
    const activities = await as(app, world.users.customerA.token).get(`/api/v1/cases/${opened.body.id}/activities`);
    expect(activities.body.items[0]).toMatchObject({ kind: "case.opened", data: { attachments: [expect.objectContaining({ id: opened.body.attachments[0].id })] } });
    expect((await send(world.users.customerA.token, "GET", opened.body.attachments[0].downloadUrl)).status).toBe(200);
    expect((await send(world.users.customerB.token, "GET", opened.body.attachments[0].downloadUrl)).status).toBe(404);

    const replay = await send(world.users.customerA.token, "POST", "/api/v1/cases/with-attachments", [
      { name: "case", value: JSON.stringify({ subject: "服务器无法开机", channel: "web", vendor: "IBM", caseType: "hardware", faultLevel: "S2" }) },
      file(PNG, "面板.png", "image/png"),
    ], { "idempotency-key": "portal-open-1" });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(opened.body.id);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.body.attachments.map((a: any) => a.id)).toEqual([opened.body.attachments[0].id]);
    const list = await send(world.users.customerA.token, "GET", `/api/v1/cases/${opened.body.id}/attachments`);
    expect(list.body.items).toHaveLength(1);

    const bad = await send(world.users.customerA.token, "POST", "/api/v1/cases/with-attachments", [{ name: "case", value: "{not json" }, file(PNG, "a.png", "image/png")]);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: "body.case", code: "invalid_json" });
    const foreign = await send(world.users.customerA.token, "POST", "/api/v1/cases/with-attachments", [
      { name: "case", value: JSON.stringify({ subject: "x", channel: "web", vendor: "HPE", caseType: "hardware", faultLevel: "S3", contactId: world.betaContact.id }) },
      file(PNG, "a.png", "image/png"),
    ]);
    expect(foreign.status).toBe(422);
  });
});

describe("fax images", () => {
  const newCase = JSON.stringify({ subject: "传真报修：磁带库机械手故障", vendor: "IBM", caseType: "hardware", faultLevel: "S3", caller: { name: "王建国", phone: "010-66112233", contractNo: "HT-2026-001" } });

  it("opens a case with channel fax from a TIFF, or adds a PDF fax to an existing case", async () => {
    const opened = await send(world.users.dispatcher.token, "POST", "/api/v1/faxes", [{ name: "case", value: newCase }, file(TIFF, "fax-0001.tif", "image/tiff")]);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ channel: "fax", customerId: world.acme.id });
    expect(opened.body.attachments[0]).toMatchObject({ filename: "fax-0001.tif", contentType: "image/tiff", visibility: "public" });
    const download = await send(world.users.customerA.token, "GET", opened.body.attachments[0].downloadUrl);
    expect(download.headers["content-type"]).toBe("image/tiff");

    const added = await send(world.users.dispatcher.token, "POST", "/api/v1/faxes", [
      { name: "caseId", value: opened.body.number }, { name: "note", value: "客户补充传真" }, file(PDF, "fax-0002.pdf", "application/pdf"),
    ]);
    expect(added.status).toBe(201);
    expect(added.body.id).toBe(opened.body.id);
    const activities = await as(app, world.users.dispatcher.token).get(`/api/v1/cases/${opened.body.id}/activities`);
    expect(activities.body.items.at(-1)).toMatchObject({ kind: "note.added", visibility: "public", data: { body: "客户补充传真", channel: "fax", attachments: [expect.objectContaining({ filename: "fax-0002.pdf" })] } });
  });

  it("takes only PDF or TIFF, one file, one target, and only from dispatchers and their leads", async () => {
    const png = await send(world.users.dispatcher.token, "POST", "/api/v1/faxes", [{ name: "case", value: newCase }, file(PNG, "fax.png", "image/png")]);
    expect(png.status).toBe(422);
    expect(png.body.errors[0]).toMatchObject({ path: "body.file", code: "not_a_fax_image" });
    const both = await send(world.users.dispatcher.token, "POST", "/api/v1/faxes", [{ name: "case", value: newCase }, { name: "caseId", value: "C2611-000001" }, file(PDF, "f.pdf", "application/pdf")]);
    expect(both.status).toBe(422);
    expect(both.body.errors[0].code).toBe("case_or_case_id");
    const two = await send(world.users.dispatcher.token, "POST", "/api/v1/faxes", [{ name: "case", value: newCase }, file(PDF, "1.pdf", "application/pdf"), file(PDF, "2.pdf", "application/pdf")]);
    expect(two.status).toBe(422);
    for (const token of [world.users.engineer.token, world.users.customerA.token]) {
      const refused = await send(token, "POST", "/api/v1/faxes", [{ name: "case", value: newCase }, file(PDF, "f.pdf", "application/pdf")]);
      expect(refused.status).toBe(403);
    }
    const cases = await as(app, world.users.dispatcher.token).get("/api/v1/cases?q=磁带库");
    expect(cases.body.items.filter((c: any) => c.channel === "fax")).toHaveLength(1);
  });
});

describe("a store that lost a file", () => {
  it("answers 500 with a request id, not a half download", async () => {
    const c = await openCase();
    const unique = Buffer.concat([PDF, Buffer.from(`% ${c.id}\n`)]);
    const upload = await send(world.users.dispatcher.token, "POST", `/api/v1/cases/${c.id}/attachments`, [file(unique, "gone.pdf", "application/pdf")]);
    rmSync(new FilesystemAttachmentStore(app.deps.config.attachmentsDir).pathOf(upload.body.attachments[0].sha256));
    const download = await send(world.users.dispatcher.token, "GET", upload.body.attachments[0].downloadUrl);
    expect(download.status).toBe(500);
    expect(download.body.code).toBe("internal_error");
  });
});

describe("uploads from a browser session", () => {
  it("need the session's CSRF token, and store nothing without it", async () => {
    const c = await openCase();
    const login = await app.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "customer-a@casedesk.test", password: TEST_PASSWORD } });
    const cookie = login.cookies.find((k) => k.name === "casedesk_session")!.value;
    const body = () => multipart([file(PNG, "a.png", "image/png")]);
    const post = (headers: Record<string, string>) => {
      const { payload, headers: type } = body();
      return app.server.inject({ method: "POST", url: `/api/v1/cases/${c.id}/attachments`, cookies: { casedesk_session: cookie }, headers: { ...type, ...headers }, payload });
    };
    const without = await post({});
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe("csrf_failed");
    expect((await send(world.users.dispatcher.token, "GET", `/api/v1/cases/${c.id}/attachments`)).body.items).toEqual([]);
    const withToken = await post({ "x-csrf-token": login.json().csrfToken });
    expect(withToken.statusCode).toBe(201);
    const download = await app.server.inject({ method: "GET", url: withToken.json().attachments[0].downloadUrl, cookies: { casedesk_session: cookie } });
    expect(download.statusCode).toBe(200);
  });
});

describe("the OpenAPI document", () => {
  it("lists the attachment, case-with-files and fax endpoints", async () => {
    const response = await app.server.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const paths = response.json().paths as Record<string, Record<string, { tags?: string[]; description?: string }>>;
    for (const [path, method] of [["/api/v1/cases/{id}/attachments", "post"], ["/api/v1/cases/{id}/attachments", "get"], ["/api/v1/attachments/{id}", "get"], ["/api/v1/cases/with-attachments", "post"], ["/api/v1/faxes", "post"]] as const) {
      expect(paths[path]?.[method]?.tags).toContain("attachments");
    }
    expect(paths["/api/v1/faxes"]!.post!.description).toContain("multipart/form-data");
    // the multipart bodies themselves: the file parts and the text fields, the new case's JSON as a part
    const body = (path: string) => (paths[path]!.post as any).requestBody.content["multipart/form-data"];
    expect(body("/api/v1/cases/{id}/attachments").schema).toMatchObject({ required: ["file"], properties: { file: { type: "array", maxItems: 10, items: { format: "binary" } }, visibility: { enum: ["public", "internal"] } } });
    expect(body("/api/v1/cases/with-attachments").schema.properties.case.properties.subject.type).toBe("string");
    expect(body("/api/v1/cases/with-attachments").encoding.case).toEqual({ contentType: "application/json" });
    expect(body("/api/v1/faxes").schema.properties.file.maxItems).toBe(1);
  });
});
