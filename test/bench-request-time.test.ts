import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { timeInRequests } from "../bench/server-time.js";

/** The benchmark's split of a request's time (bench/server-time.ts): the server's part of it. */
describe("the time the server spent on its requests", () => {
  const server = http.createServer((_request, response) => void setTimeout(() => response.end("ok"), 30));
  const spent = timeInRequests(server);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("counts each request from its hand-over to its answer, and not the time between requests", async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const started = performance.now();
    for (let i = 0; i < 3; i++) {
      expect(await (await fetch(url)).text()).toBe("ok");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const wall = performance.now() - started;
    expect(spent()).toBeGreaterThanOrEqual(3 * 29);
    // the 50 ms pauses between requests are not the server's
    expect(spent()).toBeLessThan(wall - 3 * 45);
  });
});
