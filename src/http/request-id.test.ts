import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id.js";

describe("the request id", () => {
  it("keeps a proxy's sane id and replaces anything else with a fresh one", () => {
    expect(requestIdOf({ headers: { "x-request-id": "req-7f3a.b:1" } })).toBe("req-7f3a.b:1");
    for (const junk of ["x".repeat(65), "a b", "line\r\nX-Injected: 1", "", "尝试"]) {
      const id = requestIdOf({ headers: { "x-request-id": junk } });
      expect(id).not.toBe(junk);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdOf({ headers: {} })).toMatch(/^[0-9a-f-]{36}$/);
  });
});
