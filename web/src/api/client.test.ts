import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, onUnauthenticated, setApiLanguage, setCsrfToken, withQuery } from "./client";

function answer(status: number, body: unknown, type = "application/json") {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": type } }));
}

describe("the API client", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("sends the chosen language on every request and the CSRF token only on writes", async () => {
    const fetchMock = answer(200, { ok: true });
    vi.stubGlobal("fetch", fetchMock);
    setApiLanguage("en");
    setCsrfToken("csrf-123");
    await api.get("/cases", { status: ["new", "assigned"], q: "", limit: 50 });
    await api.post("/cases/1/notes", { body: "x" }, 7);
    const [getUrl, getInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, postInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe("/api/v1/cases?status=new&status=assigned&limit=50");
    expect((getInit.headers as Record<string, string>)["Accept-Language"]).toBe("en");
    expect((getInit.headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();
    expect((postInit.headers as Record<string, string>)["X-CSRF-Token"]).toBe("csrf-123");
    expect((postInit.headers as Record<string, string>)["If-Match"]).toBe('"7"');
  });

  it("turns problem+json into an ApiError with field messages keyed by form path", async () => {
    vi.stubGlobal("fetch", answer(422, {
      title: "输入有误", status: 422, code: "validation_failed", detail: "请检查标注的字段。",
      errors: [{ path: "body.caller.phone", code: "too_big", message: "最多 40 个字符" }, { path: "body.subject", code: "required", message: "必填" }],
    }, "application/problem+json"));
    const error = await api.post("/cases", {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("validation_failed");
    expect((error as ApiError).byField()).toEqual({ "caller.phone": "最多 40 个字符", subject: "必填" });
  });

  it("ends the session on a 401, except for an answer to a request sent before the latest sign-in", async () => {
    let ended = 0;
    onUnauthenticated(() => ended++);
    let release: (response: Response) => void = () => {};
    const problem = () => new Response(JSON.stringify({ title: "x", status: 401, code: "unauthenticated" }), { status: 401, headers: { "content-type": "application/problem+json" } });
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>((resolve) => (release = resolve))));
    const stale = api.get("/auth/me").catch(() => undefined);
    setCsrfToken("signed-in-meanwhile");
    release(problem());
    await stale;
    expect(ended).toBe(0);
    vi.stubGlobal("fetch", vi.fn(async () => problem()));
    await api.get("/cases").catch(() => undefined);
    expect(ended).toBe(1);
  });

  it("leaves empty query values out", () => {
    expect(withQuery("/x", { a: undefined, b: null, c: "", d: 0 })).toBe("/x?d=0");
  });
});
