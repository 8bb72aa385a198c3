import { onDutyAt, type OnDutyUser, type RosterReader } from "./on-duty.js";
import { pickLightest } from "./roster.js";

export type PickEngineerOptions = {
  /** the instant to pick for: the caller's `deps.clock.now()` */
  at: Date;
  /** the case's vendor: engineers who cover it are preferred when any of them is on duty */
  vendor?: string;
  /** engineers who must not get the case, such as the ones who already let it lapse */
  exclude?: readonly string[];
};

/**
 * The on-duty engineer to give a case to, or null when none is: the lightest open-case load,
 * among the vendor's coverers if any is on duty, never an excluded one; ties go by name, then id.
 * A system query, so no actor: the caller's assignment authorises. Pass `{ db: tx }` to read
 * inside a transaction.
 */
export async function pickEngineer(deps: RosterReader, options: PickEngineerOptions): Promise<OnDutyUser | null> {
  const engineers = await onDutyAt(deps.db, options.at, ["engineer"]);
  return pickLightest(engineers, options);
}
