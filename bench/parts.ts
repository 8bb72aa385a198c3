import type { Session } from "./engines.js";
import { measureLatency, measureThroughput, request, type Latency, type Throughput } from "./http.js";
import { pick, rng } from "./corpus.js";

export type PartsSeeded = { depotId: string; bigDepotId: string; hotPartId: string; spreadPartIds: string[]; caseIds: string[] };

const SPREAD_PARTS = 1_000;
const LIST_PARTS = 10_000;
const CASES = 200;

/**
 * The spare-parts benchmark's data, written with SQL before the server starts (PGlite has one
 * opener at a time): a depot with 1,000 counted parts in deep stock (one of them the contended
 * one), a second depot holding 10,000 parts for the stock list, and open cases to reserve on.
 */
export async function seedParts(session: Session, dispatcherId: string): Promise<PartsSeeded> {
  await session.query("UPDATE cases SET status = 'in_progress', closed_at = NULL WHERE id IN (SELECT id FROM cases ORDER BY created_at DESC LIMIT $1)", [CASES]);
  const caseIds = (await session.query<{ id: string }>("SELECT id FROM cases WHERE status = 'in_progress' ORDER BY created_at DESC LIMIT $1", [CASES])).map((r) => r.id);
  const [depot] = await session.query<{ id: string }>(
    "INSERT INTO depots (name, address, owner_id, created_at, updated_at) VALUES ('基准备件库', '北京', $1, now(), now()) RETURNING id", [dispatcherId]);
  const [bigDepot] = await session.query<{ id: string }>(
    "INSERT INTO depots (name, address, owner_id, created_at, updated_at) VALUES ('基准大库', '上海', $1, now(), now()) RETURNING id", [dispatcherId]);
  await session.query(
    `INSERT INTO parts (part_number, vendor, model, description, is_serialised, created_at, updated_at)
     SELECT 'BENCH-' || lpad(g::text, 5, '0'), 'IBM', 'Power S924', '基准备件 ' || g, false, now(), now() FROM generate_series(1, $1) g`, [LIST_PARTS]);
  const spreadPartIds = (await session.query<{ id: string }>("SELECT id FROM parts WHERE part_number LIKE 'BENCH-%' ORDER BY part_number LIMIT $1", [SPREAD_PARTS])).map((r) => r.id);
  await session.query(
    `INSERT INTO stock_levels (depot_id, part_id, on_hand, min_level, updated_at) SELECT $1, id, 1000000, 1, now() FROM parts WHERE id = ANY($2::uuid[])`, [depot!.id, spreadPartIds]);
  await session.query(
    `INSERT INTO stock_levels (depot_id, part_id, on_hand, reserved, min_level, updated_at)
     SELECT $1, id, 5 + (random() * 20)::int, 0, 2, now() FROM parts WHERE part_number LIKE 'BENCH-%'`, [bigDepot!.id]);
  return { depotId: depot!.id, bigDepotId: bigDepot!.id, hotPartId: spreadPartIds[0]!, spreadPartIds, caseIds };
}

export type PartsReport = {
  reservations: { contended: Throughput; spread: Throughput; note: string };
  /** a page of 50 of the 10,000-part depot's stock, from a random place in it; and a part search */
  stockList: Latency & { parts: number; pageSize: number };
  stockSearch: Latency;
};

const PAGE = 50;

/** Cursors spread over the whole list (every 500th part), so the pages measured start anywhere in it. */
async function spreadCursors(baseUrl: string, token: string, depotId: string): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  for (let cursor: string | null = null, i = 0; i < LIST_PARTS / 500; i++) {
    const page = await request(baseUrl, token, "GET", `/api/v1/depots/${depotId}/stock?limit=500${cursor ? `&cursor=${cursor}` : ""}`);
    if (page.status !== 200) throw new Error(`GET /depots/:id/stock answered ${page.status}: ${JSON.stringify(page.json)}`);
    cursor = (page.json as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
    cursors.push(cursor);
  }
  return cursors;
}

/**
 * Reservations per second at 16 concurrent clients on one part in one depot (every request waits
 * for the same stock row) and spread over 1,000 parts; a page of the stock list of a 10,000-part
 * depot, p95, from anywhere in the list, and the list searched by part.
 */
export async function measureParts(
  baseUrl: string, token: string, seeded: PartsSeeded,
  options: { seconds: number; warmupSeconds: number; requests: number; serverPid?: number; database?: string; log: (message: string) => void },
): Promise<PartsReport> {
  const random = rng(12);
  const reserve = (partId: () => string) => () => ({ path: `/api/v1/cases/${pick(random, seeded.caseIds)}/parts`, body: { partId: partId(), depotId: seeded.depotId, quantity: 1 } });
  const probe = await request(baseUrl, token, "POST", `/api/v1/cases/${seeded.caseIds[0]}/parts`, { partId: seeded.hotPartId, depotId: seeded.depotId, quantity: 1 });
  if (probe.status !== 201) throw new Error(`POST /cases/:id/parts answered ${probe.status}: ${JSON.stringify(probe.json)}`);
  const cpu = { serverPid: options.serverPid, database: options.database };
  const hot = reserve(() => seeded.hotPartId);
  await measureThroughput(baseUrl, token, { connections: 16, seconds: options.warmupSeconds, next: hot });
  const contended = await measureThroughput(baseUrl, token, { connections: 16, seconds: options.seconds, next: hot, ...cpu });
  options.log(`reservations, one part in one depot, c16: ${contended.perSecond}/s (p50 ${contended.latencyMs.p50} ms, p99 ${contended.latencyMs.p99} ms, non-2xx ${contended.non2xx})`);
  const spreadNext = reserve(() => pick(random, seeded.spreadPartIds));
  const spread = await measureThroughput(baseUrl, token, { connections: 16, seconds: options.seconds, next: spreadNext, ...cpu });
  options.log(`reservations over ${seeded.spreadPartIds.length} parts, c16: ${spread.perSecond}/s (p50 ${spread.latencyMs.p50} ms, non-2xx ${spread.non2xx})`);
  const cursors = await spreadCursors(baseUrl, token, seeded.bigDepotId);
  const pageAt = () => { const cursor = pick(random, cursors); return `/api/v1/depots/${seeded.bigDepotId}/stock?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ""}`; };
  const stockList = await measureLatency(baseUrl, token, pageAt, options.requests, Math.min(10, options.requests));
  options.log(`stock list of a ${LIST_PARTS}-part depot, a page of ${PAGE} from anywhere in it: p50 ${stockList.p50} ms, p95 ${stockList.p95} ms (${cursors.length} starting points)`);
  const search = () => `/api/v1/depots/${seeded.bigDepotId}/stock?limit=${PAGE}&q=${encodeURIComponent(`基准备件 ${1 + Math.floor(random() * LIST_PARTS)}`)}`;
  const stockSearch = await measureLatency(baseUrl, token, search, options.requests, Math.min(10, options.requests));
  options.log(`stock list searched by part (q): p50 ${stockSearch.p50} ms, p95 ${stockSearch.p95} ms`);
  return {
    reservations: {
      contended, spread,
      note: "each reservation writes the case's log entry (hash chain, under the case's row lock), the reservation, the stock row (conditional UPDATE) and the movement in one transaction; requests spread over 200 open cases",
    },
    stockList: { ...stockList, parts: LIST_PARTS, pageSize: PAGE }, stockSearch,
  };
}
