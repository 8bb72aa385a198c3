import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, seedWorld, testApp, type TestApp, type World } from "../../test/helpers.js";

let t: TestApp;
let world: World;
const opened: Record<string, { id: string; number: string; createdAt: string }> = {};

const CASES = [
  { key: "disk", subject: "存储阵列硬盘故障", description: "3 号槽位亮黄灯", vendor: "IBM", caseType: "hardware" },
  { key: "down", subject: "核心数据库服务器宕机", description: "业务中断，需要立即处理", vendor: "Oracle", caseType: "software" },
  { key: "power", subject: "机房断电后无法启动", description: "UPS 切换失败，小型机无法上电", vendor: "IBM", caseType: "hardware" },
  { key: "switch", subject: "交换机端口闪断", description: "Core switch port flapping on Te1/0/1", vendor: "Cisco", caseType: "network" },
  { key: "ctrl", subject: "存储控制器告警", description: "controller battery warning", vendor: "NetApp", caseType: "hardware" },
  { key: "backup", subject: "备份作业失败", description: "NetBackup job status 84, media write error", vendor: "Veritas", caseType: "software" },
];

beforeAll(async () => {
  t = await testApp();
  world = await seedWorld(t.deps);
  const dispatcher = as(t, world.users.dispatcher.token);
  for (const c of CASES) {
    t.clock.advance(24 * 3_600_000);
    const { key, ...fields } = c;
    opened[key] = (await dispatcher.post("/api/v1/cases", caseInput(fields))).body;
  }
});
afterAll(() => t.close());

const search = async (query: string) => {
  const response = await as(t, world.users.engineer.token).get(`/api/v1/cases?${query}`);
  expect(response.status).toBe(200);
  return response.body.items.map((c: { id: string }) => Object.entries(opened).find(([, o]) => o.id === c.id)?.[0]).sort();
};
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe("full-text search in Chinese and English", () => {
  it.each([
    ["硬盘", ["disk"]],
    ["宕机", ["down"]],
    ["断电", ["power"]],
    ["控制器告警", ["ctrl"]],
    ["存储", ["ctrl", "disk"]],
    ["无法启动", ["power"]],
    ["灯", ["disk"]],
    ["flapping", ["switch"]],
    ["NETBACKUP", ["backup"]],
    ["batt", ["ctrl"]],
    ["IBM 断电", ["power"]],
    ["硬盘 断电", []],
    ["盘硬", []],
  ])("finds %s in exactly the right cases", async (text, expected) => {
    expect(await search(q(text))).toEqual(expected);
  });

  it("finds words in notes, and a case by its number", async () => {
    await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.switch!.id}/notes`, { body: "已更换光模块", visibility: "internal" });
    expect(await search(q("光模块"))).toEqual(["switch"]);
    expect(await search(q(opened.backup!.number))).toEqual(["backup"]);
  });

  it("is harmless with SQL and tsquery meta-characters", async () => {
    for (const text of ["'; DROP TABLE cases; --", "硬盘' OR '1'='1", "&|!():*\\", "%_%", "\u3000"]) {
      const response = await as(t, world.users.engineer.token).get(`/api/v1/cases?${q(text)}`);
      expect(response.status).toBe(200);
    }
    // every word must match: the quote and OR are just words here
    expect(await search(q("硬盘' OR '1'='1"))).toEqual([]);
    expect(await search(q("硬盘'"))).toEqual(["disk"]);
    expect(await search(q("%_%"))).toEqual([]);
    expect((await as(t, world.users.engineer.token).get("/api/v1/cases")).body.items).toHaveLength(CASES.length);
  });
});

describe("filters and pages", () => {
  it("filters by vendor, case type and creation range", async () => {
    expect(await search("vendor=IBM")).toEqual(["disk", "power"]);
    expect(await search("vendor=IBM&vendor=Cisco&caseType=network")).toEqual(["switch"]);
    const from = opened.power!.createdAt;
    const to = opened.ctrl!.createdAt;
    expect(await search(`createdFrom=${encodeURIComponent(from)}&createdTo=${encodeURIComponent(to)}`)).toEqual(["power", "switch"]);
    expect(await search(`caseType=hardware&${q("告警")}`)).toEqual(["ctrl"]);
  });

  it("filters by status, priority, fault level, customer and assignee", async () => {
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.down!.id}/assign`, { assigneeId: world.users.engineer2.id });
    expect(await search(`assigneeId=${world.users.engineer2.id}`)).toEqual(["down"]);
    expect(await search("status=assigned")).toEqual(["down"]);
    expect(await search("status=new&faultLevel=S1&priority=P1")).toHaveLength(CASES.length - 1);
    expect(await search(`customerId=${world.beta.id}`)).toEqual([]);
  });

  it("walks every case once through keyset pages, newest first", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await as(t, world.users.engineer.token).get(
        `/api/v1/cases?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Object.values(opened).map((o) => o.id).reverse());
    const oldest = await as(t, world.users.engineer.token).get("/api/v1/cases?sort=createdAt&limit=1");
    expect(oldest.body.items[0].id).toBe(opened.disk!.id);
  });

  it("refuses sort keys, cursors and ranges it does not know", async () => {
    const engineer = as(t, world.users.engineer.token);
    for (const query of ["sort=subject", "sort=created_at;DROP", "cursor=bm9wZQ", "createdFrom=yesterday", "status=lost", "limit=501", "colour=red"]) {
      const response = await engineer.get(`/api/v1/cases?${query}`);
      expect(response.status, query).toBe(422);
      expect(response.body.code).toBe("validation_failed");
    }
    const reversed = await engineer.get("/api/v1/cases?createdFrom=2026-12-01T00:00:00Z&createdTo=2026-11-01T00:00:00Z");
    expect(reversed.status).toBe(422);
  });
});
