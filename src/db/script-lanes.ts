import pg from "pg";
import type { CompiledQuery } from "kysely";
import { databaseFailureOf, isStalePlan, markAsDriverError } from "./database-errors.js";
import { runPipeline } from "./pipeline.js";
import type { DatabaseLog } from "./postgres-options.js";

/**
 * Scripts and hot statements outside any transaction, sent over a few connections in `pg`'s
 * pipeline mode: a script goes out at once, without waiting for the answers to those before it on
 * the connection, and PostgreSQL runs each as its own implicit transaction (each ends with its own
 * Sync), so one failing leaves the others as they are. The backend finds the next script waiting
 * when it finishes one, instead of sleeping until a pool connection sends it, and the answers of
 * several come back in one read: less work per request for PostgreSQL and for the server alike
 * (docs/performance.md, "Pipelined connections").
 *
 * A statement that waits (a row lock held by a long transaction) holds up the scripts behind it on
 * its lane, so a lane takes at most MAX_IN_FLIGHT at a time, and none while its oldest has been
 * running STALL_MS; then, as while a lane connects, `run` answers undefined and the pool serves.
 * (Two lanes of eight did better at 8 and 16 connections than two of four or four of four, and
 * as well as deeper ones: docs/performance.md.)
 */
const MAX_IN_FLIGHT = 8;
const STALL_MS = 50;
const RECONNECT_AFTER_MS = 1_000;
export const APPLICATION_NAME = "casedesk pipelined";

type Lane = { client?: pg.Client; connecting: boolean; retryAt: number; startedAt: number[] };

export class ScriptLanes {
  readonly #lanes: Lane[];
  #closed = false;

  /** `connection`: the pool's own settings (src/db/postgres.ts), its timeouts among them */
  constructor(
    private readonly connection: pg.ClientConfig,
    count: number,
    private readonly log: DatabaseLog,
  ) {
    this.#lanes = Array.from({ length: count }, () => ({ connecting: false, retryAt: 0, startedAt: [] }));
  }

  /** The statements' result through a lane, or undefined when no lane may take them now. */
  run(statements: readonly CompiledQuery[]): Promise<pg.QueryResult> | undefined {
    const lane = this.#pick();
    if (!lane?.client) return undefined;
    const client = lane.client;
    const started = performance.now();
    lane.startedAt.push(started);
    const done = () => void lane.startedAt.splice(lane.startedAt.indexOf(started), 1);
    return runPipeline(client, statements).then(
      (result) => (done(), result),
      (error: unknown) => {
        done();
        markAsDriverError(error);
        if (lane.client === client) {
          // the statements it kept prepared are stale: a fresh connection prepares them anew
          if (isStalePlan(error)) this.#drop(lane, 0);
          // gone: nothing more is sent on it, though its 'end' may come a turn later
          else if (databaseFailureOf(error) === "unreachable") this.#drop(lane, RECONNECT_AFTER_MS);
        }
        throw error;
      },
    );
  }

  /** Whether a lane's failure leaves the statements to be sent again through the pool (nothing was written). */
  static isRetryable(error: unknown): boolean {
    const code = (error as { code?: string }).code;
    // a statement whose Parse went out in a script that failed at an earlier Parse, or a plan gone stale
    return code === "26000" || isStalePlan(error);
  }

  async close() {
    this.#closed = true;
    await Promise.all(this.#lanes.map((lane) => lane.client?.end().catch(() => undefined)));
  }

  #pick(): Lane | undefined {
    const now = performance.now();
    let best: Lane | undefined;
    for (const lane of this.#lanes) {
      if (!lane.client) {
        this.#connect(lane, now);
        continue;
      }
      const inFlight = lane.startedAt.length;
      if (inFlight >= MAX_IN_FLIGHT || (inFlight > 0 && now - lane.startedAt[0]! > STALL_MS)) continue;
      if (!best || inFlight < best.startedAt.length) best = lane;
    }
    return best;
  }

  #connect(lane: Lane, now: number) {
    if (lane.connecting || this.#closed || now < lane.retryAt) return;
    lane.connecting = true;
    // the query timeout, as the pool's, answers only when the server does not (its
    // statement_timeout comes first); in pipeline mode it ends the connection and fails all on it
    const client = new pg.Client({
      ...this.connection,
      pipeline: true,
      // told apart from the pool's in pg_stat_activity
      application_name: APPLICATION_NAME,
    });
    client.on("error", (error) => {
      this.log.warn({ err: error }, "database lane lost; a new connection replaces it");
      if (lane.client === client) this.#drop(lane, RECONNECT_AFTER_MS);
    });
    client.on("end", () => {
      if (lane.client === client) this.#drop(lane, RECONNECT_AFTER_MS);
    });
    client.connect().then(
      () => {
        lane.connecting = false;
        if (this.#closed) return void client.end().catch(() => undefined);
        lane.client = client;
      },
      (error: unknown) => {
        lane.connecting = false;
        lane.retryAt = performance.now() + RECONNECT_AFTER_MS;
        this.log.warn({ err: error }, "database lane could not connect; the pool serves meanwhile");
      },
    );
  }

  #drop(lane: Lane, reconnectAfterMs: number) {
    const client = lane.client;
    lane.client = undefined;
    lane.retryAt = performance.now() + reconnectAfterMs;
    // what is in flight on it still completes; nothing new is sent
    void client?.end().catch(() => undefined);
  }
}
