import { sql } from "kysely";
import { pendingMigrations } from "../db/migrate.js";
import type { Deps } from "../shared/deps.js";

export type Readiness = { isReady: boolean; body: Record<string, unknown> };

/**
 * Whether this instance can serve: the database answers within READYZ_TIMEOUT_MS and no
 * migration is pending. A probe never waits longer than that, whatever the database does.
 */
export async function checkReadiness(deps: Deps): Promise<Readiness> {
  try {
    const pending = await withinDeadline(deps.config.readyzTimeoutMs, async () => {
      await sql`SELECT 1`.execute(deps.db);
      return pendingMigrations(deps.db);
    });
    if (pending.length > 0) return { isReady: false, body: { status: "migrations pending", pending } };
    return { isReady: true, body: { status: "ready", engine: deps.engine } };
  } catch (error) {
    // the reason goes to the log: a public probe names no host, port or driver message
    deps.logger.warn({ err: error }, "readiness: the database is unreachable");
    return { isReady: false, body: { status: "database unreachable" } };
  }
}

function withinDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  // the race handles a late rejection of `work`; the query itself ends at its own timeout
  return Promise.race([work(), deadline]).finally(() => clearTimeout(timer));
}
