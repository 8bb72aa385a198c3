import { describe, expect, it } from "vitest";
import { as, type TestApp, useWorld, type World } from "../../test/helpers.js";
import { notify } from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const MINUTE = 60_000;

const closed = (key: string, userId: string) =>
  t.deps.db.transaction().execute((tx) =>
    notify(tx, { key, recipients: [{ userId }], channels: ["inapp"], template: "case.closed", params: { caseNumber: key.toUpperCase() }, now: t.clock.now() }));

describe("GET /notifications and POST /notifications/{id}/read", () => {
  it("shows each user only their own in-app notifications, newest first, in their language, and marks them read", async () => {
    await closed("c2611-000001", world.users.customerA.id);
    t.clock.advance(MINUTE);
    await closed("c2611-000002", world.users.customerA.id);
    t.clock.advance(MINUTE);
    await t.deps.db.transaction().execute((tx) =>
      notify(tx, { key: "c2611-000003", recipients: [{ userId: world.users.engineer.id }], channels: ["inapp", "email"], template: "sla.response_reminder", params: { caseNumber: "C2611-000003", minutesElapsed: 30, minutesLeft: 30 }, caseId: null, now: t.clock.now() }));
    await t.deps.db.updateTable("users").set({ language: "en" }).where("id", "=", world.users.engineer.id).execute();

    const customer = as(t, world.users.customerA.token);
    const engineer = as(t, world.users.engineer.token);
    const mine = await customer.get("/api/v1/notifications");
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { title: string }) => i.title)).toEqual(["您的工单 C2611-000002 已关闭", "您的工单 C2611-000001 已关闭"]);
    expect(mine.body.items[0]).toMatchObject({ template: "case.closed", readAt: null, body: "【casedesk】您的工单C2611-000002已关闭，感谢您的配合。" });

    const theirs = await engineer.get("/api/v1/notifications");
    expect(theirs.body.items).toHaveLength(1);
    expect(theirs.body.items[0].title).toBe("[Reminder] Case C2611-000003: no response to the customer after 30 minutes");
    expect((await as(t, world.users.customerB.token).get("/api/v1/notifications")).body.items).toEqual([]);

    // another user's notification is "not found", never "forbidden"
    const othersId = theirs.body.items[0].id;
    expect((await customer.post(`/api/v1/notifications/${othersId}/read`)).status).toBe(404);
    expect((await engineer.get("/api/v1/notifications?unread=true")).body.items[0].readAt).toBeNull();

    const firstId = mine.body.items[1].id;
    t.clock.advance(MINUTE);
    const read = await customer.post(`/api/v1/notifications/${firstId}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: firstId, readAt: t.clock.now().toISOString() });
    const readAt = read.body.readAt;
    t.clock.advance(MINUTE);
    expect((await customer.post(`/api/v1/notifications/${firstId}/read`)).body.readAt).toBe(readAt);

    const unread = await customer.get("/api/v1/notifications?unread=true");
    expect(unread.body.items.map((i: { title: string }) => i.title)).toEqual(["您的工单 C2611-000002 已关闭"]);
    expect((await customer.post("/api/v1/notifications/00000000-0000-4000-8000-000000000000/read")).status).toBe(404);
  });

  it("pages with an opaque cursor", async () => {
    for (let i = 10; i < 15; i++) {
      t.clock.advance(MINUTE);
      await closed(`c2611-0000${i}`, world.users.customerB.id);
    }
    const customer = as(t, world.users.customerB.token);
    const first = await customer.get("/api/v1/notifications?limit=3");
    expect(first.body.items).toHaveLength(3);
    const second = await customer.get(`/api/v1/notifications?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((i: { title: string }) => i.title.match(/C\d{4}-\d{6}/)![0])).toEqual(
      ["C2611-000014", "C2611-000013", "C2611-000012", "C2611-000011", "C2611-000010"],
    );
  });

  it("refuses bad input with problem+json", async () => {
    const customer = as(t, world.users.customerA.token);
    const bad = await customer.get("/api/v1/notifications?unread=maybe");
    expect(bad.status).toBe(422);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    expect((await customer.post("/api/v1/notifications/not-a-uuid/read")).status).toBe(422);
    expect((await as(t, world.users.admin.token).get("/api/v1/admin/outbox?status=lost")).status).toBe(422);
    expect((await t.server.inject({ method: "GET", url: "/api/v1/notifications" })).statusCode).toBe(401);
  });
});
