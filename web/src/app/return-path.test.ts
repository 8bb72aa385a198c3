import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe(safeReturnPath.name, () => {
  it("keeps a path of this site, with its query", () => {
    expect(safeReturnPath("/cases/C2611-000042")).toBe("/cases/C2611-000042");
    expect(safeReturnPath("/search?q=%E7%A1%AC%E7%9B%98&status=new")).toBe("/search?q=%E7%A1%AC%E7%9B%98&status=new");
  });

  it.each([
    "//evil.example", "//evil.example/cases", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example",
    "https://evil.example/", "javascript:alert(1)", "evil.example", "cases/1", "", null, undefined,
  ])("refuses %j", (next) => {
    expect(safeReturnPath(next)).toBeNull();
  });
});
