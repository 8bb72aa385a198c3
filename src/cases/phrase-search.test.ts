import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { searchCaseRows, type CaseFilter } from "./cases.repository.js";
import { toTsqueryLiteral } from "./search-text.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

describe("phrase search among the newest cases first", () => {
  it("finds the same cases, in the same order, as a plain search, on every page", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const subjects = ["存储控制器告警", "交换机端口闪断", "控制器告警灯亮", "硬盘故障", "双控制器告警切换", "备份失败", "控制器 告警", "控制器告警电池"];
    for (let round = 0; round < 3; round++) {
      for (const subject of subjects) {
        t.clock.advance(60_000);
        expect((await dispatcher.post("/api/v1/cases", caseInput({ subject, description: "" }))).status).toBe(201);
      }
    }
    const base: CaseFilter = {
      tsquery: toTsqueryLiteral("控制器告警")!, sort: "createdAt", order: "desc", limit: 4,
    };
    const walk = async (extra: Partial<CaseFilter>) => {
      const ids: string[] = [];
      let after: CaseFilter["after"];
      for (;;) {
        const rows = await searchCaseRows(t.deps.db, { ...base, ...extra, after });
        ids.push(...rows.slice(0, base.limit).map((r) => r.id));
        if (rows.length <= base.limit) return ids;
        const last = rows[base.limit - 1]!;
        after = { v: last.createdAt.toISOString(), id: last.id };
      }
    };
    const plain = await walk({ phraseWindow: 1_000_000 });
    expect(plain).toHaveLength(12);
    for (const window of [1, 3, 5, 7, 100]) expect(await walk({ phraseWindow: window })).toEqual(plain);
  });
});
