import { seedMaintenanceDemo } from "../maintenance/index.js";
import { seedInventoryDemo } from "../inventory/index.js";
import { seedRmaDemo } from "../rma/index.js";
import { createUser, findUserByEmail, systemActor } from "../auth/index.js";
import { runDueTimers, type TimerHandler } from "../jobs/index.js";
import type { Deps } from "../shared/deps.js";
import { script, type StepContext } from "./case-stories.js";
import { seedCustomers } from "./customers.js";
import { AGE_DAYS, FINISHED, PLAN } from "./plan.js";
import { PROBLEMS, type Problem } from "./problems.js";
import { DAY_MS, MINUTE_MS, mulberry32, pick } from "./random.js";
import { actorOf, DEMO_DOMAIN, DEMO_PASSWORD, seedStaff, STAFF, type Staff } from "./staff.js";
import type { SeededCustomer } from "./customers.js";

export { DEMO_PASSWORD };

/** What `casedesk start` prints once the demo centre's cases are all in (tests wait for it). */
export const DEMO_LOADED = "demo centre loaded";

/** The demo centre once its people exist: who can sign in, and the rest of it still to load. */
export type PreparedDemo = {
  logins: { role: string; email: string }[];
  /** The 50 cases' histories, then each module's demo data: seconds of work, once. */
  play(): Promise<{ cases: number; actions: number }>;
};

/**
 * The demo support centre: four customer companies in Beijing, Shanghai and Guangzhou with
 * contacts, sites, contracts and covered equipment; a full staff; and 50 cases spread over the
 * last two months and across every status. Everything goes through the use cases, so the
 * activity log's hash chains are real, and every row is marked as demo. Loads it once; answers
 * null when demo data is already there.
 */
export async function seedDemo(
  deps: Deps,
  options: { timerHandlers?: Record<string, TimerHandler> } = {},
): Promise<{ logins: { role: string; email: string }[] } | null> {
  const demo = await prepareDemo(deps, options);
  if (!demo) return null;
  await demo.play();
  return { logins: demo.logins };
}

/**
 * The demo centre in two parts: the companies, staff and logins now (under a second), the cases'
 * histories and the modules' data when `play` is called. `casedesk start` listens in between, so
 * a newcomer can sign in while the cases arrive (as live updates). Null when demo data is there.
 */
export async function prepareDemo(
  deps: Deps,
  options: { timerHandlers?: Record<string, TimerHandler> } = {},
): Promise<PreparedDemo | null> {
  if (await hasDemoData(deps)) {
    if (!(await hasWholeDemo(deps))) deps.logger.warn("the demo centre was interrupted while it loaded and stays incomplete; to have it whole, start once on an empty data folder");
    return null;
  }
  const realNow = deps.clock.now().getTime();
  const clock = { at: realNow - 120 * DAY_MS };
  const timed: Deps = { ...deps, clock: { now: () => new Date(clock.at) } };

  // argon2 runs off the event loop: the staff's passwords hash while the customers are written
  const [customers, staff] = await Promise.all([seedCustomers(timed, realNow), seedStaff(timed)]);
  const customerLogins = await Promise.all(
    customers.map((customer) => {
      const contact = customer.seed.contacts.find((c) => c.isDesignated)!;
      return createUser(timed, {
        actor: systemActor, email: contact.email, name: contact.name, role: "customer", phone: contact.mobile ?? contact.phone,
        customerId: customer.id, password: DEMO_PASSWORD, isDemo: true,
      });
    }),
  );
  customers.forEach((customer, i) => (customer.login = actorOf(customerLogins[i]!)));
  const logins = [
    ...STAFF.map((s) => ({ role: s.role as string, email: `${s.key}@${DEMO_DOMAIN}` })),
    ...customerLogins.map((u) => ({ role: "customer", email: u.email })),
  ];
  let played: Promise<{ cases: number; actions: number }> | undefined;
  return { logins, play: () => (played ??= playDemo(deps, { ...options, customers, staff, clock, timed, realNow })) };
}

async function playDemo(
  deps: Deps,
  given: {
    timerHandlers?: Record<string, TimerHandler>;
    customers: SeededCustomer[];
    staff: Staff;
    /** The seed's clock, moved step by step, and the dependencies that read it. */
    clock: { at: number };
    timed: Deps;
    realNow: number;
  },
): Promise<{ cases: number; actions: number }> {
  const { customers, staff, clock, timed, realNow, timerHandlers } = given;
  const started = Date.now();
  // the centre's timers (reminders, breaches, auto-close) fire as the seed's clock moves, so the
  // history reads as if casedesk had been running all along
  const quiet: Deps = { ...timed, logger: deps.logger.child({}, { level: "silent" }) };
  const fireDueTimers = async () => {
    if (timerHandlers) await runDueTimers(quiet, timerHandlers);
  };
  const random = mulberry32(20_260_617);

  const cases = PLAN.map(([story, problemKey]) => {
    const problem: Problem = PROBLEMS[problemKey];
    const owners = customers.filter((c) => c.seed.equipment.some((e) => e.kind === problem.kind));
    const customer = pick(random, owners);
    const equipment = pick(random, customer.seed.equipment.filter((e) => e.kind === problem.kind));
    const [from, to] = AGE_DAYS[story];
    // a system-down case is not left open for weeks
    const age = (from + random() * (to - from)) * (problem.level === "S1" && !FINISHED.has(story) ? 0.25 : 1);
    const openedAt = realNow - Math.round(age * DAY_MS);
    return { story, problem, customer, equipment, openedAt };
  }).sort((a, b) => a.openedAt - b.openedAt);

  let actions = 0;
  for (const plan of cases) {
    const steps = script(plan, staff, random);
    // squeeze the story into the time between its opening and now, keeping its order
    const planned = steps.reduce((sum, step) => sum + step.gapMinutes, 0) * MINUTE_MS;
    const room = realNow - MINUTE_MS - plan.openedAt;
    const scale = planned > room ? room / planned : 1;
    clock.at = plan.openedAt;
    const ctx: StepContext = { caseId: "", at: () => new Date(clock.at), gapMs: 0 };
    for (const step of steps) {
      ctx.gapMs = Math.round(step.gapMinutes * MINUTE_MS * scale);
      clock.at += ctx.gapMs;
      await fireDueTimers();
      await step.run(timed, ctx);
      actions++;
      // PGlite answers in this thread without I/O: without a turn of the event loop between steps,
      // the server listening meanwhile would not read a request until the demo is done
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  clock.at = realNow;
  await fireDueTimers();

  // each module's demo data (src/<module>/demo.ts), one line each, in the order they build on each other
  await seedInventoryDemo(deps).then(() => seedRmaDemo(deps));
  await seedMaintenanceDemo(deps, { customerIds: customers.map((c) => c.id), engineers: staff.engineers, timerHandlers });

  deps.logger.info({ cases: cases.length, actions, ms: Date.now() - started }, "demo data loaded");
  return { cases: cases.length, actions };
}

async function hasDemoData(deps: Deps): Promise<boolean> {
  const demoUser = await deps.db.selectFrom("users").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst();
  const demoCustomer = await deps.db.selectFrom("customers").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst();
  return Boolean(demoUser || demoCustomer || (await findUserByEmail(deps.db, `dispatcher1@${DEMO_DOMAIN}`)));
}

/** The maintenance plans come last: without them a start was stopped while the demo loaded. */
async function hasWholeDemo(deps: Deps): Promise<boolean> {
  return Boolean(await deps.db.selectFrom("maintenancePlans").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst());
}
