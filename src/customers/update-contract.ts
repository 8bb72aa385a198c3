import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordUpdate, type ChangeSource } from "./change-trail.repository.js";
import { assertDateOrder, unknownCalendarAsFieldError, type ContractFields } from "./contract-rules.js";
import { assertCanEdit } from "./customer.policy.js";
import { findContract, findContractByNo } from "./customers.repository.js";


/**
 * Changes a contract: its dates, the business calendar and per-level targets its cases' clocks
 * use from now on (cases already open keep the terms their clocks started with), and its
 * number. A stale version is refused; the change goes into the trail.
 */
export async function updateContract(
  deps: Deps,
  input: { actor: Actor; contractId: string; expectedVersion?: number; source?: ChangeSource } & ContractFields,
) {
  const contract = await findContract(deps.db, input.contractId);
  if (!contract) throw notFound("contract");
  assertCanEdit(input.actor, "manage_contracts", contract.customerId, "contract");
  if (input.contractNo !== undefined) {
    const namesake = await findContractByNo(deps.db, input.contractNo);
    if (namesake && namesake.id !== contract.id) throw new AppError("duplicate", { field: "contractNo" });
  }
  assertDateOrder(input.startsOn === undefined ? contract.startsOn : input.startsOn, input.endsOn === undefined ? contract.endsOn : input.endsOn);
  const now = deps.clock.now();
  return unknownCalendarAsFieldError(() => inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("contracts")
      .set((eb) => ({
        contractNo: input.contractNo,
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        serviceHours: input.serviceHours,
        calendarId: input.calendarId,
        targets: input.targets === undefined ? undefined : JSON.stringify(input.targets),
        updatedAt: now,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", contract.id)
      .where("version", "=", input.expectedVersion ?? contract.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordUpdate(tx, { entity: "contract", entityId: contract.id, customerId: contract.customerId, actor: input.actor, at: now, source: input.source }, contract, updated);
    return updated;
  }));
}
