import { describe, expect, it } from "vitest";
import { homeFor, navFor, routes } from "./routes";

describe("the routes list", () => {
  it("sends dispatchers to the console and engineers to their workspace", () => {
    expect(homeFor("dispatcher")).toBe("/console");
    expect(homeFor("engineer")).toBe("/my-cases");
  });

  it("shows a role only the screens it may open", () => {
    expect(navFor("engineer").map((route) => route.path)).not.toContain("/console");
    expect(navFor("customer").every((route) => route.layout === "portal")).toBe(true);
  });

  it("has one entry per path", () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
