import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordCreation, type ChangeSource } from "./change-trail.repository.js";
import { assertCanCustomer } from "./customer.policy.js";
import { findContractByNo, findCustomer } from "./customers.repository.js";
import { assertDateOrder, assertSitesOf, insertEquipment, unknownCalendarAsFieldError, type ContractFields, type EquipmentInput } from "./contract-rules.js";

export type CreateContractInput = ContractFields & {
  actor: Actor;
  customerId: string;
  contractNo: string;
  siteIds?: string[];
  equipment?: EquipmentInput[];
  isDemo?: boolean;
  source?: ChangeSource;
};

/** Records a service contract: the sites it covers, the equipment (vendor/model/serial), its calendar and per-fault-level targets. */
export async function createContract(deps: Deps, input: CreateContractInput) {
  assertCanCustomer(input.actor, "manage_contracts");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  if (await findContractByNo(deps.db, input.contractNo)) throw new AppError("duplicate", { field: "contractNo" });
  const siteIds = [...new Set([...(input.siteIds ?? []), ...(input.equipment ?? []).flatMap((e) => (e.siteId ? [e.siteId] : []))])];
  await assertSitesOf(deps.db, input.customerId, siteIds, "body.siteIds");
  assertDateOrder(input.startsOn, input.endsOn);
  const now = deps.clock.now();
  const source = input.source;
  return unknownCalendarAsFieldError(() => inTransaction(deps.db, async (tx) => {
    const contract = await tx
      .insertInto("contracts")
      .values({
        customerId: input.customerId,
        contractNo: input.contractNo,
        title: input.title ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        serviceHours: input.serviceHours ?? "7x24",
        calendarId: input.calendarId ?? null,
        targets: JSON.stringify(input.targets ?? {}),
        isDemo: input.isDemo ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreation(tx, { entity: "contract", entityId: contract.id, customerId: contract.customerId, actor: input.actor, at: now, source }, contract);
    if (siteIds.length > 0) {
      await tx.insertInto("contractSites").values(siteIds.map((siteId) => ({ contractId: contract.id, siteId }))).execute();
    }
    for (const item of input.equipment ?? []) {
      await insertEquipment(tx, { contractId: contract.id, customerId: contract.customerId, actor: input.actor, at: now, source }, item);
    }
    return contract;
  }));
}
