import { contractServiceTerms } from "../customers/index.js";
import type { Db } from "../db/database.js";
import type { FaultLevel } from "../db/schema.js";
import type { SharedCache } from "../db/shared-cache.js";
import { DEFAULT_POLICY, policySchema, withContractTargets, type SlaPolicy } from "./policy.js";
import { boundPolicy } from "./sla-policies.repository.js";

export type EffectivePolicy = { policyId: string | null; version: number; policy: SlaPolicy };

/**
 * The policy that governs a case now: the most specific binding (or the seed's default when
 * none), with the contract's own terms laid over it: its per-level targets, and its business
 * calendar in place of the policy's. Clocks keep the policy they started with, so a contract
 * edited later governs its next cases, not the running clocks of open ones.
 */
export async function effectivePolicy(db: Db, found: { contractId: string | null; faultLevel: FaultLevel }, cache?: SharedCache): Promise<EffectivePolicy> {
  if (!cache) return readEffectivePolicy(db, found);
  // a policy, binding or contract changed anywhere drops these at once (SharedCache)
  return (await cache.get("serviceTerms", `${found.contractId ?? "-"}:${found.faultLevel}`, () => readEffectivePolicy(db, found)))!;
}

async function readEffectivePolicy(db: Db, found: { contractId: string | null; faultLevel: FaultLevel }): Promise<EffectivePolicy> {
  const bound = await boundPolicy(db, found.contractId, found.faultLevel);
  let policy = bound ? policySchema.parse(bound.definition) : DEFAULT_POLICY;
  if (found.contractId) {
    const terms = await contractServiceTerms(db, found.contractId);
    if (terms) policy = { ...withContractTargets(policy, terms.targets), calendar: terms.calendarId ?? policy.calendar };
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
