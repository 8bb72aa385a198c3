import type { CompiledQuery } from "kysely";
import type { Db } from "../db/database.js";
import { runStatements } from "../db/script.js";
import type { FaultLevel } from "../db/schema.js";

/**
 * What subscribers most often need of the case, as the publishing transaction has just written
 * it, so that they need not read the row again.
 */
export type CaseFacts = {
  id: string; number: string; customerId: string | null; contractId: string | null; faultLevel: FaultLevel; priority: string;
  /** the caller's e-mail address as the case has it (null: none), when the publisher read it */
  callerEmail?: string | null;
};

/**
 * Facts a module announces inside the transaction that made them true (`case.assigned`, …).
 * Subscribers run in that same transaction, so what they write (clocks, timers, notifications)
 * commits or rolls back with the change itself. Modules that must not depend on each other meet
 * here: cases publish, and the service-level module subscribes.
 */
export type DomainEvent = {
  type: string;
  caseId: string;
  actorId: string | null;
  at: Date;
  data: Record<string, unknown>;
  /** who may read the log entry behind the event (a customer only ever hears of public ones) */
  visibility?: "public" | "internal";
  /** the case as the transaction left it, when the publisher has it at hand */
  case?: CaseFacts;
};

export type EventHandler = (tx: Db, event: DomainEvent) => Promise<void>;

/**
 * A subscriber that only writes: it looks up with `read` what it needs and returns its statements,
 * which need no answer. The bus runs them in the event's transaction, or (`statementsFor`) hands
 * them to a publisher that sends its whole change as one script.
 */
export type EventWriter = (event: DomainEvent, read: Db) => Promise<CompiledQuery[]>;

type Subscriber = { handler: EventHandler } | { writer: EventWriter };

export class EventBus {
  readonly #subscribers = new Map<string, Subscriber[]>();

  subscribe(type: string, handler: EventHandler): void {
    this.#add(type, { handler });
  }

  subscribeWriter(type: string, writer: EventWriter): void {
    this.#add(type, { writer });
  }

  async publish(tx: Db, events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const subscriber of this.#subscribersOf(event.type)) {
        if ("handler" in subscriber) await subscriber.handler(tx, event);
        else await runStatements(tx, await subscriber.writer(event, tx));
      }
    }
  }

  /**
   * What the subscribers of these events write, looked up with `read` before the change is sent,
   * in the order `publish` would run it; undefined when a subscriber needs the transaction itself.
   * The publisher sends it with its own statements, in one script.
   */
  async statementsFor(events: DomainEvent[], read: Db): Promise<CompiledQuery[] | undefined> {
    if (events.some((event) => this.#subscribersOf(event.type).some((s) => "handler" in s))) return undefined;
    const statements: CompiledQuery[] = [];
    for (const event of events) {
      for (const subscriber of this.#subscribersOf(event.type)) statements.push(...(await (subscriber as { writer: EventWriter }).writer(event, read)));
    }
    return statements;
  }

  #add(type: string, subscriber: Subscriber): void {
    this.#subscribers.set(type, [...(this.#subscribers.get(type) ?? []), subscriber]);
  }

  #subscribersOf(type: string): Subscriber[] {
    return [...(this.#subscribers.get(type) ?? []), ...(this.#subscribers.get("*") ?? [])];
  }
}
