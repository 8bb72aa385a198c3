import type { Actor } from "../auth/index.js";
import { getCase, OPEN_STATUSES, searchCases, type CaseWithNames } from "../cases/index.js";
import { lookupCaller } from "../customers/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { findCall, listActiveCallRows, listCallRows, type CallRow } from "./calls.repository.js";
import { assertCanTelephony } from "./telephony.policy.js";

// a call whose end the PBX never reported leaves the screen-pop after this long
const ACTIVE_WINDOW_MS = 12 * 3_600_000;
const OPEN_CASES_PER_COMPANY = 10;

type Lookup = Awaited<ReturnType<typeof lookupCaller>>;
export type ScreenPop = {
  call: CallRow;
  contacts: Lookup["contacts"];
  companies: { id: string; name: string; contracts: Lookup["contracts"]; openCases: CaseWithNames[] }[];
  linkedCase: CaseWithNames | null;
};

/** One call with who is calling (contacts by number), their companies, contracts and open cases. */
export async function getCall(deps: Deps, input: { actor: Actor; callId: string }): Promise<ScreenPop> {
  assertCanTelephony(input.actor, "read");
  const call = await findCall(deps.db, input.callId);
  if (!call) throw notFound("call");
  return screenPop(deps, input.actor, call);
}

/** The screen-pop: calls ringing or in progress (optionally at one extension, or not yet answered anywhere), newest first. */
export async function listActiveCalls(deps: Deps, input: { actor: Actor; extension?: string; limit: number }): Promise<ScreenPop[]> {
  assertCanTelephony(input.actor, "read");
  const since = new Date(deps.clock.now().getTime() - ACTIVE_WINDOW_MS);
  const calls = await listActiveCallRows(deps.db, { since, extension: input.extension, limit: input.limit });
  return Promise.all(calls.map((call) => screenPop(deps, input.actor, call)));
}

/** Recent calls, newest first (missed or unlinked ones to call back or put on a case: `isLinked=false`). */
export async function listCalls(deps: Deps, input: { actor: Actor; isLinked?: boolean; extension?: string; limit: number; cursor?: string }) {
  assertCanTelephony(input.actor, "read");
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const after = cursor && typeof cursor.v === "string" && !Number.isNaN(Date.parse(cursor.v)) ? { at: new Date(cursor.v), id: cursor.id } : undefined;
  if (cursor && !after) throw new AppError("validation_failed", {}, [{ path: "cursor", code: "invalid_cursor" }]);
  const rows = await listCallRows(deps.db, { isLinked: input.isLinked, extension: input.extension, after, limit: input.limit });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.firstReceivedAt.toISOString(), id: last.id }) : null };
}

async function screenPop(deps: Deps, actor: Actor, call: CallRow): Promise<ScreenPop> {
  const linkedCase = call.caseId ? await getCase(deps, { actor, caseId: call.caseId }) : null;
  if (!call.externalNumber) return { call, contacts: [], companies: [], linkedCase };
  const found = await lookupCaller(deps, { actor, phone: call.externalNumber });
  const companyIds = [...new Map(found.contacts.map((c) => [c.customerId, c.customerName])).entries()];
  const companies = await Promise.all(
    companyIds.map(async ([id, name]) => {
      const open = await searchCases(deps, { actor, customerId: id, status: OPEN_STATUSES, sort: "createdAt", order: "desc", limit: OPEN_CASES_PER_COMPANY });
      return { id, name, contracts: found.contracts.filter((c) => c.customerId === id), openCases: open.items };
    }),
  );
  return { call, contacts: found.contacts, companies, linkedCase };
}
