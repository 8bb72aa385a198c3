import { describe, expect, it } from "vitest";
import { checkDuty, pickLightest, reachabilityOf, type OverrideLine, type RosterLine, type StaffMember } from "./roster.js";

const ann: StaffMember = { id: "u-ann", name: "Ann", role: "engineer", phone: "13800000001", email: "ann@x" };
const nightLine: RosterLine = {
  id: "a1", userId: ann.id, patternId: "p1", patternName: "day/night", timeZone: "Asia/Shanghai",
  definition: { kind: "daily", shifts: [{ name: "day", start: "08:00", end: "20:00" }, { name: "night", start: "20:00", end: "08:00" }] },
  shiftName: "night", validFrom: "2026-11-01", validTo: null,
};
const night = new Date("2026-11-25T19:00:00Z"); // 03:00 in Shanghai
const morning = new Date("2026-11-25T02:00:00Z"); // 10:00 in Shanghai
const override = (kind: OverrideLine["kind"], seq: number): OverrideLine => ({
  id: `o${seq}`, userId: ann.id, kind, startsAt: new Date("2026-11-25T00:00:00Z"), endsAt: new Date("2026-11-26T00:00:00Z"), reason: "r", seq,
});
const engineers = new Set(["engineer"] as const);
const nobody = new Set<never>();

describe(checkDuty.name, () => {
  it.each([
    ["a role nobody is rostered for is on duty 7×24", nobody, [], [], morning, "default"],
    ["a rostered role with no shift now is off", engineers, [], [], morning, null],
    ["the night shift at 03:00", engineers, [nightLine], [], night, "roster"],
    ["the night shift at 10:00", engineers, [nightLine], [], morning, null],
    ["an off-duty override beats the shift", engineers, [nightLine], [override("off_duty", 1)], night, null],
    ["an off-duty override beats the 7×24 default", nobody, [], [override("off_duty", 1)], night, null],
    ["an on-duty override (call-in) beats no shift", engineers, [nightLine], [override("on_duty", 1)], morning, "override"],
    ["the later of two overrides counts: a call-in after a swap", engineers, [], [override("off_duty", 1), override("on_duty", 2)], night, "override"],
    ["the later of two overrides counts: a swap after a call-in", engineers, [nightLine], [override("on_duty", 2), override("off_duty", 3)], night, null],
  ] as const)("%s", (_name, rostered, lines, overrides, at, source) => {
    expect(checkDuty(ann, at, rostered, lines, overrides).duty?.source ?? null).toBe(source);
  });

  it("says which shift and until when", () => {
    expect(checkDuty(ann, night, engineers, [nightLine], []).duty).toMatchObject({
      source: "roster", patternName: "day/night", shiftName: "night", endsAt: new Date("2026-11-26T00:00:00Z"),
    });
  });
});

describe(reachabilityOf.name, () => {
  const off = { duty: null, offDutyOverride: null };
  const swappedOff = { duty: null, offDutyOverride: override("off_duty", 1) };
  it.each([
    ["on duty", { ...off, duty: checkDuty(ann, night, nobody, [], []).duty }, ann, undefined, "on_duty"],
    ["off duty, said they can be called", swappedOff, ann, { isReachable: true }, "marked_reachable"],
    ["off duty, said they cannot be called", off, ann, { isReachable: false }, null],
    ["off duty, said nothing, phone on file", off, ann, undefined, "phone_on_file"],
    ["off duty, said nothing, no phone", off, { ...ann, phone: null }, undefined, null],
    ["swapped off, said nothing", swappedOff, ann, undefined, null],
  ] as const)("%s", (_name, check, member, said, expected) => {
    expect(reachabilityOf(member, check, said)).toBe(expected);
  });
});

describe(pickLightest.name, () => {
  const c = (id: string, name: string, openCaseLoad: number, vendors: string[] = []) => ({ id, name, openCaseLoad, vendors });
  const team = [c("3", "Cho", 2, ["IBM"]), c("1", "Ada", 1), c("2", "Bo", 1, ["HPE"]), c("4", "Dee", 0)];
  it.each([
    ["the lightest load", {}, "4"],
    ["the vendor's coverer, though busier", { vendor: "ibm" }, "3"],
    ["the lightest when nobody covers the vendor", { vendor: "Dell" }, "4"],
    ["never an excluded one", { exclude: ["4"] }, "1"],
    ["by name on a tie", { exclude: ["4", "1"], vendor: "Dell" }, "2"],
    ["another coverer when the first is excluded, else anyone", { vendor: "IBM", exclude: ["3"] }, "4"],
  ] as const)("%s", (_name, options, expected) => {
    expect(pickLightest(team, options)?.id).toBe(expected);
  });

  it("returns null when nobody is left", () => {
    expect(pickLightest([], {})).toBeNull();
    expect(pickLightest(team, { exclude: ["1", "2", "3", "4"] })).toBeNull();
  });
});
