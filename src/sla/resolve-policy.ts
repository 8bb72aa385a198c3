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

/**
 * The level whose targets a case is measured against: its fault level, or its priority when the
 * priority is more urgent (P1 ↔ S1 … P4 ↔ S4). So raising a case's priority tightens its targets
 * (R10: warnings follow the priority), and lowering it below the fault level never loosens them.
 */
export function serviceLevelOf(found: { faultLevel: FaultLevel; priority: string }): FaultLevel {
  const fromPriority = Number(found.priority.slice(1));
  const fromFault = Number(found.faultLevel.slice(1));
  return `S${Math.min(fromPriority, fromFault)}` as FaultLevel;
}
