import { describe, expect, it } from "vitest";
import { oneAtATime } from "./one-at-a-time.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe(oneAtATime.name, () => {
  it("runs calls with one key one after another, in the order they came, a failure not holding up the next", async () => {
    const log: string[] = [];
    const call = (key: string, name: string, fails = false) =>
      oneAtATime(key, async () => {
        log.push(`${name} starts`);
        await tick();
        log.push(`${name} ends`);
        if (fails) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([call("a", "a1", true), call("a", "a2"), call("b", "b1"), call("a", "a3")]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual(["a1", "a2", "b1", "a3"]);
    const onA = log.filter((line) => line.startsWith("a"));
    expect(onA).toEqual(["a1 starts", "a1 ends", "a2 starts", "a2 ends", "a3 starts", "a3 ends"]);
    // another key does not wait
    expect(log.indexOf("b1 starts")).toBeLessThan(log.indexOf("a1 ends"));
  });
});
