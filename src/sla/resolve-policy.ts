import type { Db } from "../db/database.js";
import type { FaultLevel, ServiceTargets } from "../db/schema.js";
import { DEFAULT_POLICY, policySchema, withContractTargets, type SlaPolicy } from "./policy.js";
import { boundPolicy } from "./sla-policies.repository.js";

export type EffectivePolicy = { policyId: string | null; version: number; policy: SlaPolicy };

/**
 * The policy that governs a case now: the most specific binding (or the seed's default when
 * none), with the contract's own per-level targets laid over it.
 */
export async function effectivePolicy(db: Db, found: { contractId: string | null; faultLevel: FaultLevel }): Promise<EffectivePolicy> {
  const bound = await boundPolicy(db, found.contractId, found.faultLevel);
  let policy = bound ? policySchema.parse(bound.definition) : DEFAULT_POLICY;
  if (found.contractId) {
    const contract = await db.selectFrom("contracts").select("targets").where("id", "=", found.contractId).executeTakeFirst();
    if (contract) policy = withContractTargets(policy, contract.targets as ServiceTargets);
  }
  return { policyId: bound?.id ?? null, version: bound?.version ?? 0, policy };
}
