import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { RosterRole } from "../db/schema.js";
import { assertCanRoster } from "./roster.policy.js";
import { ROSTER_ROLES, checkDuty, reachabilityOf, type Duty, type DutyCheck, type Reachability, type StaffMember } from "./roster.js";
import { activeStaff, availabilityOf, openCaseLoads, overridesAt, rosterLinesBetween, rosteredRoles, vendorsOf } from "./rosters.repository.js";

export type OnDutyUser = StaffMember & { shift: Duty; openCaseLoad: number; vendors: string[] };
export type ReachableUser = StaffMember & { reason: Reachability; note: string | null; shift: Duty | null };

/** Where the roster reads from: `deps`, or `{ db: tx }` to read inside the caller's transaction. */
export type RosterReader = { db: Db };

/** Who is on duty at `at`, of one role or all three, with shift, open-case load and vendors. Staff only. */
export async function onDuty(deps: RosterReader, input: { actor: Actor; at: Date; role?: RosterRole }): Promise<OnDutyUser[]> {
  assertCanRoster(input.actor, "read");
  return onDutyAt(deps.db, input.at, input.role ? [input.role] : ROSTER_ROLES);
}

/** Who can be called at `at`: on duty first, then off duty but reachable, each with the reason. Staff only. */
export async function reachable(deps: RosterReader, input: { actor: Actor; at: Date }): Promise<ReachableUser[]> {
  assertCanRoster(input.actor, "read");
  const board = await dutyBoard(deps.db, input.at, ROSTER_ROLES);
  const availability = await availabilityOf(deps.db, board.map((entry) => entry.member.id));
  const found: ReachableUser[] = [];
  for (const { member, check } of board) {
    const said = availability.get(member.id);
    const reason = reachabilityOf(member, check, said);
    if (reason) found.push({ ...member, reason, note: said?.note ?? null, shift: check.duty });
  }
  const rank: Record<Reachability, number> = { on_duty: 0, marked_reachable: 1, phone_on_file: 2 };
  return found.sort((a, b) => rank[a.reason] - rank[b.reason]);
}

/** The on-duty staff of `roles` at `at`; no permission check (for the module's own use). */
export async function onDutyAt(db: Db, at: Date, roles: readonly RosterRole[]): Promise<OnDutyUser[]> {
  const board = (await dutyBoard(db, at, roles)).filter((entry) => entry.check.duty);
  const ids = board.map((entry) => entry.member.id);
  const loads = await openCaseLoads(db, ids);
  const vendors = await vendorsOf(db, ids);
  return board.map(({ member, check }) => ({
    ...member, shift: check.duty!, openCaseLoad: loads.get(member.id) ?? 0, vendors: vendors.get(member.id) ?? [],
  }));
}

const DAY_MS = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Sequential queries on purpose: `db` may be a transaction, which runs one statement at a time.
async function dutyBoard(db: Db, at: Date, roles: readonly RosterRole[]): Promise<{ member: StaffMember; check: DutyCheck }[]> {
  const staff = await activeStaff(db, roles);
  const rostered = await rosteredRoles(db);
  const rosteredIds = staff.filter((s) => rostered.has(s.role)).map((s) => s.id);
  // a shift covering `at` started on its local date or the day before, and a local date is at
  // most a day away from the UTC date: the database narrows by UTC dates, shift.ts decides
  const lines = await rosterLinesBetween(db, rosteredIds, utcDate(at.getTime() - 2 * DAY_MS), utcDate(at.getTime() + DAY_MS));
  const overrides = await overridesAt(db, staff.map((s) => s.id), at);
  const linesOf = groupByUser(lines);
  const overridesOf = groupByUser(overrides);
  return staff.map((member) => ({
    member,
    check: checkDuty(member, at, rostered, linesOf.get(member.id) ?? [], overridesOf.get(member.id) ?? []),
  }));
}

function groupByUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row]);
  return map;
}
