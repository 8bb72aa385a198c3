import type { Actor } from "../auth/index.js";
import type { MasterDataEntity } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { changesOf } from "./change-trail.repository.js";
import { assertCanReadHistory } from "./customer.policy.js";
import { findContact, findContract, findCustomer, findEquipment, findSite } from "./customers.repository.js";

const finders: Record<MasterDataEntity, (deps: Deps, id: string) => Promise<unknown>> = {
  customer: (deps, id) => findCustomer(deps.db, id),
  contact: (deps, id) => findContact(deps.db, id),
  site: (deps, id) => findSite(deps.db, id),
  contract: (deps, id) => findContract(deps.db, id),
  equipment: (deps, id) => findEquipment(deps.db, id),
};

/** Every change of one record, oldest first: who, when, from where (screen/API or import), and the fields before and after. */
export async function changeHistory(deps: Deps, input: { actor: Actor; entity: MasterDataEntity; id: string }) {
  assertCanReadHistory(input.actor, input.entity);
  if (!(await finders[input.entity](deps, input.id))) throw notFound(input.entity);
  return changesOf(deps.db, input.entity, input.id);
}
