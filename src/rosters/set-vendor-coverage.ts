import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { assertCanRoster } from "./roster.policy.js";
import { findStaffMember, replaceVendors, vendorsOf } from "./rosters.repository.js";

const COVERING_ROLES = new Set(["engineer", "expert"]);

/** Replaces the vendors an engineer (or expert) covers; automatic assignment prefers them for those vendors' cases. */
export async function setVendorCoverage(deps: Deps, input: { actor: Actor; userId: string; vendors: readonly string[] }) {
  assertCanRoster(input.actor, "set_vendors");
  const user = await findStaffMember(deps.db, input.userId);
  if (!user) throw notFound("user");
  if (!COVERING_ROLES.has(user.role)) throw new AppError("validation_failed", {}, [{ path: "params.id", code: "role_mismatch" }]);
  // one spelling per vendor: "IBM" and "ibm" are the same vendor, the first spelling stays
  const byKey = new Map<string, string>();
  for (const vendor of input.vendors) if (!byKey.has(vendor.toLowerCase())) byKey.set(vendor.toLowerCase(), vendor);
  const vendors = [...byKey.values()];
  await deps.db.transaction().execute((tx) => replaceVendors(tx, user.id, vendors));
  return { userId: user.id, vendors: (await vendorsOf(deps.db, [user.id])).get(user.id) ?? [] };
}

/** The vendors a user covers. Staff only. */
export async function getVendorCoverage(deps: Deps, input: { actor: Actor; userId: string }) {
  assertCanRoster(input.actor, "read");
  if (!(await findStaffMember(deps.db, input.userId))) throw notFound("user");
  return { userId: input.userId, vendors: (await vendorsOf(deps.db, [input.userId])).get(input.userId) ?? [] };
}
