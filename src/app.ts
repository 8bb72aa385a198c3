import type { FastifyInstance } from "fastify";
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import pino, { type Logger } from "pino";
import { closureTimerHandlers, subscribeCaseNotifications, subscribeClosure, subscribeCustomerAlerts, subscribeRepliesByMail } from "./cases/index.js";
import { loadConfig, type Config } from "./config.js";
import { openDatabase, type Database } from "./db/database.js";
import type { DB } from "./db/schema.js";
import { migrate } from "./db/migrate.js";
import { buildServer } from "./http/server.js";
import { httpModules } from "./http-modules.js";
import { createLogger } from "./logger.js";
import { runDueTimers, startWorker, type TimerHandler, type Worker, type WorkerTask } from "./jobs/index.js";
import { DELIVERED_CHANNELS, deliverDueNotifications, transportsFromConfig, type Transports } from "./notify/index.js";
import { systemClock, type Clock } from "./shared/clock.js";
import type { Deps } from "./shared/deps.js";
import { EventBus } from "./shared/domain-events.js";
import { slaTimerHandlers, subscribeCaseClocks } from "./sla/index.js";
import { subscribeSurveys, surveyTimerHandlers } from "./surveys/index.js";
import { subscribeLiveCaseEvents } from "./live/index.js";
// e-mail and fax intake
import { intakeTimerHandlers, mailThreading, startMailIntake, type MailIntake } from "./intake/index.js";
import { ensureHousekeepingScheduled, housekeepingTimerHandlers } from "./housekeeping/index.js";
import { attachmentStoreFor } from "./attachments/index.js";
import { SharedCache } from "./db/shared-cache.js";
import { rmaTimerHandlers } from "./rma/index.js";
import { reportSections } from "./report-sections.js";
import { ensureReportDeliveryScheduled, reportTimerHandlers } from "./reports/index.js";
import { maintenanceTimerHandlers } from "./maintenance/index.js";

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

/** Every kind of durable timer and the module that handles it. */
export const timerHandlers: Record<string, TimerHandler> = {
  ...slaTimerHandlers,
  ...closureTimerHandlers,
  // surveys
  ...surveyTimerHandlers,
  // e-mail and fax intake
  ...intakeTimerHandlers,
  ...housekeepingTimerHandlers,
  // RMA: a late step
  ...rmaTimerHandlers,
  ...reportTimerHandlers(reportSections),
  ...maintenanceTimerHandlers,
};

/** The in-transaction subscribers that tie the modules together; once per Deps. */
function wireEvents(deps: Deps): void {
  subscribeCaseClocks(deps);
  subscribeCaseNotifications(deps);
  subscribeRepliesByMail(deps);
  subscribeCustomerAlerts(deps);
  subscribeClosure(deps);
  // surveys
  subscribeSurveys(deps);
  subscribeLiveCaseEvents(deps);
}

function buildDeps(database: Database, config: Config, clock: Clock, logger: Logger, cache?: SharedCache): Deps {
  // this instance's own writes drop what they change from its cache at once (other instances hear it on commit)
  const db = cache ? database.db.withPlugin(cache.plugin()) : database.db;
  const deps: Deps = { db, engine: database.engine, clock, config, logger, events: new EventBus(), ...(cache ? { cache } : {}) };
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
  const database = options.database ?? (await openDatabase({
    databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize, lanes: config.databasePipelinedConnections, timeouts: config.databaseTimeouts, log: logger,
  }));
  let closeCache: (() => Promise<void>) | undefined;
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    const cache = new SharedCache();
    await cache.listen(database);
    closeCache = () => cache.close();
    const deps = buildDeps(database, config, options.clock ?? systemClock, logger, cache);
    const server = await buildServer(deps, httpModules(deps, database));
    const transports = transportsFromConfig(config);
    const threadingFor = mailThreading(deps);
    const store = attachmentStoreFor(config);
    const openAttachment = (sha256: string) => store.stream(sha256);
    let intake: MailIntake | null = null;
    let worker: Worker | null = null;
    const startBackground = async () => {
      if (worker) return;
      // the IMAP poller and the SMTP receiver run with the worker
      intake = await startMailIntake(deps);
      await ensureHousekeepingScheduled(deps);
      await ensureReportDeliveryScheduled(deps);
      // a loop per channel, beside the timers' own: a hanging gateway holds up only its own messages
      const tasks = DELIVERED_CHANNELS.map((channel): WorkerTask => ({
        name: `${channel} delivery`,
        run: (d, signal) => deliverDueNotifications(d, transports, { channels: [channel], threadingFor, openAttachment, signal }),
      }));
      // PGlite hears only its own NOTIFYs, and its worker runs beside the writer: polling suffices
      const wakeOn = database.engine === "postgres" ? database.listen : undefined;
      worker = startWorker(deps, { timerHandlers, tasks, intervalMs: options.workerIntervalMs, ...(wakeOn ? { wakeOn } : {}) });
    };
    if (options.worker) await startBackground();
    return {
      deps,
      database,
      server,
      startBackground,
      async runJobs(overrides) {
        await runDueTimers(deps, timerHandlers);
        await deliverDueNotifications(deps, overrides ?? transports, { threadingFor, openAttachment });
      },
      async close() {
        await intake?.close();
        await worker?.stop();
        // the SMTP pool's idle connections, which would otherwise keep the mail server waiting
        transports.email?.close();
        await server.close();
        await cache.close();
        await database.close();
      },
    };
  } catch (error) {
    await closeCache?.();
    await database.close();
    throw error;
  }
}

/** Opens the database for a CLI command that needs no HTTP server. */
export async function openForCommand(config: Config, options: { migrate?: boolean } = {}): Promise<{ deps: Deps; database: Database }> {
  const logger = createLogger(config, { level: "warn" });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4, timeouts: config.databaseTimeouts, log: logger });
  try {
    if (options.migrate !== false) await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { deps: buildDeps(database, config, systemClock, logger), database };
}

/**
 * The OpenAPI document as the server publishes it, built without a database or a listening
 * socket (routes are only registered, never called) and with the default configuration; keys
 * sorted, so the same sources always print the same text and the generated client types keep
 * a stable order.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ CASEDESK_WEB_DIR: "off" });
  const db = new Kysely<DB>({
    dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (k) => new PostgresIntrospector(k), createQueryCompiler: () => new PostgresQueryCompiler() },
  });
  const database: Pick<Database, "withRawSession" | "engine" | "listen"> = {
    engine: "postgres",
    withRawSession: () => Promise.reject(new Error("no database behind the OpenAPI document")),
    listen: async () => ({ close: async () => undefined }),
  };
  const deps = buildDeps({ ...database, db, close: async () => undefined }, config, systemClock, pino({ level: "silent" }));
  const server = await buildServer(deps, httpModules(deps, database));
  try {
    await server.ready();
    return sortKeys(server.swagger()) as Record<string, unknown>;
  } finally {
    await server.close();
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
