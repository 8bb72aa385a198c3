import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

/** A case of customer A, assigned to the engineer and escalated by them to the expert. */
async function escalatedCase(subject: string) {
  const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ subject }))).body;
  await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
  const escalated = await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/escalate`, { reason: "阵列重建失败", expertId: world.users.expert.id });
  expect(escalated.status).toBe(200);
  return opened as { id: string; number: string };
}

describe("cases escalated to an expert", () => {
  it("names the expert in the escalation's log entry", async () => {
    const found = await escalatedCase("存储阵列重建失败");
    const log = await as(t, world.users.engineer.token).get(`/api/v1/cases/${found.id}/activities`);
    const entry = log.body.items.find((e: { kind: string }) => e.kind === "case.escalated");
    expect(entry.data).toMatchObject({ expert: { before: null, after: world.users.expert.id }, expertName: "expert", reason: "阵列重建失败" });
  });

  it("lists an expert's cases by expertId, for any staff member, and never for a customer", async () => {
    const mine = await escalatedCase("数据库集群切换失败");
    const other = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ subject: "未升级的工单" }))).body;
    const query = `/api/v1/cases?expertId=${world.users.expert.id}&status=escalated`;
    const asExpert = await as(t, world.users.expert.token).get(query);
    expect(asExpert.status).toBe(200);
    const ids = asExpert.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    expect(asExpert.body.items.every((c: { expertId: string }) => c.expertId === world.users.expert.id)).toBe(true);
    // the engineer sees whom their escalations went to
    expect((await as(t, world.users.engineer.token).get(query)).body.items.map((c: { id: string }) => c.id)).toContain(mine.id);
    // another expert's list does not hold it
    expect((await as(t, world.users.expert.token).get(`/api/v1/cases?expertId=${world.users.engineer.id}`)).body.items).toEqual([]);

    const customer = await as(t, world.users.customerA.token).get(`/api/v1/cases?expertId=${world.users.expert.id}`);
    expect(customer.status).toBe(403);
    expect(customer.body.code).toBe("forbidden");
    expect((await as(t, world.users.customerA.token).get(`/api/v1/cases/export.csv?expertId=${world.users.expert.id}`)).status).toBe(403);
  });
});
