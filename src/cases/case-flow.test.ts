import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const open = async () => (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body;
const kinds = async (id: string) =>
  (await as(t, world.users.manager.token).get(`/api/v1/cases/${id}/activities`)).body.items.map((e: { kind: string }) => e.kind);

describe("the case flow through the API", () => {
  it("goes from new to closed, logging who did what, when, before and after", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const engineer = as(t, world.users.engineer.token);
    const opened = await open();
    t.clock.advance(60_000);
    const assigned = await dispatcher.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    expect(assigned.body).toMatchObject({ status: "assigned", assigneeId: world.users.engineer.id, assigneeName: "engineer" });
    t.clock.advance(10 * 60_000);
    const responded = await engineer.post(`/api/v1/cases/${opened.id}/respond`, { note: "已电话联系客户" });
    expect(responded.body.status).toBe("in_progress");
    expect(responded.body.respondedAt).toBe(t.clock.now().toISOString());
    await engineer.post(`/api/v1/cases/${opened.id}/activities`, {
      type: "call", direction: "outbound", number: "13800138000", durationSeconds: 420, summary: "指导客户收集阵列日志",
    });
    await engineer.post(`/api/v1/cases/${opened.id}/activities`, {
      type: "onsite_visit", arrivedAt: "2026-11-25T12:00:00+08:00", departedAt: "2026-11-25T14:30:00+08:00", workDone: "更换 3 号槽位硬盘",
    });
    expect((await engineer.post(`/api/v1/cases/${opened.id}/wait`, { waitFor: "parts" })).body.status).toBe("waiting_parts");
    expect((await engineer.post(`/api/v1/cases/${opened.id}/resume`, {})).body.status).toBe("in_progress");
    expect((await engineer.post(`/api/v1/cases/${opened.id}/escalate`, { reason: "阵列重建失败", expertId: world.users.expert.id })).body).toMatchObject({ status: "escalated", expertId: world.users.expert.id });
    const resolved = await as(t, world.users.expert.token).post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "更换背板后重建成功" });
    expect(resolved.body).toMatchObject({ status: "resolved", resolution: "更换背板后重建成功" });
    const closed = await dispatcher.post(`/api/v1/cases/${opened.id}/close`, {});
    expect(closed.body.status).toBe("closed");
    expect(closed.body.closedAt).not.toBeNull();

    const log = (await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items;
    expect(log.map((e: { kind: string }) => e.kind)).toEqual([
      "case.opened", "case.assigned", "case.responded", "call.logged", "onsite_visit.logged", "case.waiting",
      "case.resumed", "case.escalated", "case.resolved", "case.closed",
    ]);
    expect(log[1]).toMatchObject({ actor: { id: world.users.dispatcher.id }, data: { status: { before: "new", after: "assigned" } } });
    expect(log[1].at).toBe("2026-11-25T02:01:00.000Z");
    for (let i = 1; i < log.length; i++) expect(log[i].prevHash).toBe(log[i - 1].hash);
  });

  it("logs a priority change with its before and after", async () => {
    const opened = await open();
    const changed = await as(t, world.users.dispatcher.token).patch(`/api/v1/cases/${opened.id}`, { priority: "P3", faultLevel: "S2" });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ priority: "P3", faultLevel: "S2", version: 2 });
    const log = (await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items;
    expect(log.at(-1)).toMatchObject({
      kind: "case.updated",
      data: { changes: { priority: { before: "P1", after: "P3" }, faultLevel: { before: "S1", after: "S2" } } },
    });
  });

  it("refuses illegal moves with 409 and changes nothing", async () => {
    const opened = await open();
    const engineerCloses = await as(t, world.users.manager.token).post(`/api/v1/cases/${opened.id}/close`, {});
    expect(engineerCloses.status).toBe(409);
    expect(engineerCloses.body.code).toBe("illegal_transition");
    const respond = await as(t, world.users.manager.token).post(`/api/v1/cases/${opened.id}/respond`, {});
    expect(respond.body.code).toBe("illegal_transition");
    const after = await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}`);
    expect(after.body).toMatchObject({ status: "new", version: 1 });
    expect(await kinds(opened.id)).toEqual(["case.opened"]);
  });

  it("keeps a closed case read-only except for notes, and reopens it", async () => {
    const manager = as(t, world.users.manager.token);
    const opened = await open();
    await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "重启后恢复" });
    await manager.post(`/api/v1/cases/${opened.id}/close`, {});
    for (const attempt of [
      manager.patch(`/api/v1/cases/${opened.id}`, { priority: "P2" }),
      manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer2.id }),
      manager.post(`/api/v1/cases/${opened.id}/escalate`, { reason: "x" }),
      as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/take-over`, {}),
      manager.post(`/api/v1/cases/${opened.id}/activities`, { type: "call", direction: "inbound", durationSeconds: 1, summary: "x" }),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(409);
      expect(response.body.code).toBe("case_closed");
    }
    expect((await manager.post(`/api/v1/cases/${opened.id}/notes`, { body: "回访：客户满意", visibility: "internal" })).status).toBe(201);
    expect((await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/notes`, { body: "谢谢", visibility: "public" })).status).toBe(201);
    const reopened = await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/reopen`, { reason: "又出现同样的告警" });
    expect(reopened.body).toMatchObject({ status: "in_progress", closedAt: null, resolvedAt: null });
  });

  it("answers a stale If-Match with 409 and keeps the newer change", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = await open();
    expect((await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P2" }, { "if-match": '"1"' })).status).toBe(200);
    const stale = await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P4" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect((await dispatcher.get(`/api/v1/cases/${opened.id}`)).body.priority).toBe("P2");
  });
});

describe("take-over", () => {
  it("lets any engineer take a case over and records from whom", async () => {
    const opened = await open();
    await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    const taken = await as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/take-over`, { reason: "我在现场" });
    expect(taken.body.assigneeId).toBe(world.users.engineer2.id);
    const log = (await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items;
    expect(log.at(-1)).toMatchObject({
      kind: "case.taken_over",
      actor: { id: world.users.engineer2.id },
      data: { assignee: { before: world.users.engineer.id, after: world.users.engineer2.id }, previousAssigneeName: "engineer", responseCycle: 2 },
    });
  });

  it("of two concurrent take-overs, exactly one wins and the other gets 409", async () => {
    for (let round = 0; round < 5; round++) {
      const opened = await open();
      const [a, b] = await Promise.all([
        as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/take-over`, {}, { "if-match": `"${opened.version}"` }),
        as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/take-over`, {}, { "if-match": `"${opened.version}"` }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? world.users.engineer : world.users.engineer2;
      const now = await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}`);
      expect(now.body.assigneeId).toBe(winner.id);
      expect((await kinds(opened.id)).filter((k: string) => k === "case.taken_over")).toHaveLength(1);
    }
  });

  it("of two concurrent take-overs without If-Match, still exactly one wins", async () => {
    const opened = await open();
    const results = await Promise.all(
      [world.users.engineer, world.users.engineer2, world.users.expert].map((u) => as(t, u.token).post(`/api/v1/cases/${opened.id}/take-over`, {})),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const final = await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}`);
    expect(final.body.version).toBe(1 + statuses.filter((s) => s === 200).length);
  });
});

describe("corrections", () => {
  it("appends a correction that points at the note and leaves the note as it was", async () => {
    const engineer = as(t, world.users.engineer.token);
    const opened = await open();
    const note = (await engineer.post(`/api/v1/cases/${opened.id}/notes`, { body: "更换了 2 号硬盘", visibility: "public" })).body;
    const correction = await engineer.post(`/api/v1/cases/${opened.id}/activities/${note.id}/corrections`, { reason: "槽位写错", body: "更换了 3 号硬盘" });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ kind: "entry.corrected", correctsId: note.id, visibility: "public", data: { body: "更换了 3 号硬盘" } });
    const log = (await engineer.get(`/api/v1/cases/${opened.id}/activities`)).body.items;
    expect(log.find((e: { id: string }) => e.id === note.id)).toMatchObject({ data: { body: "更换了 2 号硬盘" }, hash: note.hash });
    expect((await as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/activities/${note.id}/corrections`, { reason: "x", body: "y" })).status).toBe(403);
    const found = await engineer.get(`/api/v1/cases?q=${encodeURIComponent("3 号硬盘")}`);
    expect(found.body.items.map((c: { id: string }) => c.id)).toContain(opened.id);
  });
});

describe("guards on related records", () => {
  it("refuses a site of another company, on the case and on a visit", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const foreign = await dispatcher.post("/api/v1/cases", caseInput({ siteId: world.betaSite.id }));
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ path: "body.siteId", code: "unknown_site" });
    const own = await dispatcher.post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id }));
    expect(own.body.siteId).toBe(world.acmeSite.id);
    const visit = await dispatcher.post(`/api/v1/cases/${own.body.id}/activities`, {
      type: "onsite_visit", siteId: world.betaSite.id, arrivedAt: "2026-11-25T10:00:00+08:00", workDone: "x",
    });
    expect(visit.status).toBe(422);
  });

  it("returns an escalated case to its expert after a wait, and forgets the resolution on reopen", async () => {
    const manager = as(t, world.users.manager.token);
    const opened = await open();
    await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    await manager.post(`/api/v1/cases/${opened.id}/escalate`, { reason: "需要专家", expertId: world.users.expert.id });
    await manager.post(`/api/v1/cases/${opened.id}/wait`, { waitFor: "vendor" });
    expect((await manager.post(`/api/v1/cases/${opened.id}/resume`, {})).body.status).toBe("escalated");
    const resolved = await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "厂商补丁解决" });
    expect(resolved.body.respondedAt).toBe(resolved.body.resolvedAt);
    const reopened = await manager.post(`/api/v1/cases/${opened.id}/reopen`, { reason: "复发" });
    expect(reopened.body.resolution).toBeNull();
  });
});
