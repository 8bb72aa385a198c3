import { randomBytes } from "node:crypto";
import type { UserActor } from "../auth/index.js";
import type { Database, Listening } from "../db/database.js";
import { databaseFailureOf } from "../db/database-errors.js";
import type { Deps } from "../shared/deps.js";
import { canReceive, LIVE_CHANNEL, parseLiveMessage, type LiveMessage } from "./live.js";

/** One open event stream: who it belongs to and how to write to it. */
export type LiveClient = {
  actor: UserActor;
  /** resolves the caller again; null when the session or token no longer holds */
  reauthenticate(): Promise<UserActor | null>;
  write(chunk: string): void;
  /** bytes written but not yet taken by the network */
  pending(): number;
  end(): void;
};

/** A client that cannot keep up is cut off rather than buffered without end. */
const MAX_PENDING_BYTES = 1024 * 1024;

export const sseEvent = (id: string, event: string, data: unknown) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * This instance's side of live updates: LISTENs on the channel every instance NOTIFYs on, and
 * hands each message to the streams whose user may receive it. Every heartbeat also checks that
 * each stream's session still holds and closes those that do not.
 */
export class LiveHub {
  readonly #clients = new Set<LiveClient>();
  readonly #bootId = randomBytes(4).toString("hex");
  #seq = 0;
  #listening: Listening | undefined;
  #heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly database: Pick<Database, "listen">,
    private readonly heartbeatMs: number,
  ) {}

  get size(): number {
    return this.#clients.size;
  }

  async start(): Promise<void> {
    if (!this.database.listen) {
      this.deps.logger.warn("live updates: the database cannot LISTEN; streams carry heartbeats only");
    } else {
      this.#listening = await this.database.listen(LIVE_CHANNEL, (text) => this.#receive(text), () => this.#broadcastResync());
    }
    this.#heartbeat = setInterval(() => void this.#beat(), this.heartbeatMs);
    this.#heartbeat.unref();
  }

  nextId(): string {
    this.#seq += 1;
    return `${this.#bootId}-${this.#seq}`;
  }

  add(client: LiveClient): void {
    this.#clients.add(client);
  }

  remove(client: LiveClient): void {
    this.#clients.delete(client);
  }

  /** Ends every stream (the server is closing) and stops listening. */
  async close(): Promise<void> {
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
    await this.#listening?.close();
    this.#listening = undefined;
  }

  #receive(text: string): void {
    const message = parseLiveMessage(text);
    if (!message) return void this.deps.logger.warn("live updates: a message that is not ours was ignored");
    this.deliver(message);
  }

  deliver(message: LiveMessage): void {
    const id = this.nextId();
    const chunk = sseEvent(id, message.topic, message.payload);
    for (const client of this.#clients) {
      if (canReceive(client.actor, message.audience)) this.#write(client, chunk);
    }
  }

  /** After a lost LISTEN connection messages may be missing: every client refetches. */
  #broadcastResync(): void {
    const chunk = sseEvent(this.nextId(), "resync", {});
    for (const client of this.#clients) this.#write(client, chunk);
  }

  #write(client: LiveClient, chunk: string): void {
    if (client.pending() > MAX_PENDING_BYTES) {
      this.remove(client);
      client.end();
      return;
    }
    client.write(chunk);
  }

  async #beat(): Promise<void> {
    const away = { hasWarned: false };
    for (const client of [...this.#clients]) {
      const actor = await this.#recheck(client, away);
      if (!this.#clients.has(client)) continue;
      if (!actor) {
        this.remove(client);
        client.end();
        continue;
      }
      client.actor = actor;
      this.#write(client, ": heartbeat\n\n");
    }
  }

  /**
   * The stream's user as of now; null when the session no longer holds. While the database is
   * away the stream is kept as it is (nothing happens to cases meanwhile) and checked again at the
   * next heartbeat, rather than sending every screen back to the sign-in page.
   */
  async #recheck(client: LiveClient, away: { hasWarned: boolean }): Promise<UserActor | null> {
    try {
      return await client.reauthenticate();
    } catch (error) {
      if (!databaseFailureOf(error)) {
        this.deps.logger.error({ err: error }, "live updates: a session check failed; its stream is closed");
        return null;
      }
      if (!away.hasWarned) this.deps.logger.warn({ err: error }, "live updates: sessions not checked, the database is unavailable");
      away.hasWarned = true;
      return client.actor;
    }
  }
}
