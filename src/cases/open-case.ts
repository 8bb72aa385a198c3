import { createHash, randomUUID } from "node:crypto";
import type { Actor } from "../auth/index.js";
import {
  findContact, findContactsBy, findContract, findContractByNo, findCustomer, findEquipment, findSite, normalizePhone,
} from "../customers/index.js";
import type { CallerSnapshot, CaseRow, FaultLevel } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { defaultPriority, type Priority } from "./case.js";
import { formatCaseNumber } from "./case-number.js";
import { assertCan } from "./case.policy.js";
import { findCaseById, insertCase, insertCaseStatement, nextCaseSequence } from "./cases.repository.js";
import { caseText } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";
import { isUniqueViolation } from "../db/database-errors.js";
import { assertKnownCodes, throwUnknownCodes } from "../lists/index.js";
import { lookUpTypedCallerCached } from "./typed-caller-lookup.js";
import { askForReservedNumber, dropReservedNumbers } from "./case-number-reserve.js";
import { recordEntry, recordEntryInScript } from "./case-change.js";
import { EMPTY_CHAIN, type NewEntry } from "./activity-log.js";
import type { NoteExtra } from "./add-note.js";

export type OpenCaseInput = {
  actor: Actor;
  subject: string;
  description?: string;
  channel: "phone" | "email" | "web" | "fax";
  vendor: string;
  caseType: string;
  faultLevel: FaultLevel;
  priority?: Priority;
  contactId?: string;
  siteId?: string;
  /** the covered equipment the case concerns */
  equipmentId?: string;
  caller?: Partial<CallerSnapshot> & { name: string };
  idempotencyKey?: string;
  isDemo?: boolean;
  /** files that came with the case (its opening entry names them); see src/attachments */
  attachments?: NonNullable<NoteExtra["attachments"]>;
};

type Resolved = {
  customerId: string | null; contactId: string | null; contractId: string | null; caller: CallerSnapshot;
  /** for the answer, which is built from what the transaction wrote rather than read again */
  customerName: string | null; contractEndsOn: string | null;
  /** the case number's sequence value, taken by the look-up or ahead (lookUpTypedCallerCached) */
  sequenceValue?: number | null;
};

const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);

/**
 * Opens a case (R1–R4, R6): a fresh number, the caller as known right now (from the contact, or
 * as typed and matched against the customer database), and the first log entry. With an
 * Idempotency-Key, a repeated request answers with the case the first one opened.
 */
export async function openCase(deps: Deps, input: OpenCaseInput) {
  assertCan(input.actor, "open");
  // a person picks from the managed lists; casedesk itself (mail intake, demo) sets its own
  // placeholders. A typed caller's look-up checks them in its own statement.
  if (input.actor.kind === "user" && !isTypedCaller(input)) await assertKnownCodes(deps, { vendor: input.vendor, caseType: input.caseType });
  const resolved = await withEquipment(deps, await resolveCaller(deps, input), input.equipmentId);
  if (input.actor.kind === "user" && input.actor.role === "customer") {
    if (resolved.customerId !== input.actor.customerId) throw new AppError("validation_failed", {}, [{ path: "body.contactId", code: "unknown_contact" }]);
  }
  if (input.siteId) {
    const site = await findSite(deps.db, input.siteId);
    if (!site || site.customerId !== resolved.customerId) throw new AppError("validation_failed", {}, [{ path: "body.siteId", code: "unknown_site" }]);
  }
  // only a request with an Idempotency-Key is compared with an earlier one
  const requestHash = input.idempotencyKey
    ? createHash("sha256").update(JSON.stringify({ ...input, actor: undefined, idempotencyKey: undefined, attachments: input.attachments?.map((a) => [a.filename, a.sha256]) })).digest("hex")
    : "";
  const now = deps.clock.now();
  const priority = input.priority ?? defaultPriority(input.faultLevel);
  const description = input.description ?? "";
  const caller = resolved.caller;

  const caseId = randomUUID();
  // the answer's names, known from the look-up: nothing is read back
  const names = { assigneeName: null, customerName: resolved.customerName, contractEndsOn: resolved.contractEndsOn };
  const caseRow = (number: string) => ({
    id: caseId,
    number,
    subject: input.subject,
    description,
    channel: input.channel,
    vendor: input.vendor,
    caseType: input.caseType,
    faultLevel: input.faultLevel,
    priority,
    status: "new" as const,
    customerId: resolved.customerId,
    contactId: resolved.contactId,
    contractId: resolved.contractId,
    siteId: input.siteId ?? null,
    equipmentId: input.equipmentId ?? null,
    caller: JSON.stringify(caller),
    createdBy: input.actor.id,
    createdAt: now,
    updatedAt: now,
    searchAll: caseText({ number, subject: input.subject, description, vendor: input.vendor, caller }),
    isDemo: input.isDemo ?? false,
  });
  const openingEntry = (number: string): NewEntry => ({
    caseId,
    kind: "case.opened",
    visibility: "public",
    actorId: input.actor.id,
    at: now,
    data: {
      number, subject: input.subject, channel: input.channel, vendor: input.vendor, caseType: input.caseType,
      faultLevel: input.faultLevel, priority, caller,
      ...(input.attachments?.length ? { attachments: input.attachments } : {}),
    },
  });

  // the dispatcher's phone path, its number taken by the look-up or ahead: one script, no transaction
  let sequenceValue = resolved.sequenceValue;
  if (sequenceValue != null && !input.idempotencyKey) {
    const number = formatCaseNumber(sequenceValue, now, deps.config.displayTimeZone);
    // this opening's statement takes the number of a later one, while few are held
    const keep = askForReservedNumber(deps.db);
    let taken: number | null = null;
    try {
      const sent = await recordEntryInScript<CaseRow & { nextNumber?: number | string }>(deps, openingEntry(number), {
        caseFacts: { id: caseId, number, customerId: resolved.customerId, contractId: resolved.contractId, faultLevel: input.faultLevel, priority },
        chainHead: EMPTY_CHAIN,
        before: [insertCaseStatement(deps.db, caseRow(number), { takeNextNumber: keep !== undefined })],
      });
      if (sent) {
        const { nextNumber, ...row } = sent.returned[0]!;
        if (nextNumber !== undefined) taken = Number(nextNumber);
        return { case: { ...row, ...names }, replayed: false };
      }
    } catch (error) {
      if (!isNumberTaken(error)) throw error;
      // the sequence was set back under the numbers held: forget them, take a fresh one below
      dropReservedNumbers(deps.db);
      sequenceValue = null;
    } finally {
      keep?.(taken);
    }
  }

  const opened = await inTransaction(deps.db, async (tx) => {
    if (input.idempotencyKey && input.actor.kind === "user") {
      const claimed = await tx
        .insertInto("idempotencyKeys")
        .values({ userId: input.actor.id, key: input.idempotencyKey, requestHash, statusCode: 201, response: "{}", createdAt: now })
        .onConflict((oc) => oc.doNothing())
        .returning("key")
        .executeTakeFirst();
      if (!claimed) {
        const earlier = await tx
          .selectFrom("idempotencyKeys")
          .select(["requestHash", "response"])
          .where("userId", "=", input.actor.id)
          .where("key", "=", input.idempotencyKey)
          .executeTakeFirstOrThrow();
        if (earlier.requestHash !== requestHash) throw new AppError("idempotency_mismatch");
        return { replayed: true as const, id: (earlier.response as { id: string }).id, case: undefined };
      }
    }
    const number = formatCaseNumber(sequenceValue ?? (await nextCaseSequence(tx)), now, deps.config.displayTimeZone);
    const row = await insertCase(tx, caseRow(number), names);
    await recordEntry(deps, tx, openingEntry(number), { caseFacts: row, chainHead: EMPTY_CHAIN });
    if (input.idempotencyKey && input.actor.kind === "user") {
      await tx
        .updateTable("idempotencyKeys")
        .set({ response: JSON.stringify({ id: row.id }) })
        .where("userId", "=", input.actor.id)
        .where("key", "=", input.idempotencyKey)
        .execute();
    }
    return { replayed: false as const, id: row.id, case: row };
  });
  return { case: opened.case ?? (await findCaseById(deps.db, opened.id))!, replayed: opened.replayed };
}

/**
 * The equipment named must be covered by a contract of the caller's company, and by the contract
 * the case is on when it has one; a case with no contract yet takes the equipment's.
 */
async function withEquipment(deps: Deps, resolved: Resolved, equipmentId: string | undefined): Promise<Resolved> {
  if (!equipmentId) return resolved;
  const equipment = await findEquipment(deps.db, equipmentId);
  const contract = equipment ? await findContract(deps.db, equipment.contractId) : undefined;
  if (!contract || (resolved.customerId !== null && contract.customerId !== resolved.customerId)) throw invalid("body.equipmentId", "unknown_equipment");
  if (resolved.contractId !== null && resolved.contractId !== contract.id) throw invalid("body.equipmentId", "equipment_not_on_contract");
  const customer = resolved.customerId === null ? await findCustomer(deps.db, contract.customerId) : undefined;
  return {
    ...resolved,
    customerId: contract.customerId,
    contractId: contract.id,
    customerName: resolved.customerName ?? customer?.name ?? null,
    contractEndsOn: contract.endsOn,
    caller: { ...resolved.caller, company: resolved.caller.company ?? customer?.name ?? null, contractNo: contract.contractNo },
  };
}

async function resolveCaller(deps: Deps, input: OpenCaseInput): Promise<Resolved> {
  if (input.contactId) {
    const contact = await findContact(deps.db, input.contactId);
    if (!contact) throw invalid("body.contactId", "unknown_contact");
    const customer = await findCustomer(deps.db, contact.customerId);
    const contract = input.caller?.contractNo ? await findContractByNo(deps.db, input.caller.contractNo) : await soleContract(deps, contact.customerId);
    if (input.caller?.contractNo && (!contract || contract.customerId !== contact.customerId)) throw invalid("body.caller.contractNo", "unknown_contract");
    return {
      customerId: contact.customerId,
      contactId: contact.id,
      contractId: contract?.id ?? null,
      customerName: customer?.name ?? null,
      contractEndsOn: contract?.endsOn ?? null,
      caller: {
        name: contact.name,
        company: customer?.name ?? null,
        phone: contact.mobile ?? contact.phone,
        email: contact.email,
        address: contact.address ?? customer?.address ?? null,
        contractNo: contract?.contractNo ?? null,
      },
    };
  }
  if (!input.caller) {
    if (input.actor.kind === "user" && input.actor.role === "customer") return callerFromCustomerUser(deps, input.actor.id);
    throw invalid("body.caller", "required");
  }
  const typed = input.caller;
  const { active, contract, match, sequenceValue } = await lookUpTypedCallerCached(deps, {
    codes: input.actor.kind === "user" ? { vendor: input.vendor, caseType: input.caseType } : undefined,
    contractNo: typed.contractNo ?? undefined,
    phone: normalizePhone(typed.phone),
    email: typed.email ?? null,
    // the number is taken ahead only when nothing after the look-up may still refuse the
    // request: an idempotent retry takes none, nor does a case a later check may refuse
    takeNumber: !input.idempotencyKey && !input.equipmentId && !input.siteId && !(input.actor.kind === "user" && input.actor.role === "customer"),
  });
  throwUnknownCodes(active);
  if (typed.contractNo && !contract) throw invalid("body.caller.contractNo", "unknown_contract");
  const customerId = contract?.customerId ?? match?.customerId ?? null;
  // the matched contact's row already names its company
  const customerName = customerId === null ? null : match?.customerId === customerId ? match.customerName : ((await findCustomer(deps.db, customerId))?.name ?? null);
  return {
    customerId,
    contactId: match && match.customerId === customerId ? match.id : null,
    contractId: contract?.id ?? null,
    customerName,
    contractEndsOn: contract?.endsOn ?? null,
    sequenceValue,
    caller: {
      name: typed.name,
      company: typed.company ?? customerName,
      phone: typed.phone ?? null,
      email: typed.email ?? null,
      address: typed.address ?? null,
      contractNo: contract?.contractNo ?? null,
    },
  };
}

const isNumberTaken = (error: unknown) => isUniqueViolation(error, "cases_number_key");

/** The dispatcher's phone path: a caller typed in, not picked from the contacts. */
const isTypedCaller = (input: OpenCaseInput) => !input.contactId && input.caller !== undefined;

async function soleContract(deps: Deps, customerId: string) {
  const contracts = await deps.db.selectFrom("contracts").selectAll().where("customerId", "=", customerId).limit(2).execute();
  return contracts.length === 1 ? contracts[0] : undefined;
}

async function callerFromCustomerUser(deps: Deps, userId: string): Promise<Resolved> {
  const user = await deps.db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow();
  const customer = await findCustomer(deps.db, user.customerId!);
  const [contact] = await findContactsBy(deps.db, { email: user.email }, 1);
  const contract = await soleContract(deps, user.customerId!);
  const ownContact = contact?.customerId === user.customerId ? contact : undefined;
  return {
    customerId: user.customerId,
    contactId: ownContact?.id ?? null,
    contractId: contract?.id ?? null,
    customerName: customer?.name ?? null,
    contractEndsOn: contract?.endsOn ?? null,
    caller: {
      name: ownContact?.name ?? user.name,
      company: customer?.name ?? null,
      phone: ownContact?.mobile ?? ownContact?.phone ?? user.phone,
      email: user.email,
      address: ownContact?.address ?? customer?.address ?? null,
      contractNo: contract?.contractNo ?? null,
    },
  };
}
