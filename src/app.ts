import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import { closureTimerHandlers, subscribeCaseNotifications, subscribeClosure } from "./cases/index.js";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { buildServer } from "./http/server.js";
import { runDueTimers, startWorker, type TimerHandler, type Worker } from "./jobs/index.js";
import { deliverDueNotifications, transportsFromConfig, type Transports } from "./notify/index.js";
import { systemClock, type Clock } from "./shared/clock.js";
import type { Deps } from "./shared/deps.js";
import { EventBus } from "./shared/domain-events.js";
import { slaTimerHandlers, subscribeCaseClocks } from "./sla/index.js";
import { subscribeSurveys, surveyTimerHandlers } from "./surveys/index.js";
import { subscribeLiveCaseEvents } from "./live/index.js";
// e-mail and fax intake
import { intakeTimerHandlers, mailThreading, startMailIntake, type MailIntake } from "./intake/index.js";
import { ensureHousekeepingScheduled, housekeepingTimerHandlers } from "./housekeeping/index.js";

export type App = {
  deps: Deps;
  database: Database;
  server: FastifyInstance;
  /** starts the worker (timers, outbox) and mail intake, if `worker` did not already */
  startBackground(): Promise<void>;
  /** one round of background work now: due timers, then the outbox (tests call this after moving the clock) */
  runJobs(transports?: Transports): Promise<void>;
  close(): Promise<void>;
};

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: "casedesk" }, redact: ["req.headers.authorization", "req.headers.cookie"] });
}

/** Every kind of durable timer and the module that handles it. */
export const timerHandlers: Record<string, TimerHandler> = {
  ...slaTimerHandlers,
  ...closureTimerHandlers,
  // surveys
  ...surveyTimerHandlers,
  // e-mail and fax intake
  ...intakeTimerHandlers,
  ...housekeepingTimerHandlers,
};

/** The in-transaction subscribers that tie the modules together; once per Deps. */
function wireEvents(deps: Deps): void {
  subscribeCaseClocks(deps);
  subscribeCaseNotifications(deps);
  subscribeClosure(deps);
  // surveys
  subscribeSurveys(deps);
  subscribeLiveCaseEvents(deps);
}

function buildDeps(database: Database, config: Config, clock: Clock, logger: Logger): Deps {
  const deps: Deps = { db: database.db, engine: database.engine, clock, config, logger, events: new EventBus() };
  wireEvents(deps);
  return deps;
}

/**
 * The composition root: opens the database, applies migrations, wires the modules' events and
 * the HTTP server, and (with `worker`) starts the loop that fires timers and delivers the outbox.
 */
export async function createApp(
  config: Config,
  options: { clock?: Clock; logger?: Logger; database?: Database; worker?: boolean; workerIntervalMs?: number } = {},
): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize }));
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    const deps = buildDeps(database, config, options.clock ?? systemClock, logger);
    const server = await buildServer(deps, database);
    const transports = transportsFromConfig(config);
    const threadingFor = mailThreading(deps);
    let intake: MailIntake | null = null;
    let worker: Worker | null = null;
    const startBackground = async () => {
      if (worker) return;
      // the IMAP poller and the SMTP receiver run with the worker
      intake = await startMailIntake(deps);
      await ensureHousekeepingScheduled(deps);
      worker = startWorker(deps, { timerHandlers, tasks: [(d) => deliverDueNotifications(d, transports, { threadingFor })], intervalMs: options.workerIntervalMs });
    };
    if (options.worker) await startBackground();
    return {
      deps,
      database,
      server,
      startBackground,
      async runJobs(overrides) {
        await runDueTimers(deps, timerHandlers);
        await deliverDueNotifications(deps, overrides ?? transports, { threadingFor });
      },
      async close() {
        await intake?.close();
        await worker?.stop();
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Opens the database for a CLI command that needs no HTTP server. */
export async function openForCommand(config: Config, options: { migrate?: boolean } = {}): Promise<{ deps: Deps; database: Database }> {
  const logger = pino({ level: "warn" });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
  try {
    if (options.migrate !== false) await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { deps: buildDeps(database, config, systemClock, logger), database };
}
