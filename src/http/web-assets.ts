import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The web UI's build output of this checkout (`npm run build:web`). */
export const DEFAULT_WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

const NOT_THE_UI = /^\/(api|healthz|readyz|metrics)(\/|$)/;
// a path whose last segment has a dot is a file: a missing one is a 404, never index.html
const LOOKS_LIKE_A_FILE = /\/[^/]*\.[^/]*$/;
// antd styles itself with inline <style> elements; scripts only from this origin
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/**
 * Serves the built web UI at `/`: hashed assets cached for a year, index.html never cached, and
 * index.html for any other GET that is not /api, /healthz, /readyz or /metrics (the UI's own
 * routes, so a reload of /cases/C2611-000042 works). Returns whether the UI is there.
 */
export async function registerWebAssets(app: FastifyInstance, configured: string | undefined): Promise<boolean> {
  if (configured === "off") return false;
  const root = resolve(configured ?? DEFAULT_WEB_DIR);
  // `npm start` builds a stale UI beside the starting server (scripts/start.mjs): while its lock
  // is there, serve the folder it is writing, so the UI appears when the build is done
  const building = configured === undefined && existsSync(join(root, "..", ".build-lock"));
  if (building) mkdirSync(root, { recursive: true });
  if (!building && !existsSync(join(root, "index.html"))) {
    app.log.warn({ webDir: root }, "the web UI is not built (npm run build:web); serving the API only");
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: "index.html",
    // scripts/build-web.mjs writes .br and .gz copies beside each asset
    preCompressed: true,
    setHeaders: (res, path) => {
      if (path.includes(`${join(root, "assets")}`)) res.header("Cache-Control", "public, max-age=31536000, immutable");
      else res.header("Cache-Control", "no-cache");
      if (path.endsWith(".html")) res.header("Content-Security-Policy", CSP);
      res.header("X-Content-Type-Options", "nosniff");
    },
  });
  return true;
}

/** The SPA fallback for the not-found handler: true when it answered with index.html. */
export function sendWebIndex(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // the path alone: a query (`/login?next=/cases/C1.2`) says nothing about what is asked for
  const path = request.url.split("?", 1)[0]!;
  if (NOT_THE_UI.test(path) || LOOKS_LIKE_A_FILE.test(path)) return false;
  if (typeof (reply as FastifyReply & { sendFile?: unknown }).sendFile !== "function") return false;
  const accept = request.headers.accept ?? "*/*";
  if (!accept.includes("text/html") && !accept.includes("*/*")) return false;
  void reply
    .header("Cache-Control", "no-cache")
    .header("Content-Security-Policy", CSP)
    .header("X-Content-Type-Options", "nosniff")
    .header("Referrer-Policy", "same-origin")
    .sendFile("index.html");
  return true;
}
