import { describe, expect, it } from "vitest";
import { exportHref, filtersFromParams, filtersToParams } from "./search-filters";

describe("search filters in the URL", () => {
  it("round-trip through the URL, repeated filters included, and name the same search for the CSV export", () => {
    const params = new URLSearchParams("q=%E7%A1%AC%E7%9B%98&vendor=IBM&vendor=HPE&status=new&faultLevel=S1&customerId=c1&createdFrom=2026-11-01T00%3A00%3A00.000Z&junk=1");
    const filters = filtersFromParams(params);
    expect(filters).toEqual({ q: "硬盘", vendor: ["IBM", "HPE"], caseType: [], status: ["new"], priority: [], faultLevel: ["S1"], customerId: "c1", createdFrom: "2026-11-01T00:00:00.000Z" });
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(exportHref(filters)).toBe("/api/v1/cases/export.csv?vendor=IBM&vendor=HPE&status=new&faultLevel=S1&q=%E7%A1%AC%E7%9B%98&customerId=c1&createdFrom=2026-11-01T00%3A00%3A00.000Z");
  });

  it("keeps at most 20 values of a repeated filter (the API's limit)", () => {
    const params = new URLSearchParams(Array.from({ length: 25 }, (_, i) => `vendor=v${i}`).join("&"));
    expect(filtersFromParams(params).vendor).toHaveLength(20);
  });
});
