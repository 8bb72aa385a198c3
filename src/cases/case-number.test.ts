import { describe, expect, it } from "vitest";
import pino from "pino";
import { createApp } from "../app.js";
import { openPostgres } from "../db/database.js";
import { as, caseInput, testConfig, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { formatCaseNumber } from "./case-number.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

describe(formatCaseNumber.name, () => {
  it("puts the month in the centre's time zone before the sequence number", () => {
    expect(formatCaseNumber(42, new Date("2026-11-30T16:30:00Z"), "Asia/Shanghai")).toBe("C2612-000042");
    expect(formatCaseNumber(1_234_567, new Date("2026-11-30T15:30:00Z"), "Asia/Shanghai")).toBe("C2611-1234567");
  });

  it("turns the month at midnight of the centre's zone, whatever was formatted the moment before", () => {
    expect(formatCaseNumber(1, new Date("2026-11-30T15:59:59.999Z"), "Asia/Shanghai")).toBe("C2611-000001");
    expect(formatCaseNumber(2, new Date("2026-11-30T16:00:00.000Z"), "Asia/Shanghai")).toBe("C2612-000002");
    // the same instant in another zone is still November
    expect(formatCaseNumber(3, new Date("2026-11-30T16:00:00.000Z"), "Europe/Berlin")).toBe("C2611-000003");
    expect(formatCaseNumber(4, new Date("2026-11-30T16:00:30.000Z"), "Asia/Shanghai")).toBe("C2612-000004");
  });
});

describe("case numbers", () => {
  it("are unique under 40 concurrent creations", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const responses = await Promise.all(Array.from({ length: 40 }, () => dispatcher.post("/api/v1/cases", caseInput())));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const numbers = responses.map((r) => r.body.number as string);
    expect(new Set(numbers).size).toBe(40);
  });

  it("are never reused after a failed creation", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const before = (await dispatcher.post("/api/v1/cases", caseInput())).body.number as string;
    const failed = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "x", contractNo: "NO-SUCH" } }));
    expect(failed.status).toBe(422);
    const after = (await dispatcher.post("/api/v1/cases", caseInput())).body.number as string;
    expect(Number(after.split("-")[1])).toBeGreaterThan(Number(before.split("-")[1]));
  });

  it.runIf(TEST_ENGINE === "postgres")("are unique across two instances over one PostgreSQL", async () => {
    const second = await createApp(testConfig(), { logger: pino({ level: "silent" }), clock: t.clock, database: openPostgres(t.db.url!, 8) });
    try {
      const first = as(t, world.users.dispatcher.token);
      const other = as(second, world.users.dispatcher.token);
      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => (i % 2 ? first : other).post("/api/v1/cases", caseInput())),
      );
      expect(responses.every((r) => r.status === 201)).toBe(true);
      expect(new Set(responses.map((r) => r.body.number)).size).toBe(60);
    } finally {
      await second.close();
    }
  });
});
