/**
 * The fetch client of the web UI: the session cookie travels by itself; writes carry the
 * X-CSRF-Token from the sign-in answer; Accept-Language follows the chosen language, so
 * problem+json errors come back in it.
 */
import type { ApiPath } from "./types";

export type FieldProblem = { path: string; code: string; message: string };
export type Problem = { type?: string; title: string; status: number; code: string; detail?: string; errors?: FieldProblem[] };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldProblem[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
  }

  /** Field errors keyed by the form field's path: "body.caller.phone" → "caller.phone". */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.fieldErrors) {
      const key = error.path.replace(/^(body|query|querystring|params)\.?/, "");
      out[key] ??= error.message;
    }
    return out;
  }
}

type Session = { csrfToken: string | null; language: string; generation: number; onUnauthenticated?: () => void };
const session: Session = { csrfToken: null, language: "zh-CN", generation: 0 };

/** A new sign-in (or sign-out): answers to requests sent before it no longer speak for the session. */
export function setCsrfToken(token: string | null): void {
  session.csrfToken = token;
  session.generation++;
}
export function setApiLanguage(language: string): void {
  session.language = language;
}
export function onUnauthenticated(handler: () => void): void {
  session.onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | undefined | null | Array<string | number>>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

type RequestOptions = { query?: Query; body?: unknown; form?: FormData; ifMatch?: number; signal?: AbortSignal; headers?: Record<string, string> };

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": session.language, ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && session.csrfToken) headers["X-CSRF-Token"] = session.csrfToken;
  if (options.ifMatch !== undefined) headers["If-Match"] = `"${options.ifMatch}"`;
  const generation = session.generation;
  const response = await fetch(withQuery(`/api/v1${path}`, options.query), {
    method,
    headers,
    credentials: "same-origin",
    // a FormData body sets its own multipart Content-Type with the boundary
    body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  const payload = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const problem: Problem = isJson && payload && typeof payload === "object" && "code" in payload
      ? (payload as Problem)
      : { title: response.statusText || "Error", status: response.status, code: "http_error", detail: typeof payload === "string" ? payload.slice(0, 200) : undefined };
    // a 401 ends the session only if it answers a request of the current one (not one sent before signing in)
    if (problem.status === 401 && path !== "/auth/login" && generation === session.generation) session.onUnauthenticated?.();
    throw new ApiError(problem);
  }
  return payload as T;
}

/** Each method takes only the paths the server answers it on (from the generated schema.d.ts), so a path the server dropped fails the build. */
export const api = {
  get: <T>(path: ApiPath<"get">, query?: Query, signal?: AbortSignal) => request<T>("GET", path, { query, signal }),
  post: <T>(path: ApiPath<"post">, body: unknown = {}, ifMatch?: number) => request<T>("POST", path, { body, ifMatch }),
  patch: <T>(path: ApiPath<"patch">, body: unknown, ifMatch?: number) => request<T>("PATCH", path, { body, ifMatch }),
  put: <T>(path: ApiPath<"put">, body: unknown, ifMatch?: number) => request<T>("PUT", path, { body, ifMatch }),
  delete: <T>(path: ApiPath<"delete">, ifMatch?: number) => request<T>("DELETE", path, { ifMatch }),
  /** multipart/form-data (files in parts named `file`), with the CSRF header like every write */
  upload: <T>(path: ApiPath<"post">, form: FormData, headers?: Record<string, string>, query?: Query) => request<T>("POST", path, { form, headers, query }),
};
