// Durable timers: the table types (the migrations create the tables).
import type { Generated, Selectable } from "kysely";
import type { Json, Timestamp } from "../db/column-types.js";

export type TimerStatus = "pending" | "fired" | "cancelled" | "failed";

export interface TimersTable {
  id: Generated<string>;
  key: string;
  kind: string;
  /** when the timer next runs: its scheduled instant, or later after a failed attempt */
  dueAt: Timestamp;
  /** the instant it was scheduled for; retries leave it alone */
  scheduledAt: Timestamp;
  payload: Json<Record<string, unknown>>;
  status: Generated<TimerStatus>;
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: Timestamp;
  firedAt: Timestamp | null;
  cancelledAt: Timestamp | null;
}

export type TimerRow = Selectable<TimersTable>;

/** The jobs module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface JobsTables {
  timers: TimersTable;
}
