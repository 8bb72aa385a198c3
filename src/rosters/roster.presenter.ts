import type { Selectable } from "kysely";
import type { RosterAssignmentsTable, RosterOverridesTable, ShiftPatternsTable, StaffAvailabilityTable } from "../db/schema.js";
import type { OnDutyUser, ReachableUser } from "./on-duty.js";
import type { Duty } from "./roster.js";
import type { ShiftDefinition } from "./shift.js";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export const presentPattern = (p: Selectable<ShiftPatternsTable>) => ({
  id: p.id, name: p.name, role: p.role, timeZone: p.timeZone, definition: p.definition as ShiftDefinition,
  version: p.version, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt),
});

export const presentAssignment = (a: Selectable<RosterAssignmentsTable> & { userName: string; patternName: string }) => ({
  id: a.id, userId: a.userId, userName: a.userName, patternId: a.patternId, patternName: a.patternName, shiftName: a.shiftName,
  validFrom: a.validFrom, validTo: a.validTo, version: a.version, createdAt: iso(a.createdAt), updatedAt: iso(a.updatedAt),
});

export const presentOverride = (o: Selectable<RosterOverridesTable> & { userName: string }) => ({
  id: o.id, userId: o.userId, userName: o.userName, kind: o.kind, startsAt: iso(o.startsAt), endsAt: iso(o.endsAt),
  reason: o.reason, swapId: o.swapId, createdBy: o.createdBy, createdAt: iso(o.createdAt),
});

const presentDuty = (d: Duty) => ({ ...d, startsAt: isoOrNull(d.startsAt), endsAt: isoOrNull(d.endsAt) });

export const presentOnDuty = (u: OnDutyUser) => ({ ...u, shift: presentDuty(u.shift) });

export const presentReachable = (u: ReachableUser) => ({ ...u, shift: u.shift ? presentDuty(u.shift) : null });

export const presentAvailability = (a: Selectable<StaffAvailabilityTable>) => ({
  userId: a.userId, isReachable: a.isReachable, note: a.note, updatedAt: iso(a.updatedAt),
});
