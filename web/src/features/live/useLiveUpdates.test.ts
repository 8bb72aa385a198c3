import { describe, expect, it } from "vitest";
import { isAffected } from "./useLiveUpdates";

const event = { type: "note.added", caseId: "11111111-1111-1111-1111-111111111111", caseNumber: "C2611-000042", at: "2026-11-30T09:00:00.000Z" };

describe("which queries a live case event makes stale", () => {
  it("the named case's queries, by id or number, and every list of cases; nothing else", () => {
    expect(isAffected(["portal-case", event.caseId], event)).toBe(true);
    expect(isAffected(["portal-case", event.caseId, "activities"], event)).toBe(true);
    expect(isAffected(["case", "C2611-000042"], event)).toBe(true);
    expect(isAffected(["case-search", "vendor=IBM"], event)).toBe(true);
    expect(isAffected(["portal-cases", "", "open"], event)).toBe(true);
    // the dispatch board's on-duty engineers with their open-case load
    expect(isAffected(["rosters", "on-duty", "engineer"], event)).toBe(true);
    expect(isAffected(["portal-case", "22222222-2222-2222-2222-222222222222"], event)).toBe(false);
    expect(isAffected(["admin", "users", "all"], event)).toBe(false);
  });
});
