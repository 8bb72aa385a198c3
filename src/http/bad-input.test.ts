import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
}, { bodyLimitBytes: 64 * 1024 });

const countCases = async () => Number((await t.deps.db.selectFrom("cases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

const raw = (payload: string | Buffer, headers: Record<string, string> = {}) =>
  t.server.inject({
    method: "POST",
    url: "/api/v1/cases",
    headers: { authorization: `Bearer ${world.users.dispatcher.token}`, "content-type": "application/json", ...headers },
    payload,
  });

describe("bad input", () => {
  it.each([
    ["an unknown field", { ...caseInput(), status: "closed" }, "body", "unrecognized_keys"],
    ["mass assignment of the assignee", { ...caseInput(), assigneeId: "00000000-0000-4000-8000-000000000000" }, "body", "unrecognized_keys"],
    ["a wrong type", { ...caseInput(), faultLevel: 1 }, "body.faultLevel", "invalid_value"],
    ["a missing subject", { ...caseInput(), subject: undefined }, "body.subject", "required"],
    ["a blank subject", { ...caseInput(), subject: "   " }, "body.subject", "too_small"],
    ["an over-long subject", { ...caseInput(), subject: "长".repeat(501) }, "body.subject", "too_big"],
    ["a NUL character", { ...caseInput(), subject: "a\u0000b" }, "body.subject", "invalid_text"],
    ["a lone surrogate", { ...caseInput(), subject: "a\ud800b" }, "body.subject", "invalid_text"],
    ["an unknown channel", { ...caseInput(), channel: "pigeon" }, "body.channel", "invalid_value"],
    ["a bad e-mail", { ...caseInput(), caller: { name: "x", email: "not-an-email" } }, "body.caller.email", "invalid_format"],
  ])("refuses %s with 422 and writes nothing", async (_name, body, path, code) => {
    const before = await countCases();
    const response = await as(t, world.users.dispatcher.token).post("/api/v1/cases", body);
    expect(response.status).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.body).toMatchObject({ status: 422, code: "validation_failed", title: "输入有误" });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
    expect(response.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countCases()).toBe(before);
  });

  it("speaks English when asked", async () => {
    const response = await as(t, world.users.dispatcher.token, { "accept-language": "en-US,en;q=0.9" }).post("/api/v1/cases", { ...caseInput(), channel: "pigeon" });
    expect(response.body.title).toBe("Invalid input");
    expect(response.body.errors[0].message).toContain("allowed values");
    expect(response.headers["content-language"]).toBe("en");
  });

  it("refuses invalid UTF-8 with 400", async () => {
    const valid = Buffer.from(JSON.stringify(caseInput({ subject: "XX" })));
    const broken = Buffer.from(valid.toString("latin1").replace("XX", "\u00ff\u00fe"), "latin1");
    const before = await countCases();
    const response = await raw(broken);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("invalid_encoding");
    expect(await countCases()).toBe(before);
  });

  it("refuses malformed JSON, prototype poisoning and other content types", async () => {
    expect((await raw("{\"subject\": ")).statusCode).toBe(400);
    expect((await raw(JSON.stringify({ ...caseInput() }).replace("{", "{\"__proto__\": {\"isAdmin\": true},"))).statusCode).toBe(400);
    const form = await raw("subject=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.statusCode).toBe(415);
    expect(form.json().code).toBe("unsupported_media_type");
  });

  it("refuses an oversized body with 413", async () => {
    const response = await raw(JSON.stringify(caseInput({ description: "长".repeat(40_000) })));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("payload_too_large");
  });

  it("refuses bad path ids and headers without touching the database", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    expect((await dispatcher.get("/api/v1/cases/' OR 1=1 --")).status).toBe(404);
    expect((await dispatcher.get("/api/v1/cases/C2611-000001'")).status).toBe(404);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput())).body;
    const badIfMatch = await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P2" }, { "if-match": "yesterday" });
    expect(badIfMatch.status).toBe(422);
    const badKey = await dispatcher.post("/api/v1/cases", caseInput(), { "idempotency-key": "x".repeat(201) });
    expect(badKey.status).toBe(422);
  });

  it("refuses a version no row can have with 422, not a database error", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput())).body;
    for (const version of [2 ** 31, -1842594703069310, -1]) {
      const response = await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P2", version });
      expect(response.status, String(version)).toBe(422);
      expect(response.body.errors[0]).toMatchObject({ path: "body.version" });
    }
    expect((await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P2", version: opened.version })).status).toBe(200);
  });

  it("answers 404 problem+json for unknown routes", async () => {
    const response = await as(t, world.users.dispatcher.token).get("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body.code).toBe("not_found");
  });
});
