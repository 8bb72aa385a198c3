import type { Actor } from "../auth/index.js";
import type { ServiceTargets } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { assertCanCustomer } from "./customer.policy.js";
import { findContractByNo, findCustomer } from "./customers.repository.js";
import { inTransaction } from "../db/transaction.js";

export type EquipmentInput = { siteId?: string | null; vendor: string; model: string; serial?: string | null; description?: string | null };

export type CreateContractInput = {
  actor: Actor;
  customerId: string;
  contractNo: string;
  title?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  serviceHours?: string;
  targets?: ServiceTargets;
  siteIds?: string[];
  equipment?: EquipmentInput[];
  isDemo?: boolean;
};

/** Records a service contract: the sites it covers, the equipment (vendor/model/serial) and per-fault-level targets. */
export async function createContract(deps: Deps, input: CreateContractInput) {
  assertCanCustomer(input.actor, "manage_contracts");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  if (await findContractByNo(deps.db, input.contractNo)) throw new AppError("duplicate", { field: "contractNo" });
  const siteIds = [...new Set([...(input.siteIds ?? []), ...(input.equipment ?? []).flatMap((e) => (e.siteId ? [e.siteId] : []))])];
  if (siteIds.length > 0) {
    const owned = await deps.db.selectFrom("sites").select("id").where("id", "in", siteIds).where("customerId", "=", input.customerId).execute();
    if (owned.length !== siteIds.length) {
      throw new AppError("validation_failed", {}, [{ path: "body.siteIds", code: "invalid_value" }]);
    }
  }
  if (input.startsOn && input.endsOn && input.startsOn > input.endsOn) {
    throw new AppError("validation_failed", {}, [{ path: "body.endsOn", code: "range_order" }]);
  }
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const contract = await tx
      .insertInto("contracts")
      .values({
        customerId: input.customerId,
        contractNo: input.contractNo,
        title: input.title ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        serviceHours: input.serviceHours ?? "7x24",
        targets: JSON.stringify(input.targets ?? {}),
        isDemo: input.isDemo ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (siteIds.length > 0) {
      await tx.insertInto("contractSites").values(siteIds.map((siteId) => ({ contractId: contract.id, siteId }))).execute();
    }
    if (input.equipment?.length) {
      await tx
        .insertInto("equipment")
        .values(input.equipment.map((e) => ({
          contractId: contract.id,
          siteId: e.siteId ?? null,
          vendor: e.vendor,
          model: e.model,
          serial: e.serial ?? null,
          description: e.description ?? null,
          createdAt: now,
        })))
        .execute();
    }
    return contract;
  });
}
