import type { Db } from "../db/database.js";
import type { FaultLevel } from "../db/schema.js";

/**
 * What subscribers most often need of the case, as the publishing transaction has just written
 * it, so that they need not read the row again.
 */
export type CaseFacts = { id: string; number: string; customerId: string | null; contractId: string | null; faultLevel: FaultLevel; priority: string };

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

export class EventBus {
  readonly #handlers = new Map<string, EventHandler[]>();

  subscribe(type: string, handler: EventHandler): void {
    this.#handlers.set(type, [...(this.#handlers.get(type) ?? []), handler]);
  }

  async publish(tx: Db, events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of [...(this.#handlers.get(event.type) ?? []), ...(this.#handlers.get("*") ?? [])]) {
        await handler(tx, event);
      }
    }
  }
}
