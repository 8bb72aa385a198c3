import { createHash } from "node:crypto";
import type { Actor } from "../auth/index.js";
import { findContact, findContactsBy, findContractByNo, findCustomer, findSite, normalizePhone } from "../customers/index.js";
import type { CallerSnapshot, FaultLevel } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { defaultPriority, type Priority } from "./case.js";
import { formatCaseNumber } from "./case-number.js";
import { assertCan } from "./case.policy.js";
import { findCaseById, nextCaseSequence } from "./cases.repository.js";
import { caseText } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";
import { recordEntry } from "./case-change.js";
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
  caller?: Partial<CallerSnapshot> & { name: string };
  idempotencyKey?: string;
  isDemo?: boolean;
  /** files that came with the case (its opening entry names them); see src/attachments */
  attachments?: NonNullable<NoteExtra["attachments"]>;
};

type Resolved = { customerId: string | null; contactId: string | null; contractId: string | null; caller: CallerSnapshot };

/**
 * Opens a case (R1–R4, R6): a fresh number, the caller as known right now (from the contact, or
 * as typed and matched against the customer database), and the first log entry. With an
 * Idempotency-Key, a repeated request answers with the case the first one opened.
 */
export async function openCase(deps: Deps, input: OpenCaseInput) {
  assertCan(input.actor, "open");
  const resolved = await resolveCaller(deps, input);
  if (input.actor.kind === "user" && input.actor.role === "customer") {
    if (resolved.customerId !== input.actor.customerId) throw new AppError("validation_failed", {}, [{ path: "body.contactId", code: "unknown_contact" }]);
  }
  if (input.siteId) {
    const site = await findSite(deps.db, input.siteId);
    if (!site || site.customerId !== resolved.customerId) throw new AppError("validation_failed", {}, [{ path: "body.siteId", code: "unknown_site" }]);
  }
  const requestHash = createHash("sha256").update(JSON.stringify({ ...input, actor: undefined, idempotencyKey: undefined, attachments: input.attachments?.map((a) => [a.filename, a.sha256]) })).digest("hex");
  const now = deps.clock.now();
  const priority = input.priority ?? defaultPriority(input.faultLevel);
  const description = input.description ?? "";
  const caller = resolved.caller;

  const caseId = await inTransaction(deps.db, async (tx) => {
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
        return { replayed: true as const, id: (earlier.response as { id: string }).id };
      }
    }
    const number = formatCaseNumber(await nextCaseSequence(tx), now, deps.config.displayTimeZone);
    const searchPublic = caseText({ number, subject: input.subject, description, vendor: input.vendor, caller });
    const row = await tx
      .insertInto("cases")
      .values({
        number,
        subject: input.subject,
        description,
        channel: input.channel,
        vendor: input.vendor,
        caseType: input.caseType,
        faultLevel: input.faultLevel,
        priority,
        status: "new",
        customerId: resolved.customerId,
        contactId: resolved.contactId,
        contractId: resolved.contractId,
        siteId: input.siteId ?? null,
        caller: JSON.stringify(caller),
        createdBy: input.actor.id,
        createdAt: now,
        updatedAt: now,
        searchPublic,
        searchAll: searchPublic,
        isDemo: input.isDemo ?? false,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await recordEntry(deps, tx, {
      caseId: row.id,
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
    if (input.idempotencyKey && input.actor.kind === "user") {
      await tx
        .updateTable("idempotencyKeys")
        .set({ response: JSON.stringify({ id: row.id }) })
        .where("userId", "=", input.actor.id)
        .where("key", "=", input.idempotencyKey)
        .execute();
    }
    return { replayed: false as const, id: row.id };
  });
  const opened = await findCaseById(deps.db, caseId.id);
  return { case: opened!, replayed: caseId.replayed };
}

async function resolveCaller(deps: Deps, input: OpenCaseInput): Promise<Resolved> {
  const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);
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
  const contract = typed.contractNo ? await findContractByNo(deps.db, typed.contractNo) : undefined;
  if (typed.contractNo && !contract) throw invalid("body.caller.contractNo", "unknown_contract");
  const phone = normalizePhone(typed.phone);
  const [match] = await findContactsBy(deps.db, { phone, email: typed.email ?? null }, 1);
  const customerId = contract?.customerId ?? match?.customerId ?? null;
  const customer = customerId ? await findCustomer(deps.db, customerId) : undefined;
  return {
    customerId,
    contactId: match && match.customerId === customerId ? match.id : null,
    contractId: contract?.id ?? null,
    caller: {
      name: typed.name,
      company: typed.company ?? customer?.name ?? null,
      phone: typed.phone ?? null,
      email: typed.email ?? null,
      address: typed.address ?? null,
      contractNo: contract?.contractNo ?? null,
    },
  };
}

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
