import type { CallerSnapshot } from "../src/db/schema.js";
import { caseText } from "../src/cases/search-index.js";
import { CHANNELS, FAULT_LEVELS, RESOLUTIONS, STATUSES, composeCase, personName, pick, rng, weighted } from "./corpus.js";
import type { Session } from "./engines.js";
import type { Seeded } from "./seed.js";
import { round } from "./stats.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR; // no daylight saving time: the month of a case number is UTC+8

export type LoadResult = {
  cases: number;
  seconds: number;
  phases: { dropIndexes: number; insert: number; createIndexes: number; vacuumAnalyze: number };
  rowsPerSecond: number;
  batchSize: number;
  tableSize: string;
  averageVectorBytes: number;
};

const COLUMNS = [
  ["number", "text"], ["subject", "text"], ["description", "text"], ["channel", "text"], ["vendor", "text"], ["case_type", "text"],
  ["fault_level", "text"], ["priority", "text"], ["status", "text"], ["customer_id", "uuid"], ["contract_id", "uuid"], ["caller", "jsonb"],
  ["assignee_id", "uuid"], ["created_by", "uuid"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"],
  ["responded_at", "timestamptz"], ["resolved_at", "timestamptz"], ["closed_at", "timestamptz"], ["resolution", "text"],
] as const;
type Row = Record<(typeof COLUMNS)[number][0] | "sv", string | null | CallerSnapshot>;

// One JSON document per batch, unpacked by json_to_recordset: one parameter, the same on PGlite
// and PostgreSQL, and the vector literal is cast to tsvector once per row.
const INSERT_SQL = `INSERT INTO cases (${COLUMNS.map(([c]) => c).join(", ")}, search_all)
SELECT ${COLUMNS.map(([c]) => `x.${c}`).join(", ")}, v.sv
FROM json_to_recordset($1::json) AS x(${COLUMNS.map(([c, t]) => `${c} ${t}`).join(", ")}, sv text)
CROSS JOIN LATERAL (SELECT x.sv::tsvector AS sv) AS v`;

/**
 * Adds `count` cases spread over the last two years, with varied Chinese text, statuses that
 * fit their age, and search vectors built by the app's own tokenizer (caseText). The secondary
 * indexes of `cases` are dropped for the load and rebuilt from their own definitions afterwards,
 * then the table is vacuumed and analysed. Case numbers come from the app's sequence.
 */
export async function bulkLoadCases(
  session: Session,
  seeded: Seeded,
  count: number,
  options: { batchSize?: number; seed?: number; log?: (message: string) => void; postgres: boolean },
): Promise<LoadResult> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 2000;
  const random = rng(options.seed ?? 20_261_125);
  const started = performance.now();
  const now = Date.now();

  let mark = performance.now();
  const lap = () => {
    const t = performance.now();
    const seconds = (t - mark) / 1000;
    mark = t;
    return round(seconds, 2);
  };

  const indexes = await session.query<{ name: string; def: string }>(`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid
    WHERE i.indrelid = 'cases'::regclass AND c.oid IS NULL ORDER BY 1`);
  for (const index of indexes) await session.query(`DROP INDEX ${index.name}`);
  const dropIndexes = lap();

  // case numbers: reserve a block of the sequence the app draws from
  const [seq] = await session.query<{ last_value: number | string; is_called: boolean }>("SELECT last_value, is_called FROM case_number_seq");
  const first = Number(seq!.last_value) + (seq!.is_called ? 1 : 0);
  await session.query(`SELECT setval('case_number_seq', ${first + count - 1}, true)`);

  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = now - DAY / 4 - random() * 730 * DAY;
  times.sort();

  const row = (i: number): Row => {
    const createdAt = times[i]!;
    const shanghai = new Date(createdAt + SHANGHAI);
    const number = `C${String(shanghai.getUTCFullYear() % 100).padStart(2, "0")}${String(shanghai.getUTCMonth() + 1).padStart(2, "0")}-${String(first + i).padStart(6, "0")}`;
    const text = composeCase(random);
    const customer = random() < 0.9 ? pick(random, seeded.customers) : undefined;
    const caller: CallerSnapshot = {
      name: customer && random() < 0.5 ? customer.contactName : personName(random),
      company: customer?.name ?? null,
      phone: customer?.phone ?? `138${String(Math.floor(random() * 1e8)).padStart(8, "0")}`,
      email: null,
      address: null,
      contractNo: customer?.contractNo ?? null,
    };
    const faultLevel = weighted(random, FAULT_LEVELS);
    const old = now - createdAt > 30 * DAY;
    const status = old ? weighted(random, [["closed", 94], ["resolved", 3], ["waiting_vendor", 1], ["waiting_parts", 1], ["in_progress", 1]] as const) : weighted(random, STATUSES);
    const cap = (t: number) => Math.min(t, now - 60_000);
    const respondedAt = status === "new" || status === "assigned" ? null : cap(createdAt + (5 + random() * 115) * 60_000);
    const resolvedAt = status === "resolved" || status === "closed" ? cap(createdAt + HOUR + random() * 10 * DAY) : null;
    const closedAt = status === "closed" && resolvedAt ? cap(resolvedAt + HOUR + random() * 3 * DAY) : null;
    const updatedAt = Math.max(createdAt, respondedAt ?? 0, resolvedAt ?? 0, closedAt ?? 0) + (status === "new" ? 0 : random() * HOUR);
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    return {
      number,
      subject: text.subject,
      description: text.description,
      channel: weighted(random, CHANNELS),
      vendor: text.vendor,
      case_type: text.caseType,
      fault_level: faultLevel,
      priority: `P${faultLevel.slice(1)}`,
      status,
      customer_id: customer?.id ?? null,
      contract_id: customer?.contractId ?? null,
      caller,
      assignee_id: status === "new" ? null : pick(random, seeded.engineerIds),
      created_by: seeded.dispatcherId,
      created_at: iso(createdAt),
      updated_at: iso(Math.min(updatedAt, now)),
      responded_at: iso(respondedAt),
      resolved_at: iso(resolvedAt),
      closed_at: iso(closedAt),
      resolution: resolvedAt ? pick(random, RESOLUTIONS) : null,
      sv: caseText({ number, subject: text.subject, description: text.description, vendor: text.vendor, caller }),
    };
  };

  // keep one batch in flight while the next one is generated and tokenized
  let inFlight: Promise<unknown> = Promise.resolve();
  let lastReport = performance.now();
  for (let start = 0; start < count; start += batchSize) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(start + batchSize, count); i++) rows.push(row(i));
    const payload = JSON.stringify(rows);
    await inFlight;
    inFlight = session.query(INSERT_SQL, [payload]);
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      log(`  inserted ${start.toLocaleString("en")} / ${count.toLocaleString("en")} cases (${Math.round(start / ((lastReport - started) / 1000))}/s)`);
    }
  }
  await inFlight;
  const insert = lap();
  log(`  inserted ${count.toLocaleString("en")} cases in ${insert}s; rebuilding ${indexes.length} indexes`);

  if (options.postgres) await session.query("SET maintenance_work_mem = '512MB'");
  for (const index of indexes) await session.query(index.def);
  const createIndexes = lap();
  log(`  indexes rebuilt in ${createIndexes}s; VACUUM ANALYZE`);
  await session.query("VACUUM (ANALYZE) cases");
  const vacuumAnalyze = lap();

  const [size] = await session.query<{ size: string; vec: number | string }>(
    `SELECT pg_size_pretty(pg_total_relation_size('cases')) AS size,
            (SELECT avg(pg_column_size(search_all)) FROM (SELECT search_all FROM cases LIMIT 20000) s) AS vec`,
  );
  const seconds = round((performance.now() - started) / 1000, 2);
  return {
    cases: count,
    seconds,
    phases: { dropIndexes, insert, createIndexes, vacuumAnalyze },
    rowsPerSecond: Math.round(count / seconds),
    batchSize,
    tableSize: size!.size,
    averageVectorBytes: Math.round(Number(size!.vec ?? 0)),
  };
}
