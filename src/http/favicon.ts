import type { FastifyInstance } from "fastify";
import { readFileSync } from "node:fs";
import { anyone } from "./access.js";

const ICONS = {
  "/favicon.svg": { type: "image/svg+xml", body: readFileSync(new URL("favicon.svg", import.meta.url)) },
  // what browsers ask for by themselves (and the API docs page): the same icon as PNGs in an ICO
  "/favicon.ico": { type: "image/x-icon", body: readFileSync(new URL("favicon.ico", import.meta.url)) },
};

/** The tab icon, served whether or not the web UI is built, so no browser logs a 404 for it. */
export function registerFavicon(app: FastifyInstance): void {
  for (const [path, icon] of Object.entries(ICONS)) {
    app.get(path, { config: { access: anyone }, schema: { hide: true } }, async (_request, reply) =>
      reply.type(icon.type).header("Cache-Control", "public, max-age=86400").send(icon.body));
  }
}
