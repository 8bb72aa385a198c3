import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/database.js";
import type { Deps } from "../../shared/deps.js";

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Issues the link a customer uses to confirm or dispute a resolution without signing in: 256
 * random bits, stored only as a hash, bound to the case and its resolution cycle, one use,
 * expiring when the case would close by itself.
 */
export async function issueConfirmationLink(deps: Deps, tx: Db, found: { id: string; resolutionCycle: number }) {
  const token = randomBytes(32).toString("base64url");
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.closeAfterDays * 86_400_000);
  await tx
    .insertInto("caseConfirmations")
    .values({ tokenHash: hashOf(token), caseId: found.id, resolutionCycle: found.resolutionCycle, createdAt: now, expiresAt })
    .execute();
  const base = deps.config.publicUrl ?? `http://${deps.config.host}:${deps.config.port}`;
  return { token, url: `${base}/api/v1/case-confirmations/${token}`, expiresAt };
}

export const findConfirmation = (db: Db, token: string) =>
  db.selectFrom("caseConfirmations").selectAll().where("tokenHash", "=", hashOf(token)).executeTakeFirst();

/** Marks a link used, only if nobody used it first; false when it was. */
export async function useConfirmation(tx: Db, token: string, outcome: "confirmed" | "disputed", now: Date): Promise<boolean> {
  const used = await tx
    .updateTable("caseConfirmations")
    .set({ usedAt: now, outcome })
    .where("tokenHash", "=", hashOf(token))
    .where("usedAt", "is", null)
    .returning("tokenHash")
    .executeTakeFirst();
  return Boolean(used);
}
