import { beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { createApiToken, systemActor } from "../auth/index.js";

let t: TestApp;
let world: World;
let pbxToken: string;
useWorld((app, w) => {
  t = app;
  world = w;
}, { pbxOurNumbers: ["400-810-8888"] });

beforeAll(async () => {
  pbxToken = (await createApiToken(t.deps, { actor: systemActor, userId: world.users.admin.id, name: "PBX", scope: "pbx" })).token;
});

let seq = 0;
const newCallId = () => `pbx-${Date.now()}-${++seq}`;
const pbx = () => as(t, pbxToken);
const at = (offsetSeconds = 0) => new Date(t.clock.now().getTime() + offsetSeconds * 1000).toISOString();
const event = (callId: string, name: "ringing" | "answered" | "ended", extra: Record<string, unknown> = {}) =>
  pbx().post("/api/v1/telephony/calls", { callId, from: "010-6611 2233", to: "400-810-8888", event: name, at: at(), ...extra });
const activities = async (caseId: string) =>
  (await as(t, world.users.manager.token).get(`/api/v1/cases/${caseId}/activities`)).body.items as { kind: string; data: Record<string, unknown>; actor: { id: string } | null; correctsId: string | null }[];
const openCase = async () => (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body as { id: string; number: string };

describe("the PBX endpoint", () => {
  it("refuses a request without a token, with an unknown one, and with a token that is not the PBX's", async () => {
    const body = { callId: "x-1", from: "13800138000", to: "400-810-8888", event: "ringing", at: at() };
    expect((await t.server.inject({ method: "POST", url: "/api/v1/telephony/calls", payload: body })).statusCode).toBe(401);
    expect((await as(t, "cdt_not-a-real-token").post("/api/v1/telephony/calls", body)).status).toBe(401);
    const asDispatcher = await as(t, world.users.dispatcher.token).post("/api/v1/telephony/calls", body);
    expect(asDispatcher.status).toBe(403);
    expect((await as(t, world.users.admin.token).post("/api/v1/telephony/calls", body)).status).toBe(403);
    expect((await as(t, world.users.manager.token).get("/api/v1/telephony/calls/x-1")).status).toBe(404);
  });

  it("lets the PBX token post call events and nothing else", async () => {
    expect((await pbx().get("/api/v1/cases")).status).toBe(403);
    expect((await pbx().get("/api/v1/telephony/calls/active")).status).toBe(403);
    expect((await pbx().post("/api/v1/cases", caseInput())).status).toBe(403);
    expect((await pbx().post("/api/v1/auth/tokens", { name: "more" })).status).toBe(403);
    expect((await pbx().get("/api/v1/customers")).status).toBe(403);
  });

  it("refuses malformed events and changes nothing", async () => {
    const bad = await pbx().post("/api/v1/telephony/calls", { callId: "bad 1", from: "1", to: "2", event: "hung_up", at: "yesterday", extra: 1 });
    expect(bad.status).toBe(422);
    expect((await as(t, world.users.manager.token).get("/api/v1/telephony/calls/bad%201")).status).toBe(422);
  });

  it("follows a call from ringing through answered to ended, keeping the PBX's instants and its own", async () => {
    const callId = newCallId();
    t.clock.set("2026-11-30T01:00:00.000Z");
    const ringing = await event(callId, "ringing", { at: "2026-11-30T08:59:58+08:00" });
    expect(ringing.status).toBe(200);
    expect(ringing.body).toMatchObject({ isDuplicate: false, call: { callId, status: "ringing", direction: "inbound", number: "+861066112233", ringingAt: "2026-11-30T00:59:58.000Z" } });
    expect(ringing.body.call.receivedAt.ringing).toBe("2026-11-30T01:00:00.000Z");
    t.clock.advance(5_000);
    const answered = await event(callId, "answered", { at: "2026-11-30T01:00:03Z", extension: "8001" });
    expect(answered.body.call).toMatchObject({ status: "answered", extension: "8001", durationSeconds: null });
    t.clock.advance(95_000);
    const ended = await event(callId, "ended", { at: "2026-11-30T01:01:33Z" });
    expect(ended.body.call).toMatchObject({ status: "ended", durationSeconds: 90, answeredAt: "2026-11-30T01:00:03.000Z", endedAt: "2026-11-30T01:01:33.000Z" });
    expect(ended.body.call.receivedAt).toMatchObject({ answered: "2026-11-30T01:00:05.000Z", ended: "2026-11-30T01:01:40.000Z" });
  });

  it("takes repeats as no-ops and events out of order", async () => {
    const callId = newCallId();
    const ended = await event(callId, "ended", { at: "2026-11-30T02:05:00Z" });
    expect(ended.body.call).toMatchObject({ status: "ended", durationSeconds: 0, ringingAt: null });
    const answered = await event(callId, "answered", { at: "2026-11-30T02:00:00Z" });
    expect(answered.body.call).toMatchObject({ status: "ended", durationSeconds: 300 });
    const ringing = await event(callId, "ringing", { at: "2026-11-30T01:59:50Z" });
    expect(ringing.body.call).toMatchObject({ status: "ended", ringingAt: "2026-11-30T01:59:50.000Z", durationSeconds: 300 });
    const repeat = await event(callId, "answered", { at: "2026-11-30T02:03:00Z" });
    expect(repeat.body).toMatchObject({ isDuplicate: true, call: { answeredAt: "2026-11-30T02:00:00.000Z", durationSeconds: 300 } });
    const events = await t.deps.db.selectFrom("telephonyCallEvents").select("event").where("callId", "=", callId).execute();
    expect(events.map((e) => e.event).sort()).toEqual(["answered", "ended", "ringing"]);
  });

  it("counts an event sent several times at once exactly once", async () => {
    const callId = newCallId();
    const sent = await Promise.all([1, 2, 3, 4].map(() => event(callId, "ringing")));
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(sent.filter((r) => !r.body.isDuplicate)).toHaveLength(1);
    const ended = await Promise.all([1, 2, 3].map(() => event(callId, "ended")));
    expect(ended.filter((r) => !r.body.isDuplicate)).toHaveLength(1);
  });

  it("calls a call from one of our numbers to a customer outbound, and the customer's number is the one looked up", async () => {
    const callId = newCallId();
    const out = await pbx().post("/api/v1/telephony/calls", { callId, from: "+86 400 810 8888", to: "138-0013-8000", event: "ringing", at: at() });
    expect(out.body.call).toMatchObject({ direction: "outbound", number: "+8613800138000" });
    const fromExtension = await pbx().post("/api/v1/telephony/calls", { callId: newCallId(), from: "8002", to: "021 6888 1234", event: "ringing", at: at() });
    expect(fromExtension.body.call).toMatchObject({ direction: "outbound", number: "+862168881234" });
    const pop = await as(t, world.users.dispatcher.token).get(`/api/v1/telephony/calls/${callId}`);
    expect(pop.body.caller.contacts.map((c: { name: string }) => c.name)).toEqual(["王建国"]);
  });
});

describe("the screen-pop", () => {
  it("shows the caller with company, contracts and open cases for ringing and answered calls only", async () => {
    const open = await openCase();
    const other = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({ caller: { name: "李娜", phone: "021-68881234", contractNo: "HT-2026-002" } }))).body;
    t.clock.set("2026-12-01T03:00:00.000Z");
    const callId = newCallId();
    await event(callId, "ringing");
    const gone = newCallId();
    await event(gone, "ringing");
    await event(gone, "ended");
    const pop = await as(t, world.users.dispatcher.token).get("/api/v1/telephony/calls/active");
    expect(pop.status).toBe(200);
    const ids = pop.body.items.map((i: { call: { callId: string } }) => i.call.callId);
    expect(ids).toContain(callId);
    expect(ids).not.toContain(gone);
    const mine = pop.body.items.find((i: { call: { callId: string } }) => i.call.callId === callId);
    expect(mine.caller.contacts[0]).toMatchObject({ name: "王建国", customerId: world.acme.id, customerName: "华北电力信息中心" });
    expect(mine.caller.companies).toHaveLength(1);
    expect(mine.caller.companies[0].contracts.map((c: { contractNo: string }) => c.contractNo)).toEqual(["HT-2026-001"]);
    const openNumbers = mine.caller.companies[0].openCases.map((c: { number: string }) => c.number);
    expect(openNumbers).toContain(open.number);
    expect(openNumbers).not.toContain(other.number);
    expect((await as(t, world.users.customerA.token).get("/api/v1/telephony/calls/active")).status).toBe(403);
  });

  it("drops a call whose end never came after twelve hours, and filters by extension", async () => {
    t.clock.set("2026-12-02T00:00:00.000Z");
    const callId = newCallId();
    await event(callId, "answered", { extension: "8005" });
    const byExtension = await as(t, world.users.dispatcher.token).get("/api/v1/telephony/calls/active?extension=8005");
    expect(byExtension.body.items.map((i: { call: { callId: string } }) => i.call.callId)).toContain(callId);
    const elsewhere = await as(t, world.users.dispatcher.token).get("/api/v1/telephony/calls/active?extension=8006");
    expect(elsewhere.body.items.map((i: { call: { callId: string } }) => i.call.callId)).not.toContain(callId);
    t.clock.advance(12 * 3_600_000 + 1000);
    const later = await as(t, world.users.dispatcher.token).get("/api/v1/telephony/calls/active");
    expect(later.body.items.map((i: { call: { callId: string } }) => i.call.callId)).not.toContain(callId);
  });
});

describe("linking a call to a case", () => {
  it("writes the call activity when the call ends after the link, with its duration", async () => {
    const opened = await openCase();
    const callId = newCallId();
    await event(callId, "ringing", { at: "2026-12-03T01:00:00Z" });
    await event(callId, "answered", { at: "2026-12-03T01:00:10Z" });
    const linked = await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.id, summary: "客户报告硬盘告警" });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ caseId: opened.id, isActivityLogged: false });
    expect((await activities(opened.id)).filter((e) => e.kind === "call.logged")).toHaveLength(0);
    await event(callId, "ended", { at: "2026-12-03T01:04:10Z" });
    await event(callId, "ended", { at: "2026-12-03T01:04:10Z" });
    const calls = (await activities(opened.id)).filter((e) => e.kind === "call.logged");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.data).toMatchObject({ callId, direction: "inbound", number: "+861066112233", durationSeconds: 240, summary: "客户报告硬盘告警", at: "2026-12-03T01:00:00.000Z" });
    const pop = await as(t, world.users.dispatcher.token).get(`/api/v1/telephony/calls/${callId}`);
    expect(pop.body.linkedCase).toMatchObject({ id: opened.id, number: opened.number });
    expect(pop.body.call.isActivityLogged).toBe(true);
  });

  it("writes it at once, by the dispatcher, when the call has already ended; relinking elsewhere is refused", async () => {
    const opened = await openCase();
    const second = await openCase();
    const callId = newCallId();
    await event(callId, "answered", { at: "2026-12-03T02:00:00Z" });
    await event(callId, "ended", { at: "2026-12-03T02:01:05Z" });
    await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.number });
    const again = await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.id });
    expect(again.status).toBe(200);
    const calls = (await activities(opened.id)).filter((e) => e.kind === "call.logged");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.data).toMatchObject({ durationSeconds: 65, callId });
    expect(calls[0]!.actor?.id).toBe(world.users.dispatcher.id);
    const elsewhere = await as(t, world.users.dispatcher.token, { "accept-language": "en" }).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: second.id });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body).toMatchObject({ code: "call_linked" });
    expect(elsewhere.body.detail).toContain(opened.number);
  });

  it("corrects the activity when the PBX reports the answer after the end", async () => {
    const opened = await openCase();
    const callId = newCallId();
    await event(callId, "ended", { at: "2026-12-03T03:02:00Z" });
    await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.id });
    await event(callId, "answered", { at: "2026-12-03T03:00:00Z" });
    const log = await activities(opened.id);
    const call = log.find((e) => e.kind === "call.logged")!;
    expect(call.data.durationSeconds).toBe(0);
    const correction = log.find((e) => e.kind === "entry.corrected")!;
    expect(correction.data).toMatchObject({ fields: { durationSeconds: 120 } });
  });

  it("refuses customers, unknown calls, cases one cannot see and closed cases", async () => {
    const opened = await openCase();
    const callId = newCallId();
    await event(callId, "ringing");
    expect((await as(t, world.users.customerA.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.id })).status).toBe(403);
    expect((await as(t, world.users.dispatcher.token).post("/api/v1/telephony/calls/nope/link", { caseId: opened.id })).status).toBe(404);
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    const manager = as(t, world.users.manager.token);
    await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "已修复" });
    await manager.post(`/api/v1/cases/${opened.id}/close`, {});
    const closed = await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${callId}/link`, { caseId: opened.id });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe("case_closed");
  });
});

describe("the list of recent calls", () => {
  it("pages newest first and finds the calls on no case yet", async () => {
    t.clock.set("2026-12-05T01:00:00.000Z");
    const opened = await openCase();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      t.clock.advance(1000);
      const callId = newCallId();
      ids.push(callId);
      await event(callId, "ringing", { extension: "8100" });
      await event(callId, "ended", { extension: "8100" });
    }
    await as(t, world.users.dispatcher.token).post(`/api/v1/telephony/calls/${ids[1]}/link`, { caseId: opened.id });
    const dispatcher = as(t, world.users.dispatcher.token);
    const first = await dispatcher.get("/api/v1/telephony/calls?extension=8100&limit=2");
    expect(first.body.items.map((c: { callId: string }) => c.callId)).toEqual([ids[2], ids[1]]);
    const second = await dispatcher.get(`/api/v1/telephony/calls?extension=8100&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ callId: ids[0] }], nextCursor: null });
    const unlinked = await dispatcher.get("/api/v1/telephony/calls?extension=8100&isLinked=false");
    expect(unlinked.body.items.map((c: { callId: string }) => c.callId)).toEqual([ids[2], ids[0]]);
    expect((await dispatcher.get("/api/v1/telephony/calls?cursor=nonsense")).status).toBe(422);
    expect((await as(t, world.users.customerA.token).get("/api/v1/telephony/calls")).status).toBe(403);
  });
});

describe("calls logged by hand", () => {
  it("records direction, number, duration and summary, internal by default", async () => {
    const opened = await openCase();
    const logged = await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/activities`, {
      type: "call", direction: "outbound", number: "13800138000", durationSeconds: 180, summary: "回访客户确认恢复",
    });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ kind: "call.logged", visibility: "internal", data: { direction: "outbound", durationSeconds: 180, summary: "回访客户确认恢复" } });
    const seen = (await as(t, world.users.customerA.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items.map((e: { kind: string }) => e.kind);
    expect(seen).not.toContain("call.logged");
    expect((await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/activities`, { type: "call", direction: "inbound", durationSeconds: 1, summary: "x" })).status).toBe(403);
  });
});

describe("the OpenAPI document", () => {
  it("publishes the telephony and survey endpoints", async () => {
    const doc = (await t.server.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      "/api/v1/telephony/calls", "/api/v1/telephony/calls/active", "/api/v1/telephony/calls/{callId}", "/api/v1/telephony/calls/{callId}/link",
      "/api/v1/surveys/results", "/api/v1/surveys/{token}", "/api/v1/cases/{id}/survey",
    ]));
    expect(Object.keys(doc.paths)).not.toContain("/s/{token}");
  });
});

describe("the PBX token", () => {
  it("is minted by an administrator only, and a scoped token mints nothing", async () => {
    const minted = await as(t, world.users.admin.token).post("/api/v1/auth/tokens", { name: "PBX 2", scope: "pbx" });
    expect(minted.status).toBe(201);
    const works = await as(t, minted.body.token).post("/api/v1/telephony/calls", { callId: newCallId(), from: "13800138000", to: "400-810-8888", event: "ringing", at: at() });
    expect(works.status).toBe(200);
    expect((await as(t, world.users.dispatcher.token).post("/api/v1/auth/tokens", { name: "PBX 3", scope: "pbx" })).status).toBe(403);
    expect((await as(t, world.users.admin.token).post("/api/v1/auth/tokens", { name: "PBX 4", scope: "everything" })).status).toBe(422);
  });
});
