import type { Database } from "../db/database.js";
import { WAKE_CHANNEL } from "./timers.repository.js";

/**
 * LISTENs on casedesk_jobs (on the database's one LISTEN connection) and calls `wake` on each
 * NOTIFY (a timer due now, a new outbox row), so work starts before the next poll. Polling stays
 * the guarantee; after a lost connection `wake` is called as well, to catch up with what fell due
 * while the database was away.
 */
export function listenForWakeups(listen: NonNullable<Database["listen"]>, wake: () => void): { close(): Promise<void> } {
  const listening = listen(WAKE_CHANNEL, wake, wake);
  return { close: async () => (await listening).close() };
}
