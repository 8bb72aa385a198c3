import type { Actor } from "../auth/index.js";
import { appendSystemEntry, findCaseById, getCase } from "../cases/index.js";
import type { FaultLevel } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { changeTarget, syncClock } from "./clock-engine.js";
import { clocksOf, updateClock } from "./clocks.repository.js";
import { DEFAULT_POLICY, type SlaPolicy } from "./policy.js";
import { serviceLevelOf } from "./resolve-policy.js";
import { bindingsOf, findPolicyRow, listPolicyRows } from "./sla-policies.repository.js";

const RECALCULATE_LIMIT = 5000;

function assertCanPolicies(actor: Actor, write: boolean) {
  if (actor.kind === "system") return;
  if (actor.role === "customer") throw forbidden("sla.read");
  if (write && actor.role !== "manager" && actor.role !== "admin") throw forbidden("sla.write");
}

export async function listSlaPolicies(deps: Deps, input: { actor: Actor }) {
  assertCanPolicies(input.actor, false);
  const rows = await listPolicyRows(deps.db);
  return Promise.all(rows.map(async (row) => ({ ...row, bindings: await bindingsOf(deps.db, row.id) })));
}

export async function getSlaPolicy(deps: Deps, input: { actor: Actor; policyId: string }) {
  assertCanPolicies(input.actor, false);
  const row = await findPolicyRow(deps.db, input.policyId);
  if (!row) throw notFound("sla_policy");
  return { ...row, bindings: await bindingsOf(deps.db, row.id) };
}

/** The seed's default policy, which governs every case no binding names another for. */
export function defaultSlaPolicy(deps: Deps, input: { actor: Actor }): SlaPolicy {
  assertCanPolicies(input.actor, false);
  return DEFAULT_POLICY;
}

/** Adds a policy (version 1); it governs nothing until it is bound. */
export async function createSlaPolicy(deps: Deps, input: { actor: Actor; definition: SlaPolicy }) {
  assertCanPolicies(input.actor, true);
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await tx
      .insertInto("slaPolicies")
      .values({ name: input.definition.name, definition: JSON.stringify(input.definition), createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.insertInto("slaPolicyVersions").values({ policyId: row.id, version: 1, definition: JSON.stringify(input.definition), createdBy: input.actor.id, createdAt: now }).execute();
    return { ...row, bindings: [] };
  });
}

/**
 * Saves a new version of a policy. Running clocks keep the version they started with, unless
 * `recalculate` is asked: then each running clock under this policy takes the new targets
 * (elapsed time kept), and each such case's log says so.
 */
export async function updateSlaPolicy(
  deps: Deps,
  input: { actor: Actor; policyId: string; definition: SlaPolicy; expectedVersion?: number; recalculate?: boolean },
) {
  assertCanPolicies(input.actor, true);
  const current = await findPolicyRow(deps.db, input.policyId);
  if (!current) throw notFound("sla_policy");
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("slaPolicies")
      .set((eb) => ({ name: input.definition.name, definition: JSON.stringify(input.definition), updatedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", current.id)
      .where("version", "=", input.expectedVersion ?? current.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await tx.insertInto("slaPolicyVersions").values({ policyId: updated.id, version: updated.version, definition: JSON.stringify(input.definition), createdBy: input.actor.id, createdAt: now }).execute();
    let recalculated = 0;
    if (input.recalculate) {
      const running = await tx
        .selectFrom("slaClocks")
        .select(["caseId", "metric", "cycle"])
        .where("policyId", "=", updated.id)
        .where("status", "!=", "stopped")
        .limit(RECALCULATE_LIMIT)
        .execute();
      for (const key of running) {
        await updateClock(tx, key, { policy: JSON.stringify(input.definition), policyVersion: updated.version });
        const found = await findCaseById(tx, key.caseId);
        if (key.metric !== "response" && found) await changeTarget(tx, key, now, serviceLevelOf(found));
        await syncClock(tx, key, now);
      }
      for (const caseId of new Set(running.map((r) => r.caseId))) {
        await appendSystemEntry(deps, tx, { caseId, kind: "sla.recalculated", at: now, data: { policyId: updated.id, version: updated.version, by: input.actor.id } });
      }
      recalculated = running.length;
    }
    return { ...updated, bindings: await bindingsOf(tx, updated.id), recalculated };
  });
}

/** Binds a policy to a contract and/or a fault level (either may be "any"); replaces an earlier binding of that scope. */
export async function bindSlaPolicy(deps: Deps, input: { actor: Actor; policyId: string; contractId: string | null; faultLevel: FaultLevel | null }) {
  assertCanPolicies(input.actor, true);
  if (!(await findPolicyRow(deps.db, input.policyId))) throw notFound("sla_policy");
  if (input.contractId && !(await deps.db.selectFrom("contracts").select("id").where("id", "=", input.contractId).executeTakeFirst())) {
    throw new AppError("validation_failed", {}, [{ path: "body.contractId", code: "unknown_contract" }]);
  }
  return inTransaction(deps.db, async (tx) => {
    let existing = tx.deleteFrom("slaPolicyBindings");
    existing = input.contractId ? existing.where("contractId", "=", input.contractId) : existing.where("contractId", "is", null);
    existing = input.faultLevel ? existing.where("faultLevel", "=", input.faultLevel) : existing.where("faultLevel", "is", null);
    await existing.execute();
    return tx
      .insertInto("slaPolicyBindings")
      .values({ policyId: input.policyId, contractId: input.contractId, faultLevel: input.faultLevel, createdAt: deps.clock.now() })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** The clocks of one case, for the case page: every metric and cycle with its state. */
export async function caseClocks(deps: Deps, input: { actor: Actor; caseId: string }) {
  const found = await getCase(deps, { actor: input.actor, caseId: input.caseId });
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("sla.read");
  const breaches = await deps.db.selectFrom("slaBreaches").selectAll().where("caseId", "=", found.id).execute();
  return { case: found, clocks: await clocksOf(deps.db, found.id), breaches };
}
