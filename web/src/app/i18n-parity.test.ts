import { describe, expect, it } from "vitest";
import { i18n, LANGUAGES } from "./i18n";

// every feature's messages, registered as their modules load
import.meta.glob(["../features/**/*.i18n.ts", "./*.i18n.ts"], { eager: true });

const keysOf = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe("the web client's messages", () => {
  it("have every key in both languages, so English never falls back to Chinese (nor a screen to a raw key)", () => {
    const namespaces = Object.keys(i18n.store.data["zh-CN"] ?? {});
    expect(namespaces.length).toBeGreaterThan(10);
    const gaps: string[] = [];
    for (const namespace of namespaces) {
      const [zh, en] = LANGUAGES.map((language) => new Set(keysOf(i18n.getResourceBundle(language, namespace))));
      for (const key of zh!) if (!en!.has(key)) gaps.push(`en lacks ${namespace}:${key}`);
      for (const key of en!) if (!zh!.has(key)) gaps.push(`zh-CN lacks ${namespace}:${key}`);
    }
    expect(gaps).toEqual([]);
  });
});
