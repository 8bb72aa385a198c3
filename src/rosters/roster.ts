import type { RosterRole } from "../db/schema.js";
import { shiftAt, type ShiftDefinition } from "./shift.js";

/** The roles that work on duty rosters. */
export const ROSTER_ROLES = ["dispatcher", "engineer", "expert"] as const satisfies readonly RosterRole[];
export const isRosterRole = (role: string): role is RosterRole => (ROSTER_ROLES as readonly string[]).includes(role);

export type StaffMember = { id: string; name: string; role: RosterRole; phone: string | null; email: string };

/** An assignment together with its pattern. */
export type RosterLine = {
  id: string;
  userId: string;
  patternId: string;
  patternName: string;
  timeZone: string;
  definition: ShiftDefinition;
  shiftName: string | null;
  validFrom: string;
  validTo: string | null;
};

export type OverrideLine = {
  id: string;
  userId: string;
  kind: "on_duty" | "off_duty";
  startsAt: Date;
  endsAt: Date;
  reason: string;
  /** recording order: the later of two overlapping overrides counts */
  seq: number;
};

/** Why someone is on duty: the 7×24 default of an unrostered role, a roster shift, or an override. */
export type Duty = {
  source: "default" | "roster" | "override";
  patternId: string | null;
  patternName: string | null;
  shiftName: string | null;
  overrideId: string | null;
  reason: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
};

export type DutyCheck = { duty: Duty | null; offDutyOverride: OverrideLine | null };

const DEFAULT_DUTY: Duty = {
  source: "default", patternId: null, patternName: null, shiftName: null, overrideId: null, reason: null, startsAt: null, endsAt: null,
};

/**
 * Whether `member` is on duty at `at`. Of the overrides covering `at`, the one recorded last
 * decides first (so a call-in recorded after a swap wins over it, and the other way round).
 * Then a role nobody has ever been rostered for is on duty 7×24 (the centre works around the
 * clock); a rostered role is on duty only on its members' shifts.
 */
export function checkDuty(
  member: StaffMember,
  at: Date,
  rosteredRoles: ReadonlySet<RosterRole>,
  lines: readonly RosterLine[],
  overrides: readonly OverrideLine[],
): DutyCheck {
  const override = lastRecordedCovering(overrides.filter((o) => o.userId === member.id), at);
  if (override?.kind === "off_duty") return { duty: null, offDutyOverride: override };
  if (override) {
    return {
      duty: { ...DEFAULT_DUTY, source: "override", overrideId: override.id, reason: override.reason, startsAt: override.startsAt, endsAt: override.endsAt },
      offDutyOverride: null,
    };
  }
  if (!rosteredRoles.has(member.role)) return { duty: DEFAULT_DUTY, offDutyOverride: null };
  for (const line of lines) {
    if (line.userId !== member.id) continue;
    const found = shiftAt(line, line.shiftName, at, { from: line.validFrom, to: line.validTo });
    if (found) {
      return {
        duty: { ...DEFAULT_DUTY, source: "roster", patternId: line.patternId, patternName: line.patternName, shiftName: found.shiftName, startsAt: found.startsAt, endsAt: found.endsAt },
        offDutyOverride: null,
      };
    }
  }
  return { duty: null, offDutyOverride: null };
}

function lastRecordedCovering(overrides: readonly OverrideLine[], at: Date): OverrideLine | undefined {
  return overrides
    .filter((o) => o.startsAt <= at && at < o.endsAt)
    .sort((a, b) => Number(b.seq) - Number(a.seq))[0];
}

export type Reachability = "on_duty" | "marked_reachable" | "phone_on_file";

/**
 * Whether someone can be called at `at`: on duty; else their own word (staff_availability) if
 * they gave it; else, having said nothing, anyone with a phone number who is not off duty by an
 * override (a swap or leave).
 */
export function reachabilityOf(
  member: StaffMember,
  check: DutyCheck,
  availability: { isReachable: boolean } | undefined,
): Reachability | null {
  if (check.duty) return "on_duty";
  if (availability) return availability.isReachable ? "marked_reachable" : null;
  if (check.offDutyOverride) return null;
  return member.phone ? "phone_on_file" : null;
}

export type Candidate = { id: string; name: string; openCaseLoad: number; vendors: readonly string[] };

/**
 * The candidate to give a case to: never one in `exclude`; among those who cover `vendor`, if any
 * does; the lightest open-case load, then name, then id, so the same input always picks the same.
 */
export function pickLightest<T extends Candidate>(candidates: readonly T[], options: { vendor?: string; exclude?: readonly string[] }): T | null {
  const excluded = new Set(options.exclude ?? []);
  const eligible = candidates.filter((c) => !excluded.has(c.id));
  const vendor = options.vendor?.trim().toLowerCase();
  const coverers = vendor ? eligible.filter((c) => c.vendors.some((v) => v.toLowerCase() === vendor)) : [];
  const pool = coverers.length > 0 ? coverers : eligible;
  return [...pool].sort((a, b) => a.openCaseLoad - b.openCaseLoad || compareText(a.name, b.name) || compareText(a.id, b.id))[0] ?? null;
}

// by code unit, not locale, so the order is the same on every server
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
