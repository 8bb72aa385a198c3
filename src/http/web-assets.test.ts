import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../../test/helpers.js";

const webDir = mkdtempSync(join(tmpdir(), "casedesk-web-"));
mkdirSync(join(webDir, "assets"));
writeFileSync(join(webDir, "index.html"), "<!doctype html><title>casedesk</title><div id=root></div>");
writeFileSync(join(webDir, "assets", "index-abc123.js"), "console.log('ui')");
writeFileSync(join(webDir, "assets", "index-abc123.js.br"), brotliCompressSync("console.log('ui')"));

describe("the web UI at /", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ webDir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });
  const get = (url: string, accept = "text/html,application/xhtml+xml") => app.server.inject({ method: "GET", url, headers: { accept } });

  it("serves index.html at / and at the UI's own routes, uncached and with a content security policy", async () => {
    for (const url of ["/", "/console", "/cases/C2611-000042", "/login?next=%2Fconsole"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.body).toContain("<div id=root>");
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    }
  });

  it("serves the page at a UI path whatever its query says, dots and slashes included", async () => {
    for (const url of ["/login?next=//evil.example", "/login?next=/cases/C2611-000042.pdf", "/console?a=b.c&d=/e.f", "/cases?q=%2F..%2Fx.y", "/?next=https://evil.example/x.html"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain("<div id=root>");
    }
    for (const url of ["/assets/index-gone.js?v=1", "/api?next=/console", "/healthz.html?next=/"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/problem\+json/);
    }
  });

  it("serves hashed assets for a year and answers a missing one with 404, not the page", async () => {
    const asset = await get("/assets/index-abc123.js", "*/*");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
    const missing = await get("/assets/index-gone.js", "*/*");
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("sends the brotli copy the build wrote to browsers that accept it", async () => {
    const response = await app.server.inject({ method: "GET", url: "/assets/index-abc123.js", headers: { accept: "*/*", "accept-encoding": "br, gzip" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe("console.log('ui')");
  });

  it("leaves /api, /healthz, /metrics and the API docs alone", async () => {
    const unknownApi = await get("/api/v1/no-such-thing");
    expect([401, 404]).toContain(unknownApi.statusCode);
    expect(unknownApi.headers["content-type"]).toMatch(/problem\+json/);
    const notApi = await get("/api/nothing-here");
    expect(notApi.statusCode).toBe(404);
    expect(notApi.headers["content-type"]).toMatch(/problem\+json/);
    expect((await get("/healthz", "*/*")).json()).toEqual({ status: "ok" });
    const metrics = await get("/metrics", "*/*");
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain("# HELP");
    expect((await get("/api/v1/openapi.json", "*/*")).json().openapi).toBe("3.1.0");
    const docs = await get("/api/docs/", "text/html");
    expect(docs.statusCode).toBe(200);
    expect(docs.body.toLowerCase()).toContain("swagger");
  });

  it("does not answer writes with the page", async () => {
    const response = await app.server.inject({ method: "POST", url: "/console", payload: {} });
    expect(response.statusCode).toBe(404);
  });
});

describe("without a built web UI", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ webDir: join(tmpdir(), "casedesk-no-such-web-dir") });
  });
  afterAll(() => app.close());

  it("serves the API only", async () => {
    const response = await app.server.inject({ method: "GET", url: "/console", headers: { accept: "text/html" } });
    expect(response.statusCode).toBe(404);
    expect((await app.server.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
