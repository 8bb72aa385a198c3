import { describe, expect, it } from "vitest";
import { memoizeByText } from "./memo.js";

describe("memoizeByText", () => {
  it("computes each text once, null answers included", () => {
    const asked: string[] = [];
    const lookUp = memoizeByText((text: string) => {
      asked.push(text);
      return text === "none" ? null : text.length;
    });
    expect([lookUp("abc"), lookUp("abc"), lookUp("none"), lookUp("none")]).toEqual([3, 3, null, null]);
    expect(asked).toEqual(["abc", "none"]);
  });

  it("remembers no failure: a text that threw is computed again", () => {
    let calls = 0;
    const failing = memoizeByText((text: string): number => {
      calls += 1;
      throw new Error(`bad ${text}`);
    });
    expect(() => failing("x")).toThrow("bad x");
    expect(() => failing("x")).toThrow("bad x");
    expect(calls).toBe(2);
  });

  it("holds at most `max` texts, starting afresh when full", () => {
    let calls = 0;
    const square = memoizeByText((text: string) => (calls += 1, Number(text) ** 2), 2);
    square("1");
    square("2");
    square("3"); // full: forgets 1 and 2
    square("3");
    expect(calls).toBe(3);
    square("1");
    expect(calls).toBe(4);
  });
});
