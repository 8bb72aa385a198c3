import { describe, expect, it } from "vitest";
import type { Case, Role } from "../../api/types";
import { canDo, type CaseActionName } from "./case-permissions";

const user = (role: Role, id = "me", customerId: string | null = null) => ({ id, role, customerId });
const kase = (overrides: Partial<Case> = {}) =>
  ({ status: "assigned", assigneeId: "eng", expertId: null, customerId: "acme", respondedAt: null, ...overrides }) as Case;

describe(canDo.name, () => {
  it("follows the README's role table for an assigned case", () => {
    const table: Array<[Role, string, CaseActionName[]]> = [
      ["dispatcher", "d", ["assign", "escalate", "note_public", "note_internal", "log_activity", "rma_handoff"]],
      ["engineer", "eng", ["respond", "escalate", "wait", "resolve", "vendor_request", "rma_handoff", "note_public", "note_internal", "log_activity"]],
      ["engineer", "other", ["take_over", "note_public", "note_internal", "log_activity"]],
      ["expert", "x", ["take_over", "vendor_request", "vendor_confirm", "rma_handoff", "note_public", "note_internal", "log_activity"]],
      ["customer", "c", ["note_public"]],
    ];
    const all: CaseActionName[] = ["assign", "take_over", "respond", "escalate", "wait", "resume", "resolve", "close", "reopen", "vendor_request", "vendor_confirm", "rma_handoff", "note_public", "note_internal", "log_activity"];
    for (const [role, id, expected] of table) {
      const allowed = all.filter((action) => canDo(user(role, id, role === "customer" ? "acme" : null), action, kase()));
      expect(allowed.sort(), `${role} ${id}`).toEqual([...expected].sort());
    }
  });

  it("offers only the moves the status machine allows", () => {
    const boss = user("manager");
    expect(canDo(boss, "close", kase())).toBe(false);
    expect(canDo(boss, "close", kase({ status: "resolved" }))).toBe(true);
    expect(canDo(boss, "reopen", kase({ status: "closed" }))).toBe(true);
    expect(canDo(boss, "resume", kase({ status: "waiting_vendor" }))).toBe(true);
    expect(canDo(boss, "escalate", kase({ status: "new" }))).toBe(false);
  });

  it("offers the response only while one is due, and never another company's case to a customer", () => {
    const engineer = user("engineer", "eng");
    expect(canDo(engineer, "respond", kase({ status: "in_progress", respondedAt: "2026-11-30T01:00:00Z" }))).toBe(false);
    expect(canDo(engineer, "respond", kase({ status: "assigned", respondedAt: "2026-11-30T01:00:00Z" }))).toBe(true);
    expect(canDo(user("customer", "c", "other"), "note_public", kase())).toBe(false);
    expect(canDo(user("customer", "c", "acme"), "reopen", kase({ status: "resolved" }))).toBe(true);
  });
});
