import { DateTime } from "luxon";
import { as, caseInput, type TestApp, type World } from "./helpers.js";

/**
 * A known month for the report tests (December 2026, Asia/Shanghai): customer A's contract counts
 * in a Mon–Fri 09:00–18:00 calendar with a holiday (Wed 9 Dec) and a make-up working day (Sat
 * 12 Dec); S1 targets 30 min first response, 240 min resolution. Every figure the tests expect
 * is worked out by hand in the comments below (minutes of business time).
 *
 * O  opened Thu 26 Nov 10:00, responded 10:10, resolved Thu 3 Dec 10:00: resolution 2700 (45 h), breached 26 Nov 14:00 (November)
 * A  Mon 7 Dec 10:00, responded 10:20 (20), resolved 12:00 (120), closed 12:10; survey answered (overall 4); web channel
 * B  Tue 8 Dec 17:50, HPE, e-mail; the 9th is a holiday; responded Thu 10 Dec 09:10 (10 + 10 = 20), resolved 11:00 (130)
 * C  Fri 11 Dec 17:40, software; responded Sat 12 Dec 09:15 on the make-up day (20 + 15 = 35): first response breached Sat 09:10; resolved 10:40 (120)
 * D  Mon 14 Dec 09:00, S3; responded 09:10 (10); waits for the customer 10:00–14:00 (paused); resolved 15:00 (60 + 60 = 120); closed 15:10; on-site visit 11:00–13:00
 * E  Tue 15 Dec 09:00 to engineer, reassigned 09:20 to engineer2, who responds 09:40 (40): first response breached 09:30; resolved 11:00 (120)
 * F  Wed 16 Dec 09:00, responded 09:05 (5), resolved 10:00 (60); reopened Thu 17 Dec 09:00, resolved 13:30 (270): resolution cycle 2 breached 13:00
 * G  Thu 31 Dec 17:00, responded 17:05 (5); still open at the month's end
 * Cases resolved and left alone close by themselves 7 days later (CLOSE_AFTER_DAYS): O, B, C, E, F all in
 * December, so 7 closures and 7 survey invitations.
 * H  customer B, Mon 7 Dec 12:30 (7×24, no calendar) to engineer2; never answered: handed on to engineer at 13:15
 *    by the response ladder, first response breached at 13:30
 * January 2027, after the month: F (closed in December) is reopened Mon 4 Jan 10:00, resolved 10:10, closed
 * 10:20, reopened 10:50, resolved 11:00, closed 11:10 (closed since). A (closed 7 Dec) is reopened Tue 5 Jan 09:00,
 * resolved 10:00, closed 10:10 and reopened 11:00 (open since). December reads as it was: A and F closed in it,
 * neither open at its end. January: F closed in it (once); A not (reopened after its closure); A and G open at its end.
 */
export const ZONE = "Asia/Shanghai";
export const local = (text: string) => DateTime.fromFormat(text, "yyyy-MM-dd HH:mm", { zone: ZONE }).toJSDate();

export async function buildKnownMonth(t: TestApp, w: World): Promise<Record<string, { id: string; number: string }>> {
  const admin = as(t, w.users.admin.token);
  const dispatcher = as(t, w.users.dispatcher.token);
  const engineer = as(t, w.users.engineer.token);
  const engineer2 = as(t, w.users.engineer2.token);
  const ok = async (response: Promise<{ status: number; body: any }>, what: string) => {
    const r = await response;
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const go = async (text: string) => {
    const at = local(text);
    if (at < t.clock.now()) throw new Error(`the clock would go back to ${text}`);
    t.clock.set(at);
    await t.runJobs();
  };

  const calendar = await ok(admin.post("/api/v1/calendars", {
    name: "工作日 9-18", timeZone: ZONE,
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })),
  }), "calendar");
  await ok(admin.put(`/api/v1/calendars/${calendar.id}/years/2026`, {
    holidays: [{ date: "2026-12-09", name: "公司假日" }], workdays: [{ date: "2026-12-12", name: "调休上班" }],
  }), "calendar year");
  await ok(admin.patch(`/api/v1/contracts/${w.acmeContract.id}`, { calendarId: calendar.id, version: w.acmeContract.version }), "contract calendar");

  const cases: Record<string, { id: string; number: string }> = {};
  const open = async (name: string, text: string, overrides: Record<string, unknown> = {}, assignee = w.users.engineer.id) => {
    await go(text);
    const created = await ok(dispatcher.post("/api/v1/cases", caseInput({ subject: `已知月份 ${name}`, ...overrides })), `open ${name}`);
    await ok(dispatcher.post(`/api/v1/cases/${created.id}/assign`, { assigneeId: assignee }), `assign ${name}`);
    cases[name] = created;
    return created.id as string;
  };
  const move = async (name: string, action: string, text: string, body: Record<string, unknown> = {}, who = engineer) => {
    await go(text);
    await ok(who.post(`/api/v1/cases/${cases[name]!.id}/${action}`, body), `${action} ${name}`);
  };
  const resolve = (name: string, text: string, who = engineer) => move(name, "resolve", text, { resolution: "更换故障部件，业务恢复。" }, who);

  await open("O", "2026-11-26 10:00");
  await move("O", "respond", "2026-11-26 10:10");
  await go("2026-11-26 14:30"); // O's resolution breach fires
  await resolve("O", "2026-12-03 10:00");

  await open("A", "2026-12-07 10:00", { channel: "web" });
  await move("A", "respond", "2026-12-07 10:20");
  await resolve("A", "2026-12-07 12:00");
  await move("A", "close", "2026-12-07 12:10", {}, dispatcher);
  await open("H", "2026-12-07 12:30", { caller: { name: "李娜", phone: "021-68881234", contractNo: "HT-2026-002" }, vendor: "HPE" }, w.users.engineer2.id);
  await go("2026-12-07 13:15"); // H unanswered: the response ladder hands it from engineer2 to engineer at 45 minutes
  await ok(as(t, w.users.customerA.token).post(`/api/v1/cases/${cases.A!.id}/survey`, {
    responseSpeed: 5, professionalism: 4, resolution: 4, overall: 4, comment: "响应很快，工程师专业。",
  }), "survey A");

  await open("B", "2026-12-08 17:50", { vendor: "HPE", channel: "email" });
  await move("B", "respond", "2026-12-10 09:10");
  await resolve("B", "2026-12-10 11:00");

  await open("C", "2026-12-11 17:40", { caseType: "software" });
  await go("2026-12-12 09:12"); // C's first response breach fires (due Sat 09:10)
  await move("C", "respond", "2026-12-12 09:15");
  await resolve("C", "2026-12-12 10:40");

  await open("D", "2026-12-14 09:00", { faultLevel: "S3" });
  await move("D", "respond", "2026-12-14 09:10");
  await move("D", "wait", "2026-12-14 10:00", { waitFor: "customer", reason: "等待客户安排停机窗口" });
  await move("D", "resume", "2026-12-14 14:00");
  await go("2026-12-14 14:30");
  await ok(engineer.post(`/api/v1/cases/${cases.D!.id}/activities`, {
    type: "onsite_visit", arrivedAt: local("2026-12-14 11:00").toISOString(), departedAt: local("2026-12-14 13:00").toISOString(), workDone: "现场检查电源模块",
  }), "visit D");
  await resolve("D", "2026-12-14 15:00");
  await move("D", "close", "2026-12-14 15:10", {}, dispatcher);

  await open("E", "2026-12-15 09:00");
  await move("E", "assign", "2026-12-15 09:20", { assigneeId: w.users.engineer2.id }, dispatcher);
  await go("2026-12-15 09:32"); // E's first response breach fires (due 09:30)
  await move("E", "respond", "2026-12-15 09:40", {}, engineer2);
  await resolve("E", "2026-12-15 11:00", engineer2);

  await open("F", "2026-12-16 09:00");
  await move("F", "respond", "2026-12-16 09:05");
  await resolve("F", "2026-12-16 10:00");
  await move("F", "reopen", "2026-12-17 09:00", { reason: "故障复现" }, dispatcher);
  await go("2026-12-17 13:05"); // F's second resolution cycle breaches at 13:00
  await resolve("F", "2026-12-17 13:30");

  await open("G", "2026-12-31 17:00");
  await move("G", "respond", "2026-12-31 17:05");

  for (const [reopen, resolved, closed] of [["2027-01-04 10:00", "2027-01-04 10:10", "2027-01-04 10:20"], ["2027-01-04 10:50", "2027-01-04 11:00", "2027-01-04 11:10"]]) {
    await move("F", "reopen", reopen!, { reason: "故障复现" }, dispatcher);
    await resolve("F", resolved!);
    await move("F", "close", closed!, {}, dispatcher);
  }
  await move("A", "reopen", "2027-01-05 09:00", { reason: "故障复现" }, dispatcher);
  await resolve("A", "2027-01-05 10:00");
  await move("A", "close", "2027-01-05 10:10", {}, dispatcher);
  await move("A", "reopen", "2027-01-05 11:00", { reason: "故障再次复现" }, dispatcher);
  return cases;
}
