import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db, Engine } from "../db/database.js";
import type { SharedCache } from "../db/shared-cache.js";
import type { Clock } from "./clock.js";
import type { EventBus } from "./domain-events.js";

/** What every use case receives: passed explicitly, never pulled from a global. */
export type Deps = {
  db: Db; engine: Engine; clock: Clock; config: Config; logger: Logger; events: EventBus;
  /** what hardly changes (actors, service terms), kept across requests; without it everything is read */
  cache?: SharedCache;
};
