import type { Actor } from "../auth/index.js";
import { findContact, findCustomer } from "../customers/index.js";
import type { Db } from "../db/database.js";
import type { CallerSnapshot } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { commitChange } from "./case-change.js";
import { assertCan } from "./case.policy.js";
import { loadCase } from "./load-case.js";

/**
 * Links a case whose caller was not known (mail from an unknown sender) to a contact of the
 * customer database: the case takes the contact's company, its sole contract and the contact's
 * details as the caller, logged before → after. `also` runs in the same transaction.
 */
export async function linkCaseContact(deps: Deps, input: { actor: Actor; caseId: string; contactId: string; expectedVersion?: number; also?: (tx: Db) => Promise<void> }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "update", found);
  const contact = await findContact(deps.db, input.contactId);
  if (!contact) throw new AppError("validation_failed", {}, [{ path: "body.contactId", code: "unknown_contact" }]);
  const customer = await findCustomer(deps.db, contact.customerId);
  const contracts = await deps.db.selectFrom("contracts").select(["id", "contractNo"]).where("customerId", "=", contact.customerId).limit(2).execute();
  const contract = found.customerId === contact.customerId && found.contractId ? { id: found.contractId, contractNo: found.caller.contractNo } : contracts.length === 1 ? contracts[0]! : null;
  const caller: CallerSnapshot = {
    name: contact.name,
    company: customer?.name ?? null,
    phone: contact.mobile ?? contact.phone,
    email: contact.email ?? found.caller.email,
    address: contact.address ?? customer?.address ?? null,
    contractNo: contract?.contractNo ?? null,
  };
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { customerId: contact.customerId, contactId: contact.id, contractId: contract?.id ?? null, caller: JSON.stringify(caller) },
    reindex: true,
    entries: [{
      kind: "case.updated",
      visibility: "internal",
      data: {
        reason: "caller_confirmed",
        changes: {
          contactId: { before: found.contactId, after: contact.id },
          customerId: { before: found.customerId, after: contact.customerId },
          caller: { before: found.caller, after: caller },
        },
      },
    }],
    also: input.also,
  });
}
