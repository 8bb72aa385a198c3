import { readFileSync } from "node:fs";
import { join } from "node:path";
import { systemActor, type UserActor } from "../auth/index.js";
import { runDueTimers, type TimerHandler } from "../jobs/index.js";
import type { Deps } from "../shared/deps.js";
import { uploadMetrics } from "./add-metrics.js";
import { buildReport } from "./build-report.js";
import { createPlan } from "./create-plan.js";
import { deliverReport } from "./deliver-report.js";
import { logProactiveCall } from "./proactive-calls.js";
import { updateJob } from "./update-job.js";

const DAY_MS = 86_400_000;
const NOTES: Record<string, string> = {
  diagnosis: "硬件诊断无告警，HMC 无未关闭的服务事件",
  error_logs: "errpt 中有两条已知的光纤链路瞬断记录，已确认恢复",
  microcode: "系统微码为当前推荐版本，无需升级",
};

/**
 * Preventive maintenance in the demo centre: plans for the first two customers (made two months
 * ago, so each month since has opened its jobs by the timer), the oldest month's reports checked,
 * analysed from the shipped nmon file, built and delivered, and a proactive call logged; this
 * month's jobs are open for the engineer to work.
 */
export async function seedMaintenanceDemo(deps: Deps, input: { customerIds: string[]; engineers: UserActor[]; timerHandlers?: Record<string, TimerHandler> }): Promise<void> {
  if (await deps.db.selectFrom("maintenancePlans").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst()) return;
  const realNow = deps.clock.now().getTime();
  const clock = { at: realNow - 62 * DAY_MS };
  const timed: Deps = { ...deps, clock: { now: () => new Date(clock.at) }, logger: deps.logger.child({}, { level: "silent" }) };
  const nmon = readFileSync(join(import.meta.dirname, "fixtures", "aix-layout-handmade.nmon"));
  const planIds: string[] = [];
  for (const [index, customerId] of input.customerIds.slice(0, 2).entries()) {
    const contract = await deps.db.selectFrom("contracts").select("id").where("customerId", "=", customerId).orderBy("createdAt").executeTakeFirst();
    if (!contract) continue;
    const equipment = await deps.db.selectFrom("equipment").select("id").where("contractId", "=", contract.id).orderBy("createdAt").limit(3).execute();
    const engineer = input.engineers[index % input.engineers.length];
    planIds.push((await createPlan(timed, {
      actor: systemActor, contractId: contract.id, equipmentIds: equipment.map((e) => e.id), engineerId: engineer?.id ?? null, asksMonthlyCall: index === 0, isDemo: true,
    })).id);
  }
  // the oldest month's reports: checked, analysed, built and delivered within the week
  const oldest = await deps.db.selectFrom("maintenanceJobs").selectAll().where("planId", "in", planIds.length ? planIds : [""]).orderBy("period").orderBy("number").execute();
  const firstPeriod = oldest[0]?.period;
  for (const job of oldest.filter((j) => j.period === firstPeriod)) {
    const engineer = input.engineers.find((e) => e.id === job.engineerId) ?? systemActor;
    clock.at = job.periodStartsAt.getTime() + 3 * DAY_MS;
    await updateJob(timed, { actor: engineer, jobId: job.id, checklist: job.checklist.map((item) => ({ key: item.key, result: "ok", note: NOTES[item.key] ?? null })) });
    await uploadMetrics(timed, { actor: engineer, jobId: job.id, filename: "p924-db01_0800.nmon", bytes: nmon });
    clock.at += DAY_MS;
    await buildReport(timed, { actor: engineer, jobId: job.id, summary: "系统总体运行稳定。业务高峰时段 CPU 与 hdisk2 繁忙，/oracle 文件系统使用率超过 90%，建议按报告中的调优建议处理。" });
    await deliverReport(timed, { actor: engineer, jobId: job.id });
  }
  const caller = input.engineers[0];
  if (caller && input.customerIds[0]) {
    const contact = await deps.db.selectFrom("contacts").select("id").where("customerId", "=", input.customerIds[0]).where("isDesignated", "=", true).executeTakeFirst();
    clock.at = realNow - 20 * DAY_MS;
    await logProactiveCall(timed, {
      actor: caller, customerId: input.customerIds[0], contactId: contact?.id, contactName: contact ? undefined : "信息中心", direction: "outbound",
      summary: "例行回访：上月维护报告已收到，客户计划下季度扩容 /oracle 文件系统，请届时配合。", followUpOn: new Date(realNow + 10 * DAY_MS).toISOString().slice(0, 10), isDemo: true,
    });
  }
  // the months since open by their timers, as a running centre would have
  clock.at = realNow;
  if (input.timerHandlers) await runDueTimers(timed, input.timerHandlers);
  if (input.timerHandlers) await runDueTimers(timed, input.timerHandlers);
}
