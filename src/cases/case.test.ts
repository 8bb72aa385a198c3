import { describe, expect, it } from "vitest";
import { ALLOWED_FROM, CASE_STATUSES, canMove, defaultPriority, statusAfter, type CaseAction, type CaseStatus } from "./case.js";

describe("the status machine", () => {
  const legal: [CaseAction, CaseStatus, CaseStatus][] = [
    ["assign", "new", "assigned"],
    ["assign", "in_progress", "assigned"],
    ["assign", "waiting_vendor", "waiting_vendor"],
    ["take_over", "new", "assigned"],
    ["take_over", "escalated", "escalated"],
    ["respond", "assigned", "in_progress"],
    ["escalate", "in_progress", "escalated"],
    ["resume", "waiting_customer", "in_progress"],
    ["resolve", "escalated", "resolved"],
    ["close", "resolved", "closed"],
  ];
  it.each(legal)("%s from %s lands in %s", (action, from, to) => {
    expect(canMove(action, from)).toBe(true);
    expect(statusAfter(action, from)).toBe(to);
  });

  const illegal: [CaseAction, CaseStatus][] = [
    ["close", "new"],
    ["close", "in_progress"],
    ["respond", "new"],
    ["escalate", "new"],
    ["escalate", "closed"],
    ["resume", "in_progress"],
    ["reopen", "in_progress"],
    ["assign", "closed"],
    ["take_over", "resolved"],
    ["wait", "new"],
  ];
  it.each(illegal)("refuses %s from %s", (action, from) => {
    expect(canMove(action, from)).toBe(false);
  });

  it("waits for whom it is told", () => {
    expect(statusAfter("wait", "in_progress", { waitFor: "vendor" })).toBe("waiting_vendor");
    expect(statusAfter("wait", "assigned", { waitFor: "parts" })).toBe("waiting_parts");
  });

  it("reopens to work in progress when someone holds the case, else to new", () => {
    expect(statusAfter("reopen", "closed", { hasAssignee: true })).toBe("in_progress");
    expect(statusAfter("reopen", "resolved", { hasAssignee: false })).toBe("new");
  });

  it("lets nothing but reopen leave a closed case", () => {
    const fromClosed = (Object.keys(ALLOWED_FROM) as CaseAction[]).filter((action) => canMove(action, "closed"));
    expect(fromClosed).toEqual(["reopen"]);
    expect(CASE_STATUSES).toContain("closed");
  });

  it("derives the priority from the fault level", () => {
    expect(defaultPriority("S1")).toBe("P1");
    expect(defaultPriority("S4")).toBe("P4");
  });
});

describe("resume", () => {
  it("hands an escalated case back to its expert", () => {
    expect(statusAfter("resume", "waiting_vendor", { hasExpert: true })).toBe("escalated");
    expect(statusAfter("resume", "waiting_vendor", { hasExpert: false })).toBe("in_progress");
  });
});
