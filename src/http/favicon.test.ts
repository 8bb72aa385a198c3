import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../../test/helpers.js";

describe("the tab icon", () => {
  let app: TestApp;
  beforeAll(async () => {
    // the API alone: the icon does not depend on a built web UI
    app = await testApp({ webDir: "off" });
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers /favicon.ico with an icon file to anyone, so a browser logs no 404", async () => {
    const response = await app.server.inject({ method: "GET", url: "/favicon.ico" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/x-icon");
    expect(response.headers["cache-control"]).toContain("max-age=");
    // an ICO header: reserved 0, type 1 (icon), three images
    expect([...response.rawPayload.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
  });

  it("answers /favicon.svg, the icon index.html names", async () => {
    const response = await app.server.inject({ method: "GET", url: "/favicon.svg" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(response.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
