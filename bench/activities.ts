import { entryHash } from "../src/cases/activity-log.js";
import type { ActivityKind, Visibility } from "../src/cases/case-events.js";
import { noteText, pick, rng } from "./corpus.js";
import type { Session } from "./engines.js";
import type { Seeded } from "./seed.js";
import { round } from "./stats.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** one case in this many has a long log (hundreds of entries), for the log's later pages */
const LONG_EVERY = 1000;
const CASES_PER_CHUNK = 10_000;
const ROWS_PER_INSERT = 5_000;

export type ActivityLoadResult = {
  entries: number;
  cases: number;
  longCases: number;
  longestLog: number;
  /** some of the cases with a long log (at most 200) */
  longCaseIds: string[];
  seconds: number;
  phases: { dropConstraints: number; insert: number; addConstraints: number; vacuumAnalyze: number };
  rowsPerSecond: number;
  tableSize: string;
};

type Entry = { caseId: string; seq: number; kind: ActivityKind; visibility: Visibility; actorId: string | null; at: Date; data: Record<string, unknown>; prevHash: string | null; hash: string };
type CaseRow = { id: string; created_at: Date; status: string; assignee_id: string | null; subject: string; resolved_at: Date | null; closed_at: Date | null };

const INSERT_SQL = `INSERT INTO case_activities (case_id, seq, kind, visibility, actor_id, at, data, prev_hash, hash)
SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[], $7::jsonb[], $8::text[], $9::text[])`;

/**
 * Adds `total` activity-log entries to the cases already in the table (PostgreSQL only), each
 * case's chain hashed by the app's own entryHash so that `casedesk verify` finds every chain
 * intact. Entries go in roughly in time order (cases in chunks by creation time, each chunk's
 * entries sorted by time), so a case's entries lie on different pages, as in a real log.
 * Constraints and indexes of the table are dropped for the load and re-added from their own
 * definitions (the foreign keys so validated once), then VACUUM (ANALYZE).
 */
export async function bulkLoadActivities(
  sessions: { read: Session; write: Session[] },
  seeded: Seeded,
  total: number,
  options: { seed?: number; log?: (message: string) => void },
): Promise<ActivityLoadResult> {
  const { read, write: writers } = sessions;
  const write = writers[0]!;
  const log = options.log ?? (() => undefined);
  const random = rng(options.seed ?? 20_261_206);
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const t = performance.now();
    const seconds = round((t - mark) / 1000, 2);
    mark = t;
    return seconds;
  };

  const [{ n: caseCount } = { n: 0 }] = await read.query<{ n: number }>("SELECT count(*)::int AS n FROM cases");
  if (caseCount === 0) throw new Error("no cases to add log entries to");
  const counts = entryCounts(caseCount, total, random);

  // constraints of the table and those pointing at it (foreign keys first), then plain indexes
  const constraints = await write.query<{ tbl: string; name: string; def: string; contype: string }>(`
    SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def, contype::text AS contype
    FROM pg_constraint WHERE (conrelid = 'case_activities'::regclass OR confrelid = 'case_activities'::regclass) AND contype IN ('p', 'u', 'f')
    ORDER BY (contype = 'f') DESC, conname`);
  const indexes = await write.query<{ name: string; def: string }>(`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid
    WHERE i.indrelid = 'case_activities'::regclass AND c.oid IS NULL ORDER BY 1`);
  // the load is redone from scratch if it fails: no need to wait for each batch's commit to reach disk
  for (const w of writers) await w.query("SET synchronous_commit = off");
  for (const c of constraints) await write.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
  for (const index of indexes) await write.query(`DROP INDEX ${index.name}`);
  const dropConstraints = lap();

  await read.query("BEGIN");
  await read.query(`DECLARE bench_cases NO SCROLL CURSOR FOR
    SELECT id, created_at, status, assignee_id, subject, resolved_at, closed_at FROM cases ORDER BY created_at, id`);
  let caseIndex = 0;
  const longCaseIds: string[] = [];
  let written = 0;
  // one insert in flight per writer while the next batch is hashed
  const inFlight: Promise<unknown>[] = writers.map(() => Promise.resolve());
  let turn = 0;
  let lastReport = performance.now();
  for (;;) {
    const rows = await read.query<CaseRow>(`FETCH ${CASES_PER_CHUNK} FROM bench_cases`);
    if (rows.length === 0) break;
    const chunk: Entry[] = [];
    for (const row of rows) {
      if (caseIndex % LONG_EVERY === LONG_EVERY - 1 && longCaseIds.length < 200) longCaseIds.push(row.id);
      chain(row, counts[caseIndex++] ?? 0, seeded, random, chunk);
    }
    chunk.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let start = 0; start < chunk.length; start += ROWS_PER_INSERT) {
      const batch = chunk.slice(start, start + ROWS_PER_INSERT);
      const params = [
        batch.map((e) => e.caseId), batch.map((e) => e.seq), batch.map((e) => e.kind), batch.map((e) => e.visibility),
        batch.map((e) => e.actorId), batch.map((e) => e.at.toISOString()), batch.map((e) => JSON.stringify(e.data)),
        batch.map((e) => e.prevHash), batch.map((e) => e.hash),
      ];
      await inFlight[turn];
      inFlight[turn] = writers[turn]!.query(INSERT_SQL, params);
      turn = (turn + 1) % writers.length;
    }
    written += chunk.length;
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      log(`  logged ${written.toLocaleString("en")} / ${total.toLocaleString("en")} entries (${Math.round(written / ((lastReport - started) / 1000))}/s)`);
    }
  }
  await Promise.all(inFlight);
  await read.query("CLOSE bench_cases");
  await read.query("COMMIT");
  const insert = lap();
  log(`  logged ${written.toLocaleString("en")} entries in ${insert}s; re-adding ${constraints.length} constraints and ${indexes.length} indexes`);

  await write.query("SET maintenance_work_mem = '512MB'");
  for (const c of [...constraints].reverse()) await write.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
  for (const index of indexes) await write.query(index.def);
  const addConstraints = lap();
  await write.query("VACUUM (ANALYZE) case_activities");
  const vacuumAnalyze = lap();
  const [size] = await write.query<{ size: string }>("SELECT pg_size_pretty(pg_total_relation_size('case_activities')) AS size");
  const seconds = round((performance.now() - started) / 1000, 2);
  return {
    entries: written,
    cases: caseCount,
    longCases: Math.floor(caseCount / LONG_EVERY),
    longestLog: counts.reduce((a, b) => Math.max(a, b), 0),
    longCaseIds,
    seconds,
    phases: { dropConstraints, insert, addConstraints, vacuumAnalyze },
    rowsPerSecond: Math.round(written / seconds),
    tableSize: size!.size,
  };
}

/**
 * How many entries each case gets: at least one (the opening), `total` in all; most cases around
 * the mean, and one in LONG_EVERY a long log of 30–60 times the mean.
 */
function entryCounts(cases: number, total: number, random: () => number): Int32Array {
  if (total < cases) throw new Error(`--entries (${total}) must be at least the number of cases (${cases}): every case has its opening entry`);
  const mean = total / cases;
  const counts = new Int32Array(cases);
  let sum = 0;
  for (let i = 0; i < cases; i++) {
    const long = i % LONG_EVERY === LONG_EVERY - 1;
    counts[i] = long ? Math.round(mean * (30 + random() * 30)) : 1 + Math.floor(random() * (2 * mean - 1));
    sum += counts[i]!;
  }
  // bring the sum to `total` exactly, one entry at a time over the ordinary cases
  for (let i = 0; sum !== total; i = (i + 1) % cases) {
    if (i % LONG_EVERY === LONG_EVERY - 1) continue;
    const change = sum < total ? 1 : counts[i]! > 1 ? -1 : 0;
    counts[i]! += change;
    sum += change;
  }
  return counts;
}

/** One case's chain: opened, assigned, responded, then notes, calls and visits, resolved and closed when the case is. */
function chain(row: CaseRow, count: number, seeded: Seeded, random: () => number, out: Entry[]) {
  const created = row.created_at.getTime();
  const end = row.closed_at?.getTime() ?? row.resolved_at?.getTime() ?? Math.min(Date.now() - MINUTE, created + 10 * 24 * HOUR);
  const step = Math.max(MINUTE, (end - created) / Math.max(1, count));
  const engineer = row.assignee_id ?? pick(random, seeded.engineerIds);
  let prevHash: string | null = null;
  for (let seq = 1; seq <= count; seq++) {
    const at = new Date(Math.round(created + (seq - 1) * step + random() * step * 0.5));
    const last = seq === count && count > 3;
    const [kind, visibility, actorId, data] = entryContent(seq, last, row, engineer, seeded.dispatcherId, random);
    const content = { caseId: row.id, seq, kind, visibility, actorId, at, data, correctsId: null, prevHash };
    const hash = entryHash(content);
    out.push({ ...content, hash });
    prevHash = hash;
  }
}

function entryContent(seq: number, last: boolean, row: CaseRow, engineer: string, dispatcher: string, random: () => number): [ActivityKind, Visibility, string, Record<string, unknown>] {
  if (seq === 1) return ["case.opened", "public", dispatcher, { subject: row.subject }];
  if (seq === 2) return ["case.assigned", "internal", dispatcher, { assignee: { before: null, after: engineer }, status: { before: "new", after: "assigned" } }];
  if (seq === 3) return ["case.responded", "public", engineer, { status: { before: "assigned", after: "in_progress" } }];
  if (last && row.status === "closed") return ["case.closed", "public", dispatcher, { status: { before: "resolved", after: "closed" } }];
  if (last && row.status === "resolved") return ["case.resolved", "public", engineer, { status: { before: "in_progress", after: "resolved" }, resolution: "fixed" }];
  const r = random();
  if (r < 0.55) return ["note.added", random() < 0.3 ? "public" : "internal", engineer, { body: noteText(random) }];
  if (r < 0.8) return ["call.logged", "internal", engineer, { direction: random() < 0.5 ? "inbound" : "outbound", minutes: 1 + Math.floor(random() * 30), summary: noteText(random) }];
  if (r < 0.92) return ["remote_session.logged", "internal", engineer, { minutes: 5 + Math.floor(random() * 120), summary: noteText(random) }];
  return ["onsite_visit.logged", "internal", engineer, { arrivedAt: null, minutes: 30 + Math.floor(random() * 240), summary: noteText(random) }];
}
