import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { reanalyseJob } from "./add-metrics.js";
import type { AnalysisRule } from "./analyse.js";
import { lockJob } from "./jobs.repository.js";
import { assertCan } from "./maintenance.policy.js";
import { isMetricName } from "./metrics-format.js";
import { findRule, insertRule, listRuleRows, updateRuleRow } from "./rules.repository.js";

type RuleRow = Awaited<ReturnType<typeof listRuleRows>>[number];
const present = (row: RuleRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

const unknownMetric = () => new AppError("validation_failed", {}, [{ path: "body.metric", code: "invalid_value" }]);

/** The analysis rules, by metric and threshold. Staff only. */
export async function listRules(deps: Deps, input: { actor: Actor }) {
  assertCan(input.actor, "read", "maintenance_rule");
  return (await listRuleRows(deps.db)).map(present);
}

/** A new rule (admins and managers); it applies to the next analysis. */
export async function createRule(deps: Deps, input: { actor: Actor; rule: AnalysisRule & { isActive?: boolean } }) {
  assertCan(input.actor, "manage_plans");
  if (!isMetricName(input.rule.metric)) throw unknownMetric();
  if (await deps.db.selectFrom("maintenanceRules").select("id").where("code", "=", input.rule.code).executeTakeFirst()) {
    throw new AppError("validation_failed", {}, [{ path: "body.code", code: "duplicate" }]);
  }
  const row = await deps.db.transaction().execute((tx) => insertRule(tx, { ...input.rule, isActive: input.rule.isActive ?? true, now: deps.clock.now() }));
  return present(row);
}

/** Changes a rule's threshold, duration, severity, texts or switches it off; `version` guards against a stale edit. */
export async function updateRule(deps: Deps, input: { actor: Actor; ruleId: string; version?: number; changes: Partial<Omit<AnalysisRule, "code">> & { isActive?: boolean } }) {
  assertCan(input.actor, "manage_plans");
  if (input.changes.metric !== undefined && !isMetricName(input.changes.metric)) throw unknownMetric();
  const row = await deps.db.transaction().execute(async (tx) => {
    const rule = await findRule(tx, input.ruleId);
    if (!rule) throw new AppError("not_found", { what: "maintenance_rule" });
    if (input.version !== undefined && input.version !== rule.version) throw new AppError("version_conflict");
    return updateRuleRow(tx, rule.id, input.changes, deps.clock.now());
  });
  return present(row);
}

/** Reads a job's data again against today's rules (after a rule changed). */
export async function analyseJob(deps: Deps, input: { actor: Actor; jobId: string }) {
  assertCan(input.actor, "work_job", "maintenance_job");
  return deps.db.transaction().execute(async (tx) => {
    const job = await lockJob(tx, input.jobId);
    if (!job) throw new AppError("not_found", { what: "maintenance_job" });
    if (job.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
    return reanalyseJob(tx, job.id, deps.clock.now());
  });
}
