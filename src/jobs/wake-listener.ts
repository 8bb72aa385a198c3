import { listenOnPostgres } from "../db/postgres.js";
import type { Deps } from "../shared/deps.js";
import { WAKE_CHANNEL } from "./timers.repository.js";

/**
 * PostgreSQL only: LISTENs on casedesk_jobs with a connection of its own and calls `wake` on each
 * NOTIFY (a timer due now, a new outbox row), so work starts before the next poll. Polling stays
 * the guarantee; a lost connection is logged and re-opened, and `wake` called then as well, to
 * catch up with what fell due while the database was away.
 */
export function listenForWakeups(deps: Deps, wake: () => void): { close(): Promise<void> } | undefined {
  const url = deps.config.databaseUrl;
  if (deps.engine !== "postgres" || !url) return undefined;
  const listening = listenOnPostgres(url, WAKE_CHANNEL, wake, wake, { timeouts: deps.config.databaseTimeouts, log: deps.logger });
  return { close: async () => (await listening).close() };
}
