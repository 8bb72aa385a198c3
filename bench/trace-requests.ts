/**
 * Prints every statement one case opening and one note send to the database (PostgreSQL at
 * BENCH_DATABASE_URL or the default test server, in a database of its own): the list to read
 * before cutting round trips. `node --import tsx bench/trace-requests.ts`; `TRACE_FULL=1` prints
 * each statement whole with its parameters, `TRACE_KEEP=1` keeps the database (casedesk_trace) to
 * run them again in psql.
 */
import pg from "pg";
import { createApp } from "../src/app.js";
import { benchConfig } from "./engines.js";
import { createDatabase, dropDatabase } from "./engines.js";
import { seed } from "./seed.js";
import { CASE_TYPES, VENDORS } from "./corpus.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const name = "casedesk_trace";
const url = await createDatabase(adminUrl, name);
try {
  const seeded = await seed({ engine: "postgres", url });
  const app = await createApp(benchConfig({ engine: "postgres", url }));
  let trace: string[] | null = null;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    // a pipeline (src/db/pipeline.ts) carries its statements; a text or config carries one
    const pipelined = (args[0] as { statements?: { sql: string; parameters: unknown }[] }).statements;
    const statements = pipelined ?? [{ sql: typeof args[0] === "string" ? args[0] : String((args[0] as { text?: string }).text), parameters: typeof args[0] === "string" ? args[1] : (args[0] as { values?: unknown }).values }];
    const show = ({ sql, parameters }: { sql: string; parameters: unknown }) =>
      process.env.TRACE_FULL ? `${sql}\n-- params ${JSON.stringify(parameters)}` : sql.replace(/\s+/g, " ").slice(0, 220);
    trace?.push(statements.length > 1 ? `one pipeline of ${statements.length}:\n      ${statements.map(show).join("\n      ")}` : show(statements[0]!));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const customer = seeded.customers[0]!;
  const post = async (url: string, payload: unknown) => {
    const response = await app.server.inject({ method: "POST", url, payload: payload as object, headers: { authorization: `Bearer ${seeded.token}` } });
    if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json() as { id: string };
  };
  const body = { subject: "硬盘告警", description: "阵列控制器告警", channel: "phone", vendor: VENDORS[0]![0], caseType: CASE_TYPES[0]![0], faultLevel: "S2", caller: { name: customer.contactName, phone: customer.phone, company: customer.name, contractNo: customer.contractNo } };
  const { id } = await post("/api/v1/cases", body);
  const runs = [
    ["open case", () => post("/api/v1/cases", body)],
    ["add note", () => post(`/api/v1/cases/${id}/notes`, { body: "已远程查看", visibility: "internal" })],
  ] as const;
  for (const [label, run] of runs) {
    trace = [];
    await run();
    console.log(`\n${label}: ${trace.length} round trips`);
    trace.forEach((t, i) => console.log(`${String(i + 1).padStart(3)} ${t}`));
  }
  trace = null;
  await app.close();
} finally {
  if (!process.env.TRACE_KEEP) await dropDatabase(adminUrl, name);
}
