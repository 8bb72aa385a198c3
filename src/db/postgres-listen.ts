import pg from "pg";
import type { Listening } from "./database.js";
import { DEFAULT_DATABASE_TIMEOUTS, silentLog, type DatabaseLog, type PostgresOptions } from "./postgres-options.js";

const LISTEN_RECONNECT_MS = 2_000;
// a LISTEN connection only receives: without a ping it would never notice a dead route
const LISTEN_PING_MS = 10_000;

type Subscriber = { channel: string; onPayload: (payload: string) => void; onGap?: () => void; onLost?: () => void };

/**
 * Every LISTEN of one process on ONE connection: PostgreSQL wakes each listening backend on every
 * NOTIFY, whatever its channels, so a connection per channel (live updates, the shared cache, the
 * worker's wake-ups) tripled what each write's NOTIFY costs the server. A lost connection (an
 * error, a ping that gets no answer) is replaced every LISTEN_RECONNECT_MS for as long as anyone
 * listens; each listener hears `onLost` at once and `onGap` when it is back, since what was
 * NOTIFYed meanwhile is gone.
 */
export class PostgresListener {
  readonly #subscribers = new Set<Subscriber>();
  readonly #lost = new WeakSet<pg.Client>();
  #current: { client: pg.Client; ping: ReturnType<typeof setInterval>; channels: Set<string> } | undefined;
  #connecting: Promise<void> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  readonly #timeouts: typeof DEFAULT_DATABASE_TIMEOUTS;
  readonly #log: DatabaseLog;

  constructor(private readonly databaseUrl: string, options: PostgresOptions = {}) {
    this.#timeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...options.timeouts };
    this.#log = options.log ?? silentLog;
  }

  async listen(channel: string, onPayload: (payload: string) => void, onGap?: () => void, onLost?: () => void): Promise<Listening> {
    const subscriber: Subscriber = { channel, onPayload, ...(onGap ? { onGap } : {}), ...(onLost ? { onLost } : {}) };
    this.#subscribers.add(subscriber);
    if (!this.#connecting && !this.#current && !this.#retry) this.#connecting = this.#connect(false);
    // a connection being opened LISTENs on every channel asked for by then; one already open is told of the new one
    await this.#connecting;
    const current = this.#current;
    if (current && !current.channels.has(channel)) {
      current.channels.add(channel);
      await current.client.query(`LISTEN ${channel}`).catch((error: unknown) => this.#lose(current.client, error));
    }
    return { close: () => this.#unsubscribe(subscriber) };
  }

  /** Ends the connection, whoever still listens. */
  async close(): Promise<void> {
    this.#subscribers.clear();
    await this.#end();
  }

  async #unsubscribe(subscriber: Subscriber): Promise<void> {
    if (!this.#subscribers.delete(subscriber)) return;
    if (this.#subscribers.size === 0) return this.#end();
    const current = this.#current;
    if (!current || [...this.#subscribers].some((s) => s.channel === subscriber.channel)) return;
    current.channels.delete(subscriber.channel);
    await current.client.query(`UNLISTEN ${subscriber.channel}`).catch(() => undefined);
  }

  async #end(): Promise<void> {
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = undefined;
    const current = this.#current;
    this.#current = undefined;
    if (!current) return;
    this.#lost.add(current.client);
    clearInterval(current.ping);
    await current.client.end().catch(() => undefined);
  }

  async #connect(isReconnect: boolean): Promise<void> {
    const timeouts = this.#timeouts;
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: timeouts.connectMs, query_timeout: timeouts.connectMs, keepAlive: true });
    client.on("error", (error) => this.#lose(client, error));
    client.on("notification", (message) => {
      if (message.payload === undefined) return;
      for (const s of this.#subscribers) if (s.channel === message.channel) s.onPayload(message.payload);
    });
    const channels = new Set([...this.#subscribers].map((s) => s.channel));
    try {
      await client.connect();
      if (channels.size > 0) await client.query([...channels].map((c) => `LISTEN ${c}`).join("; "));
    } catch (error) {
      if (!isReconnect) this.#log.warn({ err: error, channels: [...channels] }, "database: could not LISTEN; retrying");
      return this.#lose(client, error);
    } finally {
      this.#connecting = undefined;
    }
    if (this.#lost.has(client) || this.#subscribers.size === 0) {
      this.#lost.add(client);
      return void (await client.end().catch(() => undefined));
    }
    const ping = setInterval(() => void client.query("SELECT 1").catch((error: unknown) => this.#lose(client, error)), LISTEN_PING_MS);
    ping.unref();
    this.#current = { client, ping, channels };
    if (isReconnect) {
      this.#log.info({ channels: [...channels] }, "database: the LISTEN connection is back");
      for (const s of [...this.#subscribers]) s.onGap?.();
    }
  }

  #lose(client: pg.Client, error: unknown): void {
    if (this.#lost.has(client)) return;
    this.#lost.add(client);
    if (this.#current?.client === client) {
      clearInterval(this.#current.ping);
      this.#log.warn({ err: error, channels: [...this.#current.channels] }, "database: the LISTEN connection was lost; reconnecting");
      this.#current = undefined;
      for (const s of [...this.#subscribers]) s.onLost?.();
    }
    void client.end().catch(() => undefined);
    if (this.#subscribers.size > 0 && !this.#retry) {
      this.#retry = setTimeout(() => {
        this.#retry = undefined;
        if (this.#subscribers.size > 0) this.#connecting = this.#connect(true);
      }, LISTEN_RECONNECT_MS);
    }
  }
}
