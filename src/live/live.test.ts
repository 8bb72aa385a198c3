import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, seedWorld, testApp, testConfig, TEST_ENGINE, TEST_PASSWORD, type TestApp, type World } from "../../test/helpers.js";
import { createApp, type App } from "../app.js";
import { openPostgres } from "../db/database.js";
import { inTransaction } from "../db/transaction.js";
import { publishLive } from "./publish-live.js";
import { createApiToken, systemActor } from "../auth/index.js";

type SseEvent = { id?: string; event: string; data: any };

/** An open GET /api/v1/live stream and the events it has received so far. */
type Stream = { status: number; contentType: string; events: SseEvent[]; comments: string[]; ended: Promise<void>; close(): void };

function openStream(app: App, headers: Record<string, string>): Promise<Stream> {
  const { port } = app.server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/api/v1/live", headers: { accept: "text/event-stream", ...headers } }, (response) => {
      const events: SseEvent[] = [];
      const comments: string[] = [];
      let buffer = "";
      let onEnd!: () => void;
      const ended = new Promise<void>((done) => (onEnd = done));
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event: SseEvent = { event: "message", data: undefined };
          let hasData = false;
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) comments.push(line.slice(1).trim());
            else if (line.startsWith("id: ")) event.id = line.slice(4);
            else if (line.startsWith("event: ")) event.event = line.slice(7);
            else if (line.startsWith("data: ")) {
              event.data = JSON.parse(line.slice(6));
              hasData = true;
            }
          }
          if (hasData) events.push(event);
        }
      });
      response.on("end", onEnd);
      response.on("close", onEnd);
      resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"]), events, comments, ended, close: () => request.destroy() });
    });
    request.on("error", reject);
  });
}

/** Waits (real time: the events travel through the database's NOTIFY) until `check` holds. */
async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting for live events");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const caseEvents = (stream: Stream) => stream.events.filter((e) => e.event === "case");

describe("GET /api/v1/live", () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await testApp({ liveHeartbeatSeconds: 0.2 });
    w = await seedWorld(t.deps);
    await t.server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t?.close());

  it("refuses a caller who is not signed in", async () => {
    const stream = await openStream(t, {});
    expect(stream.status).toBe(401);
    stream.close();
  });

  it("streams case events to staff and, of its own company's cases, public ones to the customer", async () => {
    const staff = await openStream(t, bearer(w.users.dispatcher.token));
    const customerA = await openStream(t, bearer(w.users.customerA.token));
    const customerB = await openStream(t, bearer(w.users.customerB.token));
    expect(staff.status).toBe(200);
    expect(staff.contentType).toMatch(/^text\/event-stream/);

    const opened = await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput());
    expect(opened.status).toBe(201);
    const caseId = opened.body.id;
    await as(t, w.users.dispatcher.token).post(`/api/v1/cases/${caseId}/notes`, { body: "内部：客户机房门禁密码 4321", visibility: "internal" });
    await as(t, w.users.dispatcher.token).post(`/api/v1/cases/${caseId}/notes`, { body: "已安排工程师", visibility: "public" });
    await until(() => caseEvents(staff).length >= 3 && caseEvents(customerA).length >= 2);
    await settle();

    expect(caseEvents(staff).map((e) => e.data.type)).toEqual(["case.opened", "note.added", "note.added"]);
    expect(caseEvents(staff)[0]!.data).toEqual({ type: "case.opened", caseId, caseNumber: opened.body.number, at: expect.any(String) });
    // the customer hears of the opening and the public note only, and never of anything's content
    expect(caseEvents(customerA).map((e) => e.data.type)).toEqual(["case.opened", "note.added"]);
    expect(JSON.stringify(customerA.events)).not.toContain("4321");
    expect(JSON.stringify(staff.events)).not.toContain("4321");
    // company B hears nothing of company A's case
    expect(caseEvents(customerB)).toEqual([]);
    // heartbeats keep the streams open
    await until(() => staff.comments.includes("heartbeat"));
    for (const s of [staff, customerA, customerB]) s.close();
  });

  it("sends nothing for a change that rolls back", async () => {
    const staff = await openStream(t, bearer(w.users.manager.token));
    const opened = await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput());
    await until(() => caseEvents(staff).length === 1);
    await expect(inTransaction(t.deps.db, async (tx) => {
      await t.deps.events.publish(tx, [{ type: "note.added", caseId: opened.body.id, actorId: null, at: t.clock.now(), data: {} }]);
      throw new Error("roll back");
    })).rejects.toThrow("roll back");
    await inTransaction(t.deps.db, (tx) => publishLive(tx, { topic: "marker", audience: { staff: true }, payload: { n: 1 } }));
    await until(() => staff.events.some((e) => e.event === "marker"));
    expect(staff.events.map((e) => e.event)).toEqual(["case", "marker"]);
    staff.close();
  });

  it("reaches a named user only, whatever the role", async () => {
    const engineer = await openStream(t, bearer(w.users.engineer.token));
    const engineer2 = await openStream(t, bearer(w.users.engineer2.token));
    await inTransaction(t.deps.db, (tx) => publishLive(tx, { topic: "screen_pop", audience: { userIds: [w.users.engineer.id] }, payload: { phone: "+8613800138000" } }));
    await until(() => engineer.events.length === 1);
    await settle();
    expect(engineer.events[0]).toMatchObject({ event: "screen_pop", data: { phone: "+8613800138000" } });
    expect(engineer2.events).toEqual([]);
    engineer.close();
    engineer2.close();
  });

  it("announces each new PBX call event to staff for the screen-pop, once, and to no customer", async () => {
    const pbxToken = (await createApiToken(t.deps, { actor: systemActor, userId: w.users.admin.id, name: "PBX", scope: "pbx" })).token;
    const dispatcher = await openStream(t, bearer(w.users.dispatcher.token));
    const customerA = await openStream(t, bearer(w.users.customerA.token));
    const ringing = { callId: "live-call-1", from: "010-6611 2233", to: "400-810-8888", event: "ringing", at: new Date().toISOString(), extension: "8001" };
    expect((await as(t, pbxToken).post("/api/v1/telephony/calls", ringing)).status).toBeLessThan(300);
    expect((await as(t, pbxToken).post("/api/v1/telephony/calls", ringing)).body.isDuplicate).toBe(true);
    await until(() => dispatcher.events.some((e) => e.event === "call"));
    await settle();
    expect(dispatcher.events.filter((e) => e.event === "call").map((e) => e.data)).toEqual([{ callId: "live-call-1", event: "ringing", extension: "8001" }]);
    expect(customerA.events).toEqual([]);
    dispatcher.close();
    customerA.close();
  });

  it("answers a reconnect with Last-Event-ID with a resync", async () => {
    const stream = await openStream(t, { ...bearer(w.users.engineer.token), "last-event-id": "abc-12" });
    await until(() => stream.events.length === 1);
    expect(stream.events[0]!.event).toBe("resync");
    stream.close();
  });

  it("ends the stream of a session that has been signed out", async () => {
    const login = await t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "customer-a@casedesk.test", password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === "casedesk_session")!;
    const stream = await openStream(t, { cookie: `casedesk_session=${cookie.value}` });
    expect(stream.status).toBe(200);
    await t.server.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie: `casedesk_session=${cookie.value}`, "x-csrf-token": login.json().csrfToken } });
    await stream.ended;
  });

  it("ends open streams when the server closes", async () => {
    const other = await testApp({ liveHeartbeatSeconds: 60 });
    const world = await seedWorld(other.deps);
    await other.server.listen({ port: 0, host: "127.0.0.1" });
    const stream = await openStream(other, bearer(world.users.dispatcher.token));
    await other.close();
    await stream.ended;
  });
});

describe.runIf(TEST_ENGINE === "postgres")("live updates across two instances over one PostgreSQL", () => {
  let first: TestApp;
  let second: App;
  let w: World;
  beforeAll(async () => {
    first = await testApp();
    w = await seedWorld(first.deps);
    second = await createApp(testConfig(), { clock: first.clock, logger: pino({ level: "silent" }), database: openPostgres(first.db.url!, 4) });
    await first.server.listen({ port: 0, host: "127.0.0.1" });
    await second.server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("delivers an event committed on one instance to the streams of the other, authorised there", async () => {
    const staffOnSecond = await openStream(second, bearer(w.users.engineer.token));
    const customerAOnSecond = await openStream(second, bearer(w.users.customerA.token));
    const customerBOnSecond = await openStream(second, bearer(w.users.customerB.token));
    const opened = await as(first, w.users.dispatcher.token).post("/api/v1/cases", caseInput());
    await as(first, w.users.dispatcher.token).post(`/api/v1/cases/${opened.body.id}/assign`, { assigneeId: w.users.engineer.id });
    await until(() => caseEvents(staffOnSecond).length >= 2 && caseEvents(customerAOnSecond).length >= 1);
    await settle();
    expect(caseEvents(staffOnSecond).map((e) => e.data.type)).toEqual(["case.opened", "case.assigned"]);
    expect(caseEvents(staffOnSecond)[0]!.data.caseNumber).toBe(opened.body.number);
    expect(caseEvents(customerAOnSecond).map((e) => e.data.type)).toEqual(["case.opened"]);
    expect(caseEvents(customerBOnSecond)).toEqual([]);
    for (const s of [staffOnSecond, customerAOnSecond, customerBOnSecond]) s.close();
  });
});
