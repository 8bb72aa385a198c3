import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/database.js";
import type { RosterAssignmentsTable, RosterOverridesTable, RosterRole, ShiftPatternsTable } from "../db/schema.js";
import type { OverrideLine, RosterLine, StaffMember } from "./roster.js";
import type { ShiftDefinition } from "./shift.js";

/** At most this many staff are considered for duty: far more than a support centre employs. */
export const STAFF_LIMIT = 5000;
const OPEN_STATUSES_EXCLUDED = ["resolved", "closed"] as const;


// ---- shift patterns

export const findPattern = (db: Db, id: string) => db.selectFrom("shiftPatterns").selectAll().where("id", "=", id).executeTakeFirst();

/** The pattern, row-locked until the transaction ends: "update" to change it, "share" to assign to it. */
export function lockPattern(tx: Db, id: string, mode: "update" | "share") {
  const query = tx.selectFrom("shiftPatterns").selectAll().where("id", "=", id);
  return (mode === "update" ? query.forUpdate() : query.forShare()).executeTakeFirst();
}

export const findPatternByName = (db: Db, name: string) =>
  db.selectFrom("shiftPatterns").select("id").where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase())).executeTakeFirst();

export const listPatternRows = (db: Db, limit: number) =>
  db.selectFrom("shiftPatterns").selectAll().orderBy("name").orderBy("id").limit(limit).execute();

export const insertPattern = (db: Db, values: Insertable<ShiftPatternsTable>) =>
  db.insertInto("shiftPatterns").values(values).returningAll().executeTakeFirstOrThrow();

/** Updates only if the pattern still has `version`; undefined when it does not. */
export const updatePatternRow = (db: Db, id: string, version: number, set: Updateable<ShiftPatternsTable>) =>
  db.updateTable("shiftPatterns").set((eb) => ({ ...set, version: eb("version", "+", 1) }))
    .where("id", "=", id).where("version", "=", version).returningAll().executeTakeFirst();

export const deletePatternRow = (db: Db, id: string) => db.deleteFrom("shiftPatterns").where("id", "=", id).executeTakeFirst();

/** The assignments of a pattern with their users' roles, for checking a change of the pattern. */
export const assignmentsOfPattern = (db: Db, patternId: string) =>
  db.selectFrom("rosterAssignments").innerJoin("users", "users.id", "rosterAssignments.userId")
    .select(["rosterAssignments.id", "rosterAssignments.shiftName", "users.role"])
    .where("rosterAssignments.patternId", "=", patternId).execute();

// ---- assignments

const assignmentColumns = (db: Db) =>
  db.selectFrom("rosterAssignments")
    .innerJoin("users", "users.id", "rosterAssignments.userId")
    .innerJoin("shiftPatterns", "shiftPatterns.id", "rosterAssignments.patternId")
    .selectAll("rosterAssignments")
    .select(["users.name as userName", "shiftPatterns.name as patternName"]);

export const findAssignment = (db: Db, id: string) => assignmentColumns(db).where("rosterAssignments.id", "=", id).executeTakeFirst();

export type AssignmentFilter = { userId?: string; patternId?: string; on?: string; after?: { validFrom: string; id: string }; limit: number };

/** A page of assignments by start date, keyset on (valid_from, id). */
export function listAssignmentRows(db: Db, filter: AssignmentFilter) {
  let query = assignmentColumns(db).orderBy("rosterAssignments.validFrom").orderBy("rosterAssignments.id").limit(filter.limit + 1);
  if (filter.userId) query = query.where("rosterAssignments.userId", "=", filter.userId);
  if (filter.patternId) query = query.where("rosterAssignments.patternId", "=", filter.patternId);
  if (filter.on) {
    const on = filter.on;
    query = query.where("rosterAssignments.validFrom", "<=", on)
      .where((eb) => eb.or([eb("rosterAssignments.validTo", "is", null), eb("rosterAssignments.validTo", ">=", on)]));
  }
  if (filter.after) {
    const after = filter.after;
    query = query.where((eb) => eb.or([
      eb("rosterAssignments.validFrom", ">", after.validFrom),
      eb.and([eb("rosterAssignments.validFrom", "=", after.validFrom), eb("rosterAssignments.id", ">", after.id)]),
    ]));
  }
  return query.execute();
}

export const insertAssignment = (db: Db, values: Insertable<RosterAssignmentsTable>) =>
  db.insertInto("rosterAssignments").values(values).returning("id").executeTakeFirstOrThrow();

export const updateAssignmentRow = (db: Db, id: string, version: number, set: Updateable<RosterAssignmentsTable>) =>
  db.updateTable("rosterAssignments").set((eb) => ({ ...set, version: eb("version", "+", 1) }))
    .where("id", "=", id).where("version", "=", version).returning("id").executeTakeFirst();

export const deleteAssignmentRow = (db: Db, id: string) => db.deleteFrom("rosterAssignments").where("id", "=", id).executeTakeFirst();

// ---- staff and who is on duty

export const findStaffMember = (db: Db, id: string) =>
  db.selectFrom("users").select(["id", "name", "role", "phone", "email", "isActive"]).where("id", "=", id).executeTakeFirst();

/** The roles that anyone has ever been rostered for; the others are on duty 7×24. */
export async function rosteredRoles(db: Db): Promise<Set<RosterRole>> {
  const rows = await db.selectFrom("rosterAssignments").innerJoin("users", "users.id", "rosterAssignments.userId")
    .select("users.role").distinct().execute();
  return new Set(rows.map((r) => r.role as RosterRole));
}

export async function activeStaff(db: Db, roles: readonly RosterRole[]): Promise<StaffMember[]> {
  if (roles.length === 0) return [];
  const rows = await db.selectFrom("users").select(["id", "name", "role", "phone", "email"])
    .where("role", "in", roles).where("isActive", "=", true).orderBy("name").orderBy("id").limit(STAFF_LIMIT).execute();
  return rows as StaffMember[];
}

/** Assignments (with their patterns) that may cover an instant on the UTC dates `fromDate`..`toDate`. */
export async function rosterLinesBetween(db: Db, userIds: readonly string[], fromDate: string, toDate: string): Promise<RosterLine[]> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom("rosterAssignments")
    .innerJoin("shiftPatterns", "shiftPatterns.id", "rosterAssignments.patternId")
    .select([
      "rosterAssignments.id", "rosterAssignments.userId", "rosterAssignments.patternId", "shiftPatterns.name as patternName",
      "shiftPatterns.timeZone", "shiftPatterns.definition", "rosterAssignments.shiftName", "rosterAssignments.validFrom", "rosterAssignments.validTo",
    ])
    .where("rosterAssignments.userId", "in", userIds)
    .where("rosterAssignments.validFrom", "<=", toDate)
    .where((eb) => eb.or([eb("rosterAssignments.validTo", "is", null), eb("rosterAssignments.validTo", ">=", fromDate)]))
    .orderBy("rosterAssignments.validFrom").orderBy("rosterAssignments.id")
    .execute();
  return rows.map((row) => ({ ...row, definition: row.definition as ShiftDefinition }));
}

/** Overrides in force at `at` for these users, not cancelled. */
export async function overridesAt(db: Db, userIds: readonly string[], at: Date): Promise<OverrideLine[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom("rosterOverrides")
    .select(["id", "userId", "kind", "startsAt", "endsAt", "reason", "seq"])
    .where("cancelledAt", "is", null).where("endsAt", ">", at).where("startsAt", "<=", at)
    .where("userId", "in", userIds).execute();
}

/** Open cases (not resolved, not closed) assigned to each user: one grouped query. */
export async function openCaseLoads(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom("cases").select(["assigneeId", (eb) => eb.fn.countAll<number>().as("n")])
    .where("assigneeId", "in", userIds).where("status", "not in", OPEN_STATUSES_EXCLUDED).groupBy("assigneeId").execute();
  return new Map(rows.map((r) => [r.assigneeId!, Number(r.n)]));
}

export async function vendorsOf(db: Db, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await db.selectFrom("engineerVendors").selectAll().where("userId", "in", userIds).orderBy("vendor").execute();
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row.vendor]);
  return map;
}

export async function availabilityOf(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, { isReachable: boolean; note: string | null }>();
  const rows = await db.selectFrom("staffAvailability").select(["userId", "isReachable", "note"]).where("userId", "in", userIds).execute();
  return new Map(rows.map((r) => [r.userId, { isReachable: r.isReachable, note: r.note }]));
}

// ---- overrides, vendors, availability

const overrideColumns = (db: Db) =>
  db.selectFrom("rosterOverrides").innerJoin("users", "users.id", "rosterOverrides.userId")
    .selectAll("rosterOverrides").select("users.name as userName");

export const findOverride = (db: Db, id: string) => overrideColumns(db).where("rosterOverrides.id", "=", id).executeTakeFirst();

export type OverrideFilter = { userId?: string; from?: Date; to?: Date; after?: { startsAt: Date; id: string }; limit: number };

/** A page of uncancelled overrides overlapping [from, to), by start, keyset on (starts_at, id). */
export function listOverrideRows(db: Db, filter: OverrideFilter) {
  let query = overrideColumns(db).where("rosterOverrides.cancelledAt", "is", null)
    .orderBy("rosterOverrides.startsAt").orderBy("rosterOverrides.id").limit(filter.limit + 1);
  if (filter.userId) query = query.where("rosterOverrides.userId", "=", filter.userId);
  if (filter.from) query = query.where("rosterOverrides.endsAt", ">", filter.from);
  if (filter.to) query = query.where("rosterOverrides.startsAt", "<", filter.to);
  if (filter.after) {
    const after = filter.after;
    query = query.where((eb) => eb.or([
      eb("rosterOverrides.startsAt", ">", after.startsAt),
      eb.and([eb("rosterOverrides.startsAt", "=", after.startsAt), eb("rosterOverrides.id", ">", after.id)]),
    ]));
  }
  return query.execute();
}

export const insertOverrides = (db: Db, values: Insertable<RosterOverridesTable>[]) =>
  db.insertInto("rosterOverrides").values(values).returning("id").execute();

/** Cancels the override, or both halves of its swap; returns how many were still in force. */
export async function cancelOverrideRows(db: Db, override: { id: string; swapId: string | null }, at: Date, by: string | null) {
  let query = db.updateTable("rosterOverrides").set({ cancelledAt: at, cancelledBy: by }).where("cancelledAt", "is", null);
  query = override.swapId ? query.where("swapId", "=", override.swapId) : query.where("id", "=", override.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function replaceVendors(db: Db, userId: string, vendors: readonly string[]): Promise<void> {
  await db.deleteFrom("engineerVendors").where("userId", "=", userId).execute();
  if (vendors.length > 0) await db.insertInto("engineerVendors").values(vendors.map((vendor) => ({ userId, vendor }))).execute();
}

export const upsertAvailability = (db: Db, row: { userId: string; isReachable: boolean; note: string | null; updatedBy: string | null; updatedAt: Date }) =>
  db.insertInto("staffAvailability").values(row)
    .onConflict((oc) => oc.column("userId").doUpdateSet({ isReachable: row.isReachable, note: row.note, updatedBy: row.updatedBy, updatedAt: row.updatedAt }))
    .returningAll().executeTakeFirstOrThrow();
