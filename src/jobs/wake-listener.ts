import pg from "pg";
import type { Deps } from "../shared/deps.js";
import { WAKE_CHANNEL } from "./timers.repository.js";

const RECONNECT_MS = 5_000;

/**
 * PostgreSQL only: LISTENs on casedesk_jobs with a connection of its own and calls `wake` on each
 * NOTIFY (a timer due now, a new outbox row), so work starts before the next poll. Polling stays
 * the guarantee; a lost connection is logged and re-opened.
 */
export function listenForWakeups(deps: Deps, wake: () => void): { close(): Promise<void> } | undefined {
  const url = deps.config.databaseUrl;
  if (deps.engine !== "postgres" || !url) return undefined;
  let client: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", () => wake());
    next.on("error", (error) => {
      deps.logger.warn({ err: error }, "job wake-up listener lost its connection");
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      if (!closed) retry = setTimeout(() => void connect(), RECONNECT_MS);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${WAKE_CHANNEL}`);
      if (closed) return void (await next.end());
      client = next;
    } catch (error) {
      deps.logger.warn({ err: error }, "job wake-up listener could not connect; polling only");
      await next.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connect(), RECONNECT_MS);
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
