import type { Db } from "../db/database.js";
import type { FaultLevel } from "../db/schema.js";

export const findPolicyRow = (db: Db, id: string) => db.selectFrom("slaPolicies").selectAll().where("id", "=", id).executeTakeFirst();

export const listPolicyRows = (db: Db) => db.selectFrom("slaPolicies").selectAll().orderBy("name").limit(500).execute();

export const bindingsOf = (db: Db, policyId: string) =>
  db.selectFrom("slaPolicyBindings").selectAll().where("policyId", "=", policyId).orderBy("createdAt").execute();

/**
 * The policy bound most specifically to a contract and fault level: contract + level, then
 * contract, then level, then the catch-all binding. Undefined when nothing is bound.
 */
export async function boundPolicy(db: Db, contractId: string | null, faultLevel: FaultLevel) {
  const rows = await db
    .selectFrom("slaPolicyBindings")
    .innerJoin("slaPolicies", "slaPolicies.id", "slaPolicyBindings.policyId")
    .select(["slaPolicies.id", "slaPolicies.version", "slaPolicies.definition", "slaPolicyBindings.contractId", "slaPolicyBindings.faultLevel"])
    .where((eb) => eb.or([eb("slaPolicyBindings.contractId", "is", null), ...(contractId ? [eb("slaPolicyBindings.contractId", "=", contractId)] : [])]))
    .where((eb) => eb.or([eb("slaPolicyBindings.faultLevel", "is", null), eb("slaPolicyBindings.faultLevel", "=", faultLevel)]))
    .execute();
  const rank = (row: { contractId: string | null; faultLevel: string | null }) => (row.contractId ? 2 : 0) + (row.faultLevel ? 1 : 0);
  return rows.sort((a, b) => rank(b) - rank(a))[0];
}
