import type { CompiledQuery } from "kysely";
import type { Db } from "../db/database.js";
import { isLiveTopic, type LiveMessage } from "./live.js";
import { notifyLiveStatement } from "./live.repository.js";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_900;

/**
 * Announces a live message to the SSE clients of every instance, in the caller's transaction: it
 * is delivered when that transaction commits and never when it rolls back. Keep payloads small
 * (ids, a type, an instant); clients refetch the rest through the authorised API.
 */
export async function publishLive(tx: Db, message: LiveMessage): Promise<void> {
  await tx.executeQuery(liveStatement(message));
}

/** The statement that announces a live message, for a script (src/db/script.ts) or a transaction. */
export function liveStatement(message: LiveMessage): CompiledQuery {
  if (!isLiveTopic(message.topic)) throw new Error(`publishLive: bad topic ${message.topic}`);
  const text = JSON.stringify(message);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`publishLive: payload of ${message.topic} too large`);
  return notifyLiveStatement(text);
}
