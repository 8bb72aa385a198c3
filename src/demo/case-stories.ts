import type { Actor, UserActor } from "../auth/index.js";
import { addNote, assignCase, logActivity, moveCase, openCase, takeOverCase, updateCase, type MoveAction } from "../cases/index.js";
import type { FaultLevel } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import type { EquipmentSeed, SeededCustomer } from "./customers.js";
import type { Story } from "./plan.js";
import type { Problem } from "./problems.js";
import { MINUTE_MS, pick, shuffle, weighted } from "./random.js";
import type { Staff } from "./staff.js";

/** One demo case's story: the steps from its opening to wherever the story ends, through the use cases. */

/** The case being written, the seed clock's now, and the time since the step before (a session or visit fits in it). */
export type StepContext = { caseId: string; at: () => Date; gapMs: number };
export type Step = { gapMinutes: number; run: (deps: Deps, ctx: StepContext) => Promise<unknown> };
export type CasePlan = { story: Story; problem: Problem; customer: SeededCustomer; equipment: EquipmentSeed; openedAt: number };

const CHANNEL_WEIGHTS: ["phone" | "email" | "web" | "fax", number][] = [["phone", 0.5], ["email", 0.22], ["web", 0.2], ["fax", 0.08]];
/** Minutes an engineer takes to respond, and between two working steps, by fault level. */
// within the 45 minutes after which the response ladder reassigns the case (some past the 30-minute reminder)
const RESPOND_MINUTES: Record<FaultLevel, [number, number]> = { S1: [5, 20], S2: [10, 35], S3: [15, 40], S4: [20, 43] };
const WORK_MINUTES: Record<FaultLevel, [number, number]> = { S1: [30, 120], S2: [60, 240], S3: [120, 1440], S4: [240, 2880] };
const REMOTE_TOOLS = ["客户堡垒机 + SSH", "WebEx 远程协助", "向日葵远程控制", "VPN + 管理口"];
const DEPOTS = ["北京亦庄备件库", "上海外高桥备件库", "广州黄埔备件库"];

/** The steps of one case, from opening to wherever its story ends, with the minutes before each. */
export function script(plan: CasePlan, staff: Staff, random: () => number): Step[] {
  const { story, problem, customer, equipment } = plan;
  const fill = (text: string) =>
    text.replaceAll("{model}", equipment.model).replaceAll("{serial}", equipment.serial).replaceAll("{site}", customer.seed.sites[equipment.site]!.name);
  const between = (from: number, to: number) => from + random() * (to - from);
  const within = ([from, to]: readonly [number, number]) => between(from, to);
  const level = problem.level;
  const gap = {
    respond: () => within(RESPOND_MINUTES[level]),
    work: () => within(WORK_MINUTES[level]),
    travel: () => (level === "S1" ? between(60, 150) : between(240, 1800)),
    long: () => between(720, 4320),
    short: () => between(2, 15),
  };

  const channel = weighted(random, CHANNEL_WEIGHTS);
  const dispatcher = pick(random, staff.dispatchers);
  const [engineer, otherEngineer] = shuffle(random, staff.engineers) as [UserActor, UserActor];
  const expert = ["hardware", "maintenance"].includes(problem.type) && equipment.vendor !== "Cisco" && equipment.vendor !== "H3C"
    ? staff.experts[0]!
    : staff.experts[1]!;
  const rma = staff.rma[0]!;
  const customerUser = customer.login!;
  const contact = channel === "web" ? customer.contacts.find((c) => c.id === customer.designatedContactId)! : pick(random, customer.contacts);
  const siteId = customer.siteIds[equipment.site]!;
  const steps: Step[] = [];
  const add = (gapMinutes: number, run: Step["run"]) => steps.push({ gapMinutes, run });

  // actions
  const call = (actor: Actor, direction: "inbound" | "outbound", summary: string, minutes: number) =>
    add(gap.short(), (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction, number: contact.number, durationSeconds: Math.round(minutes * 60 + random() * 59), summary },
    }));
  const note = (gapMinutes: number, actor: Actor, body: string, visibility: "public" | "internal") =>
    add(gapMinutes, (d, c) => addNote(d, { actor, caseId: c.caseId, body, visibility }));
  const move = (gapMinutes: number, actor: Actor, action: MoveAction, extra: Omit<Parameters<typeof moveCase>[1], "actor" | "caseId" | "action"> = {}) =>
    add(gapMinutes, (d, c) => moveCase(d, { actor, caseId: c.caseId, action, ...extra }));
  // a session or visit ends at the step's instant and starts no earlier than the step before
  const startOf = (c: StepContext, minutes: number) => new Date(c.at().getTime() - Math.min(minutes * MINUTE_MS, c.gapMs * 0.9));
  const remote = (actor: Actor, summary: string) => {
    const minutes = between(20, 90);
    add(gap.work(), (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "remote_session", tool: pick(random, REMOTE_TOOLS), startedAt: startOf(c, minutes), endedAt: c.at(), summary },
    }));
  };
  const onsite = (actor: Actor, workDone: string) => {
    const minutes = between(90, 240);
    add(gap.travel() + minutes, (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "onsite_visit", siteId, arrivedAt: startOf(c, minutes), departedAt: c.at(), workDone },
    }));
  };

  // phases
  const open = () => {
    const opener: Actor = channel === "web" ? customerUser : dispatcher;
    const lead = { phone: "", email: "（邮件报修）", web: "", fax: "（客户传真报修，传真件已存档）" }[channel];
    add(0, async (d, c) => {
      const opened = await openCase(d, {
        actor: opener, subject: fill(problem.subject), description: lead + fill(problem.description), channel,
        vendor: equipment.vendor, caseType: problem.type, faultLevel: level, contactId: contact.id, siteId, isDemo: true,
      });
      c.caseId = opened.case.id;
    });
    if (channel === "phone") call(dispatcher, "inbound", `${contact.name}来电报修：${fill(problem.subject)}。已记录故障现象并告知稍后由值班工程师联系。`, between(3, 9));
  };
  const assign = () => add(gap.short(), (d, c) => assignCase(d, { actor: dispatcher, caseId: c.caseId, assigneeId: engineer.id }));
  const respond = (by: UserActor = engineer) => {
    add(gap.respond(), (d, c) => logActivity(d, {
      actor: by, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction: "outbound", number: contact.number, durationSeconds: Math.round(between(240, 900)), summary: level === "S1"
        ? `联系${contact.name}启动紧急响应：确认业务影响范围，工程师立即远程介入，同时准备赴现场。`
        : `联系${contact.name}确认故障现象和影响范围，约定先远程排查。` },
    }));
    move(1, by, "respond");
  };
  const diagnose = (by: UserActor = engineer) => remote(by, fill(problem.diagnosis));
  const begin = () => { open(); assign(); respond(); diagnose(); };
  const escalate = () => {
    if (level === "S3" && problem.type !== "consultation") {
      add(gap.short(), (d, c) => updateCase(d, { actor: dispatcher, caseId: c.caseId, faultLevel: "S2", priority: "P2" }));
    }
    move(gap.work(), engineer, "escalate", { expertId: expert.id, reason: problem.vendorNeed ? `排查后判断需要原厂支持：${problem.vendorNeed}` : "远程排查未找到根因，问题复杂，申请技术专家支持。" });
    note(gap.respond(), expert, `专家意见：已审阅日志。${problem.vendorNeed ? "确认需要原厂支持，由我负责与原厂对接。" : "建议收集更多性能数据后再定方案，已把分析要点告知工程师。"}`, "internal");
  };
  const waitVendor = () => {
    const by = problem.vendorNeed ? expert : engineer;
    if (level === "S2") add(gap.short(), (d, c) => updateCase(d, { actor: dispatcher, caseId: c.caseId, priority: "P1" }));
    move(gap.short(), by, "wait", { waitFor: "vendor", reason: fill(problem.vendorNeed ?? "已提交原厂技术支持，等待原厂回复。") });
  };
  const waitParts = () => {
    onsite(engineer, `现场检查确认故障：${fill(problem.diagnosis)} 需更换${problem.parts}。`);
    move(gap.short(), engineer, "wait", { waitFor: "parts", reason: `需更换${problem.parts}，已提交备件申请。` });
    note(gap.work(), rma, `备件${problem.parts}已从${pick(random, DEPOTS)}调拨，顺丰运单号 SF${Math.floor(1e12 + random() * 9e12)}，预计次日送达现场。`, "internal");
  };
  const waitCustomer = () => {
    const ask = problem.customerAsk ?? "请客户在方便时确认问题是否仍然存在。";
    move(gap.short(), engineer, "wait", { waitFor: "customer", reason: ask });
    note(1, engineer, `${contact.name}您好，${ask}收到后我们会立即继续处理。`, "public");
  };
  const replacePart = () => {
    move(gap.long(), engineer, "resume", { reason: "备件已到现场。" });
    onsite(engineer, `更换${problem.parts}，${problem.resolution}`);
  };
  const resolve = (by: UserActor = engineer) => move(gap.short(), by, "resolve", { resolution: problem.resolution });
  const close = () => {
    add(gap.work(), (d, c) => logActivity(d, {
      actor: dispatcher, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction: "outbound", number: contact.number, durationSeconds: Math.round(between(60, 300)), summary: `回访${contact.name}：确认问题已解决，客户同意关闭 Case。` },
    }));
    move(gap.short(), dispatcher, "close");
    if (random() < 0.4) note(gap.work(), customerUser, "问题已解决，感谢工程师的及时支持！", "public");
  };
  const reopen = () => {
    move(gap.long(), customerUser, "reopen", { reason: `同样的问题今天又出现了：${fill(problem.subject)}，请再次检查。` });
    note(gap.respond(), engineer, "收到，已重新查看日志，将尽快给出处理方案。", "public");
  };

  switch (story) {
    case "new":
      open();
      break;
    case "assigned":
      open(); assign();
      break;
    case "reassigned":
      open(); assign();
      // casedesk reassigns it itself at 45 minutes (the response ladder); the dispatcher follows up
      note(46, dispatcher, `${engineer.name} 指派后 45 分钟未响应，系统已按响应规则自动改派；已电话通知新指派的工程师立即响应，并告知${engineer.name}。`, "internal");
      break;
    case "in_progress":
      begin();
      break;
    case "taken_over":
      begin();
      add(gap.work(), (d, c) => takeOverCase(d, { actor: otherEngineer, caseId: c.caseId, reason: `${engineer.name} 调往 S1 现场支持，由我接管。` }));
      note(gap.short(), otherEngineer, `${contact.name}您好，我是${otherEngineer.name}，已接手此 Case，会继续跟进处理进度。`, "public");
      break;
    case "escalated":
      begin(); escalate();
      break;
    case "waiting_customer":
      begin(); waitCustomer();
      break;
    case "waiting_vendor":
      begin(); escalate(); waitVendor();
      break;
    case "waiting_parts":
      begin(); waitParts();
      break;
    case "resolved":
      begin(); resolve();
      break;
    case "resolved_parts":
      begin(); waitParts(); replacePart(); resolve();
      break;
    case "resolved_vendor":
      begin(); escalate(); waitVendor();
      move(gap.long(), expert, "resume", { reason: "原厂已给出处理方案。" });
      resolve(expert);
      break;
    case "closed":
      begin(); resolve(); close();
      break;
    case "closed_parts":
      begin(); waitParts(); replacePart(); resolve(); close();
      break;
    case "closed_vendor":
      begin(); escalate(); waitVendor();
      move(gap.long(), expert, "resume", { reason: "原厂已给出处理方案。" });
      onsite(engineer, `按原厂方案实施：${problem.resolution}`);
      resolve(); close();
      break;
    case "closed_customer":
      begin(); waitCustomer();
      note(gap.work(), customerUser, "相关信息已通过邮件发送给工程师，请查收。", "public");
      move(gap.respond(), engineer, "resume", { reason: "已收到客户提供的信息。" });
      resolve(); close();
      break;
    case "reopened":
      begin(); resolve(); close(); reopen();
      remote(engineer, `再次检查：${fill(problem.diagnosis)}`);
      break;
    case "reopened_closed":
      begin(); waitParts(); replacePart(); resolve(); close(); reopen();
      remote(engineer, "复查发现上次更换后仍有残留告警未清除，清除告警并复核设备状态正常。");
      resolve(); close();
      break;
    case "reopened_parts":
      begin(); resolve(); close(); reopen();
      waitParts();
      break;
  }
  return steps;
}

