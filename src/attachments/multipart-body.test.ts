import { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { PDF, PNG } from "../../test/files.js";
import { caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { multipart, type Part } from "../../test/multipart.js";
import { countWireParts } from "./wire-parts.js";

let app: TestApp;
let world: World;
useWorld((a, w) => { app = a; world = w; });

const opening = JSON.stringify(caseInput({ subject: "带附件报修" }));

async function post(url: string, body: { payload: Buffer | string; headers: Record<string, string> }) {
  const response = await app.server.inject({ method: "POST", url, headers: { authorization: `Bearer ${world.users.dispatcher.token}`, ...body.headers }, payload: body.payload });
  return { status: response.statusCode, type: response.headers["content-type"], body: response.json() };
}

const countCases = async () => Number((await app.deps.db.selectFrom("cases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const openWith = (parts: Part[]) => post("/api/v1/cases/with-attachments", multipart(parts));
const png: Part = { name: "file", filename: "a.png", contentType: "image/png", data: PNG };

describe("the JSON part of a case opened with files", () => {
  it("is parsed as strictly as a JSON body: prototype keys and bad JSON are 422, never 500, with or without a declared type", async () => {
    const before = await countCases();
    const poisoned = opening.replace("{", "{\"__proto__\":{\"isAdmin\":true},");
    const constructor = opening.replace("{", "{\"constructor\":{\"prototype\":{\"isAdmin\":true}},");
    for (const [value, contentType] of [[poisoned, undefined], [poisoned, "application/json"], [constructor, "application/json"], ["{\"subject\":", "application/json"]] as const) {
      const part: Part = contentType ? { name: "case", contentType, data: Buffer.from(value) } : { name: "case", value };
      const response = await openWith([part, png]);
      expect(response.status, `${contentType} ${value}`).toBe(422);
      expect(response.type).toMatch(/^application\/problem\+json/);
      expect(response.body.errors[0]).toMatchObject({ code: "invalid_json" });
    }
    expect(await countCases()).toBe(before);
  });

  it("may declare itself application/json, as the API document says", async () => {
    const response = await openWith([{ name: "case", contentType: "application/json", data: Buffer.from(opening) }, png]);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ subject: "带附件报修", attachments: [expect.objectContaining({ filename: "a.png" })] });
  });

  it("refuses a JSON value in a field that takes text", async () => {
    const c = await openWith([{ name: "case", value: opening }, png]);
    const response = await post(`/api/v1/cases/${c.body.id}/attachments`, multipart([{ name: "body", contentType: "application/json", data: Buffer.from("{\"a\":1}") }, png]));
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ path: "body.body", code: "invalid_type" });
  });
});

describe("parts the multipart parser would drop", () => {
  it.each([
    ["a CR/LF in a file name (RFC 5987)", { name: "file", filenameStar: "a%0D%0Ab.pdf", contentType: "application/pdf", data: PDF }],
    ["a bare CR in a field name", { name: "x", rawDisposition: "form-data; name=\"no\rte\"", contentType: "text/plain", data: Buffer.from("x") }],
    ["a bare LF in a file name", { name: "file", rawDisposition: "form-data; name=\"file\"; filename=\"a\nb.pdf\"", contentType: "application/pdf", data: PDF }],
    ["no form-data disposition", { name: "file", rawDisposition: "attachment; filename=\"a.pdf\"", contentType: "application/pdf", data: PDF }],
  ] satisfies [string, Part][])("answers 422 for %s beside a good file, and stores nothing", async (_name, odd) => {
    const before = await countCases();
    const response = await openWith([{ name: "case", value: opening }, png, odd]);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "validation_failed", errors: [{ path: "body", code: "unreadable_part" }] });
    expect(response.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countCases()).toBe(before);
  });
});

describe("a dropped part larger than the parser's buffer (16 KiB)", () => {
  const big = Buffer.alloc(40_000, "x");
  it.each([
    ["a bare CR in its name, last", (file: Part): Part[] => [{ name: "case", value: opening }, file, { name: "x", rawDisposition: "form-data; name=\"no\rte\"", contentType: "text/plain", data: big }]],
    ["a bare CR in its name, first", (file: Part): Part[] => [{ name: "x", rawDisposition: "form-data; name=\"no\rte\"", contentType: "text/plain", data: big }, { name: "case", value: opening }, file]],
    ["an attachment disposition", (file: Part): Part[] => [{ name: "case", value: opening }, file, { name: "file", rawDisposition: "attachment; filename=\"a.pdf\"", contentType: "application/pdf", data: big }]],
  ] satisfies [string, (file: Part) => Part[]][])("is answered (422), not left hanging: %s", async (_name, parts) => {
    const before = await countCases();
    const answer = openWith(parts(png));
    const response = await Promise.race([answer, new Promise<"no answer">((resolve) => setTimeout(() => resolve("no answer"), 5_000))]);
    expect(response).not.toBe("no answer");
    expect(response).toMatchObject({ status: 422, body: { errors: [{ path: "body", code: "unreadable_part" }] } });
    expect(await countCases()).toBe(before);
  });
});

describe("multipart bodies that cannot be read", () => {
  const good = () => multipart([{ name: "case", value: opening }, png]);

  it.each([
    ["no boundary", () => ({ payload: good().payload, headers: { "content-type": "multipart/form-data" } })],
    ["a boundary the body does not use", () => ({ payload: good().payload, headers: { "content-type": "multipart/form-data; boundary=elsewhere" } })],
    ["a body cut short", () => ({ ...good(), payload: good().payload.subarray(0, 200) })],
  ])("answers 400 problem+json for %s", async (_name, body) => {
    const response = await post("/api/v1/cases/with-attachments", body());
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe("malformed_request");
  });

  it("answers 422 for a part whose headers never end (the parser would skip it)", async () => {
    const { headers } = good();
    const boundary = headers["content-type"]!.split("boundary=")[1];
    const response = await post("/api/v1/cases/with-attachments", { headers, payload: `--${boundary}\r\nContent-Disposition: form-data; name="case"\r\n--${boundary}--\r\n` });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: "body", code: "unreadable_part" })]);
  });
});

describe(countWireParts.name, () => {
  const count = async (body: Buffer, contentType: string, chunkSize: number) => {
    const chunks = Array.from({ length: Math.ceil(body.length / chunkSize) }, (_, i) => body.subarray(i * chunkSize, (i + 1) * chunkSize));
    const raw = Readable.from(chunks);
    // piped, as @fastify/multipart pipes the request into busboy
    const parser = raw.pipe(new Writable({ write: (_chunk, _encoding, done) => done() }));
    const parts = countWireParts(raw, contentType);
    await finished(parser);
    return parts();
  };

  it("counts the parts up to the closing delimiter, whichever way the bytes arrive", async () => {
    const { payload, headers } = multipart([{ name: "a", value: "1" }, png, { name: "b", value: "--" }]);
    const withEpilogue = Buffer.concat([payload, Buffer.from(`\r\n--${headers["content-type"]!.split("boundary=")[1]}\r\nafter the end`)]);
    for (const size of [1, 3, 7, 64, 100_000]) expect(await count(withEpilogue, headers["content-type"]!, size), `chunks of ${size}`).toBe(3);
    const quoted = headers["content-type"]!.replace(/boundary=(.*)$/, "boundary=\"$1\"");
    expect(await count(payload, quoted, 5)).toBe(3);
    expect(await count(payload, "multipart/form-data", 5)).toBe(0);
  });
});
