import { describe, expect, it } from "vitest";
import { homeFor, mayOpen, navFor, routes } from "./routes";

describe("the routes list", () => {
  it("sends dispatchers to the console, engineers to their workspace and experts to their desk", () => {
    expect(homeFor("dispatcher")).toBe("/console");
    expect(homeFor("engineer")).toBe("/my-cases");
    expect(homeFor("expert")).toBe("/expert");
  });

  it("shows a role only the screens it may open", () => {
    expect(navFor("engineer").map((route) => route.path)).not.toContain("/console");
    expect(navFor("customer").every((route) => route.layout === "portal")).toBe(true);
  });

  it("knows which role may open a path, parameters included", () => {
    expect(mayOpen("engineer", "/cases/C2611-000042")).toBe(true);
    expect(mayOpen("engineer", "/console")).toBe(false);
    expect(mayOpen("dispatcher", "/console")).toBe(true);
    expect(mayOpen("customer", "/console")).toBe(false);
  });

  it("has one entry per path", () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
