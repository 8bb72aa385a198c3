import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { buildServer } from "./http/server.js";
import { systemClock, type Clock } from "./shared/clock.js";
import type { Deps } from "./shared/deps.js";
import { EventBus } from "./shared/domain-events.js";

export type App = { deps: Deps; database: Database; server: FastifyInstance; close(): Promise<void> };

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: "casedesk" }, redact: ["req.headers.authorization", "req.headers.cookie"] });
}

/** Opens the database, applies migrations and wires the HTTP server; the one composition root. */
export async function createApp(config: Config, options: { clock?: Clock; logger?: Logger; database?: Database } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize }));
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    const deps: Deps = { db: database.db, engine: database.engine, clock: options.clock ?? systemClock, config, logger, events: new EventBus() };
    const server = await buildServer(deps, database);
    return {
      deps,
      database,
      server,
      async close() {
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
  return { deps: { db: database.db, engine: database.engine, clock: systemClock, config, logger, events: new EventBus() }, database };
}
