import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
}, { publicUrl: "https://kf.example.cn" });

const DAY = 86_400_000;
const answer = { responseSpeed: 5, professionalism: 4, resolution: 4, overall: 5, comment: "工程师响应很快" };
const anonymous = (method: "GET" | "POST", url: string, payload?: object) =>
  t.server.inject({ method, url, ...(payload ? { payload } : {}) }).then((r) => ({ status: r.statusCode, body: r.json(), headers: r.headers }));

/** Opens, assigns, resolves and closes a case; returns it. */
async function closedCase(overrides: Record<string, unknown> = {}, engineer = world.users.engineer) {
  const manager = as(t, world.users.manager.token);
  const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({
    caller: { name: "王建国", phone: "13800138000", email: "wang@hbdl.example.cn", contractNo: "HT-2026-001" }, ...overrides,
  }))).body;
  await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: engineer.id });
  await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "更换硬盘后阵列恢复" });
  const closed = await manager.post(`/api/v1/cases/${opened.id}/close`, {});
  expect(closed.body.status).toBe("closed");
  return opened as { id: string; number: string; subject: string };
}

async function outbox(keyPrefix: string) {
  return t.deps.db.selectFrom("notifications").select(["channel", "toAddress", "template", "params", "key"]).where("key", "like", `${keyPrefix}%`).orderBy("channel").execute();
}

const paramsOf = (row: { params: unknown }) => (typeof row.params === "string" ? JSON.parse(row.params) : row.params) as Record<string, unknown> & { surveyUrl: string };

/** The token of the survey link sent for the case (the e-mail's), from the outbox. */
async function tokenOf(caseId: string, template = "survey.invitation") {
  const rows = (await outbox(`survey:${caseId}:`)).filter((r) => r.template === template);
  const url = paramsOf(rows[0]!).surveyUrl as string;
  return url.split("/s/")[1]!;
}

describe("the survey link, end to end", () => {
  it("goes out by e-mail and SMS when the case closes, with a short link", async () => {
    const closed = await closedCase();
    const rows = await outbox(`survey:${closed.id}:`);
    expect(rows.map((r) => [r.channel, r.toAddress, r.template])).toEqual([
      ["email", "wang@hbdl.example.cn", "survey.invitation"],
      ["sms", "+8613800138000", "survey.invitation"],
    ]);
    const params = paramsOf(rows[1]!);
    expect(params.surveyUrl).toMatch(/^https:\/\/kf\.example\.cn\/s\/[A-Za-z0-9_-]{22}$/);
    expect(params).toMatchObject({ caseNumber: closed.number, expireDays: 14 });
    const stored = await t.deps.db.selectFrom("surveyInvitations").select("tokenHash").where("caseId", "=", closed.id).execute();
    expect(stored[0]!.tokenHash).not.toContain(params.surveyUrl.split("/s/")[1]);
  });

  it("serves the short link as a page of its own, escaped, that keeps the token out of Referer headers", async () => {
    const closed = await closedCase({ subject: `阵列告警 <script>alert("x")</script>` });
    const token = await tokenOf(closed.id);
    const page = await t.server.inject({ method: "GET", url: `/s/${token}`, headers: { "accept-language": "zh-CN" } });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toContain(closed.number);
    expect(page.body).toContain("阵列告警 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page.body).not.toContain(`<script>alert`);
    expect(page.body).toContain(`/api/v1/surveys/${token}`);
    expect(page.body).toContain("响应速度");
    const english = await t.server.inject({ method: "GET", url: `/s/${token}`, headers: { "accept-language": "en" } });
    expect(english.body).toContain("Response speed");
    const unknown = await t.server.inject({ method: "GET", url: `/s/${token.slice(0, -2)}xy` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain(closed.number);
    await anonymous("POST", `/api/v1/surveys/${token}`, answer);
    const used = await t.server.inject({ method: "GET", url: `/s/${token}` });
    expect(used.body).not.toContain("<form");
  });

  it("shows the case number and subject only, takes one answer, puts it on the case, and refuses reuse", async () => {
    const closed = await closedCase();
    const token = await tokenOf(closed.id);
    const shown = await anonymous("GET", `/api/v1/surveys/${token}`);
    expect(shown.status).toBe(200);
    expect(Object.keys(shown.body).sort()).toEqual(["caseNumber", "expiresAt", "status", "subject"]);
    expect(shown.body).toMatchObject({ caseNumber: closed.number, subject: closed.subject, status: "open" });

    const answered = await anonymous("POST", `/api/v1/surveys/${token}`, answer);
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ caseId: closed.id, overall: 5, via: "link" });

    const log = (await as(t, world.users.customerA.token).get(`/api/v1/cases/${closed.id}/activities`)).body.items;
    expect(log.at(-1)).toMatchObject({ kind: "survey.answered", visibility: "public", data: { responseSpeed: 5, professionalism: 4, resolution: 4, overall: 5, comment: "工程师响应很快", via: "link" } });
    expect((await as(t, world.users.customerA.token).get(`/api/v1/cases/${closed.id}/survey`)).body).toMatchObject({ overall: 5, comment: "工程师响应很快" });
    expect((await as(t, world.users.manager.token).get(`/api/v1/cases/${closed.id}/survey`)).status).toBe(200);
    expect((await as(t, world.users.customerB.token).get(`/api/v1/cases/${closed.id}/survey`)).status).toBe(404);

    const again = await anonymous("POST", `/api/v1/surveys/${token}`, { ...answer, overall: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("link_used");
    expect((await anonymous("GET", `/api/v1/surveys/${token}`)).body.status).toBe("answered");
    const answers = await t.deps.db.selectFrom("surveyAnswers").select("overall").where("caseId", "=", closed.id).execute();
    expect(answers).toEqual([{ overall: 5 }]);
  });

  it("refuses an expired link", async () => {
    const closed = await closedCase();
    const token = await tokenOf(closed.id);
    t.clock.advance(14 * DAY);
    const late = await anonymous("POST", `/api/v1/surveys/${token}`, answer);
    expect(late.status).toBe(410);
    expect(late.body.code).toBe("survey_expired");
    expect((await anonymous("GET", `/api/v1/surveys/${token}`)).body.status).toBe("expired");
    expect((await as(t, world.users.manager.token).get(`/api/v1/cases/${closed.id}/survey`)).status).toBe(404);
  });

  it("answers only its own case, and a tampered or made-up token is not found", async () => {
    const a = await closedCase();
    const b = await closedCase();
    const tokenA = await tokenOf(a.id);
    const tokenB = await tokenOf(b.id);
    await anonymous("POST", `/api/v1/surveys/${tokenA}`, answer);
    expect((await as(t, world.users.manager.token).get(`/api/v1/cases/${b.id}/survey`)).status).toBe(404);
    expect((await anonymous("GET", `/api/v1/surveys/${tokenB}`)).body).toMatchObject({ caseNumber: b.number, status: "open" });
    const tampered = `${tokenB.slice(0, -1)}${tokenB.endsWith("A") ? "B" : "A"}`;
    for (const token of [tampered, "not-a-token", tokenB.slice(0, 21), `${tokenB}x`]) {
      expect((await anonymous("GET", `/api/v1/surveys/${token}`)).status).toBe(404);
      const posted = await anonymous("POST", `/api/v1/surveys/${token}`, answer);
      expect(posted.status).toBe(404);
    }
    expect((await anonymous("POST", `/api/v1/surveys/${tokenB}`, { ...answer, overall: 2 })).status).toBe(201);
    expect((await as(t, world.users.manager.token).get(`/api/v1/cases/${b.id}/survey`)).body.overall).toBe(2);
    expect((await as(t, world.users.manager.token).get(`/api/v1/cases/${a.id}/survey`)).body.overall).toBe(5);
  });

  it("refuses scores outside 1–5 and unknown fields, and changes nothing", async () => {
    const closed = await closedCase();
    const token = await tokenOf(closed.id);
    for (const body of [{ ...answer, overall: 6 }, { ...answer, resolution: 0 }, { ...answer, professionalism: 4.5 }, { responseSpeed: 5 }, { ...answer, caseId: closed.id }]) {
      expect((await anonymous("POST", `/api/v1/surveys/${token}`, body)).status).toBe(422);
    }
    expect((await anonymous("GET", `/api/v1/surveys/${token}`)).body.status).toBe("open");
  });
});

describe("the reminder", () => {
  it("goes out once, with a link of its own, when nobody has answered", async () => {
    const closed = await closedCase();
    const answeredCase = await closedCase();
    await anonymous("POST", `/api/v1/surveys/${await tokenOf(answeredCase.id)}`, answer);
    t.clock.advance(3 * DAY - 1000);
    await t.runJobs();
    expect((await outbox(`survey:${closed.id}:1:reminder`)).length).toBe(0);
    t.clock.advance(1000);
    await t.runJobs();
    t.clock.advance(DAY);
    await t.runJobs();
    const reminders = await outbox(`survey:${closed.id}:1:reminder`);
    expect(reminders.map((r) => [r.channel, r.template])).toEqual([["email", "survey.reminder"], ["sms", "survey.reminder"]]);
    expect(await outbox(`survey:${answeredCase.id}:1:reminder`)).toHaveLength(0);
    const first = await tokenOf(closed.id);
    const second = await tokenOf(closed.id, "survey.reminder");
    expect(second).not.toBe(first);
    expect((await anonymous("GET", `/api/v1/surveys/${second}`)).body.status).toBe("open");
    expect((await anonymous("POST", `/api/v1/surveys/${second}`, answer)).status).toBe(201);
    expect((await anonymous("POST", `/api/v1/surveys/${first}`, answer)).status).toBe(409);
  });
});

describe("the portal", () => {
  it("lets the case's customer answer a closed case once, and nobody else", async () => {
    const closed = await closedCase();
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${closed.id}/survey`, answer)).status).toBe(403);
    expect((await as(t, world.users.customerB.token).post(`/api/v1/cases/${closed.id}/survey`, answer)).status).toBe(404);
    const posted = await as(t, world.users.customerA.token).post(`/api/v1/cases/${closed.id}/survey`, { ...answer, overall: 3 });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ via: "portal", overall: 3 });
    const again = await as(t, world.users.customerA.token).post(`/api/v1/cases/${closed.id}/survey`, answer);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("survey_answered");
    const byLink = await anonymous("POST", `/api/v1/surveys/${await tokenOf(closed.id)}`, answer);
    expect(byLink.status).toBe(409);
    const log = (await as(t, world.users.manager.token).get(`/api/v1/cases/${closed.id}/activities`)).body.items;
    expect(log.at(-1)).toMatchObject({ kind: "survey.answered", actor: { id: world.users.customerA.id } });
  });

  it("refuses a case that is not closed", async () => {
    const opened = (await as(t, world.users.customerA.token).post("/api/v1/cases", caseInput({ caller: undefined }))).body;
    const early = await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/survey`, answer);
    expect(early.status).toBe(409);
  });
});

describe("reopened and closed again", () => {
  it("asks again only while nobody has answered: one answer per case", async () => {
    const manager = as(t, world.users.manager.token);
    const cycle = async (id: string) => {
      await manager.post(`/api/v1/cases/${id}/reopen`, { reason: "复发" });
      await manager.post(`/api/v1/cases/${id}/resolve`, { resolution: "再次处理" });
      await manager.post(`/api/v1/cases/${id}/close`, {});
    };
    const unanswered = await closedCase();
    await cycle(unanswered.id);
    expect((await outbox(`survey:${unanswered.id}:2`)).filter((r) => r.template === "survey.invitation")).toHaveLength(2);
    const answered = await closedCase();
    await anonymous("POST", `/api/v1/surveys/${await tokenOf(answered.id)}`, answer);
    await cycle(answered.id);
    expect(await outbox(`survey:${answered.id}:2`)).toHaveLength(0);
  });
});

describe("results", () => {
  it("averages the scores by engineer, vendor, case type and month, for managers only", async () => {
    t.clock.set("2027-03-10T02:00:00.000Z");
    const from = "2027-03-01T00:00:00+08:00";
    const to = "2027-05-01T00:00:00+08:00";
    const give = async (scores: typeof answer, engineer = world.users.engineer, overrides: Record<string, unknown> = {}) => {
      const closed = await closedCase(overrides, engineer);
      await anonymous("POST", `/api/v1/surveys/${await tokenOf(closed.id)}`, scores);
    };
    await give({ ...answer, responseSpeed: 5, overall: 5 });
    await give({ ...answer, responseSpeed: 2, overall: 4 }, world.users.engineer, { vendor: "HPE", caseType: "software" });
    await give({ ...answer, responseSpeed: 3, overall: 1 }, world.users.engineer2);
    t.clock.set("2027-04-02T02:00:00.000Z");
    await give({ ...answer, responseSpeed: 4, overall: 3 }, world.users.engineer2, { vendor: "HPE" });

    const manager = as(t, world.users.manager.token);
    const byEngineer = await manager.get(`/api/v1/surveys/results?groupBy=engineer&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(byEngineer.status).toBe(200);
    expect(byEngineer.body.total).toMatchObject({ count: 4, averages: { responseSpeed: 3.5, overall: 3.25 } });
    const engineers = Object.fromEntries(byEngineer.body.groups.map((g: { label: string }) => [g.label, g]));
    expect(engineers.engineer).toMatchObject({ key: world.users.engineer.id, count: 2, averages: { responseSpeed: 3.5, overall: 4.5, professionalism: 4 } });
    expect(engineers.engineer2).toMatchObject({ count: 2, averages: { responseSpeed: 3.5, overall: 2 } });

    const byVendor = await manager.get(`/api/v1/surveys/results?groupBy=vendor&from=${encodeURIComponent(from)}`);
    expect(byVendor.body.groups.map((g: { key: string; count: number; averages: { overall: number } }) => [g.key, g.count, g.averages.overall])).toEqual([["HPE", 2, 3.5], ["IBM", 2, 3]]);
    const byType = await manager.get(`/api/v1/surveys/results?groupBy=caseType&from=${encodeURIComponent(from)}`);
    expect(byType.body.groups.map((g: { key: string; count: number }) => [g.key, g.count])).toEqual([["hardware", 3], ["software", 1]]);
    const byMonth = await manager.get(`/api/v1/surveys/results?groupBy=month&from=${encodeURIComponent(from)}`);
    expect(byMonth.body.groups.map((g: { key: string; count: number; averages: { overall: number } }) => [g.key, g.count, g.averages.overall])).toEqual([["2027-03", 3, 3.33], ["2027-04", 1, 3]]);
    const onlyApril = await manager.get(`/api/v1/surveys/results?groupBy=month&from=${encodeURIComponent("2027-04-01T00:00:00+08:00")}`);
    expect(onlyApril.body.total.count).toBe(1);

    expect((await as(t, world.users.engineer.token).get("/api/v1/surveys/results?groupBy=vendor")).status).toBe(403);
    expect((await as(t, world.users.customerA.token).get("/api/v1/surveys/results?groupBy=vendor")).status).toBe(403);
    expect((await manager.get("/api/v1/surveys/results?groupBy=colour")).status).toBe(422);
    expect((await anonymous("GET", "/api/v1/surveys/results?groupBy=vendor")).status).toBe(401);
  });
});
