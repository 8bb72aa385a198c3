import { describe, expect, it } from "vitest";
import { normalizePhone } from "../customers/index.js";
import { directionOf, isOurNumber, statusOf, talkSeconds } from "./call.js";

const ours = new Set(["+864008108888", "4008108888"]);
const isOurs = (n: string) => isOurNumber(n, ours, normalizePhone);
const d = (iso: string) => new Date(iso);

describe(directionOf.name, () => {
  it.each([
    ["13800138000", "400-810-8888", undefined, "inbound"],
    ["010-6611 2233", "8001", undefined, "inbound"],
    ["400 810 8888", "13800138000", undefined, "outbound"],
    ["8001", "021-68881234", undefined, "outbound"],
    ["8001", "8002", undefined, "inbound"],
    ["13800138000", "13900139000", undefined, "inbound"],
    ["13800138000", "400-810-8888", "outbound", "outbound"],
  ] as const)("%s → %s (stated %s) is %s", (from, to, stated, expected) => {
    expect(directionOf(from, to, isOurs, stated)).toBe(expected);
  });
});

describe(talkSeconds.name, () => {
  it.each([
    [null, null, null],
    ["2026-11-30T01:00:00Z", null, null],
    [null, "2026-11-30T01:05:00Z", 0],
    ["2026-11-30T01:00:00Z", "2026-11-30T01:01:30.400Z", 90],
    ["2026-11-30T01:02:00Z", "2026-11-30T01:01:00Z", 0],
  ] as const)("answered %s, ended %s → %s", (answeredAt, endedAt, expected) => {
    expect(talkSeconds({ answeredAt: answeredAt ? d(answeredAt) : null, endedAt: endedAt ? d(endedAt) : null })).toBe(expected);
  });
});

describe(statusOf.name, () => {
  it("is ended as soon as the end is known, whatever came before", () => {
    expect(statusOf({ answeredAt: null, endedAt: null })).toBe("ringing");
    expect(statusOf({ answeredAt: d("2026-11-30T01:00:00Z"), endedAt: null })).toBe("answered");
    expect(statusOf({ answeredAt: null, endedAt: d("2026-11-30T01:00:00Z") })).toBe("ended");
  });
});
