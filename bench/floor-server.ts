/**
 * The HTTP floor's server (bench/http-floor.ts): started like bench/server.ts, in a process of its
 * own on 127.0.0.1 and a free port, the port back over IPC, "stop" to end it. One route,
 * `POST /floor`, parses the JSON body and runs the raw ceiling's transaction on the same driver
 * (bench/raw-transactions.ts), then answers 201 {id, number}: what any HTTP request on this stack
 * costs before casedesk does anything of its own. BENCH_FLOOR_VARIANT:
 * - `bare`: Fastify with the app's body limit and nothing else (no logger, the default JSON parser);
 * - `plumbing`: the app's Fastify options (its pino logger at the bench server's level, request
 *   ids, trustProxy), its strict JSON parser, and zod validation of the body with the app's own
 *   `createCaseBody` and serialisation of the answer — no access check, no domain work.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import pg from "pg";
import { z } from "zod";
import { createCaseBody } from "../src/cases/cases.schemas.js";
import { registerJsonParser } from "../src/http/json-body.js";
import { requestIdOf } from "../src/http/request-id.js";
import { createLogger } from "../src/logger.js";
import type { CaseText } from "./corpus.js";
import { benchConfig, openSession, type Target } from "./engines.js";
import { insertCaseWithLog, RAW_POOL_SIZE, RAW_TABLES, rawDriver } from "./raw-transactions.js";

const target = JSON.parse(process.env.BENCH_TARGET ?? "null") as Target | null;
const variant = process.env.BENCH_FLOOR_VARIANT ?? "bare";
if (!target || !process.send || !["bare", "plumbing"].includes(variant)) {
  console.error("bench/floor-server.ts is started by bench/http-floor.ts");
  process.exit(2);
}

// the same driver as the raw ceiling: a pg Pool of the app's size, or PGlite opened as the ceiling opens it
const pool = target.engine === "postgres" ? new pg.Pool({ connectionString: target.url, max: RAW_POOL_SIZE }) : undefined;
const session = target.engine === "pglite" ? await openSession(target) : undefined;
const driver = rawDriver(pool, session?.pglite);
await driver.exec(RAW_TABLES.drop);
await driver.exec(RAW_TABLES.create);

let serial = 0;
const handle = async (body: CaseText) => {
  const number = `F0000-${String(++serial).padStart(7, "0")}`;
  const id = await driver.inTransaction((tx) => insertCaseWithLog(tx, body, number));
  return { id, number };
};

const config = benchConfig(target);
let app: FastifyInstance;
if (variant === "bare") {
  app = Fastify({ bodyLimit: config.bodyLimitBytes });
  app.post("/floor", async (request, reply) => reply.status(201).send(await handle(request.body as CaseText)));
} else {
  // as src/http/server.ts builds it
  const zodApp = Fastify({
    loggerInstance: createLogger(config) as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: requestIdOf,
  }).withTypeProvider<ZodTypeProvider>();
  zodApp.setValidatorCompiler(validatorCompiler);
  zodApp.setSerializerCompiler(serializerCompiler);
  registerJsonParser(zodApp);
  zodApp.post("/floor", { schema: { body: createCaseBody, response: { 201: z.object({ id: z.string(), number: z.string() }) } } }, async (request, reply) => {
    const { subject, description = "", vendor, caseType } = request.body;
    return reply.status(201).send(await handle({ subject, description, vendor, caseType }));
  });
  app = zodApp as unknown as FastifyInstance;
}

await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
process.send({ port: typeof address === "object" && address ? address.port : 0 });

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await driver.exec(RAW_TABLES.drop).catch(() => undefined);
  await pool?.end();
  await session?.close();
  process.exit(0);
};
process.on("message", (message) => void (message === "stop" && close()));
process.on("disconnect", () => void close());
