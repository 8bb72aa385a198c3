import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { ServiceTargets } from "../db/schema.js";
import { AppError } from "../shared/errors.js";
import { recordCreation, type ChangeSource } from "./change-trail.repository.js";

export type EquipmentInput = {
  siteId?: string | null; vendor: string; model: string; serial?: string | null; description?: string | null; warrantyEndsOn?: string | null;
};

const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);

/** A start after the end is refused, naming the end. */
export function assertDateOrder(startsOn: string | null | undefined, endsOn: string | null | undefined, path = "body.endsOn"): void {
  if (startsOn && endsOn && startsOn.slice(0, 10) > endsOn.slice(0, 10)) throw invalid(path, "range_order");
}

/** Every site named must be one of the company's own. */
export async function assertSitesOf(db: Db, customerId: string, siteIds: string[], path: string): Promise<void> {
  if (siteIds.length === 0) return;
  const owned = await db.selectFrom("sites").select("id").where("id", "in", siteIds).where("customerId", "=", customerId).execute();
  if (owned.length !== new Set(siteIds).size) throw invalid(path, "unknown_site");
}

/**
 * Calendars belong to the service-level module, which builds on this one; the database's
 * foreign key says whether a calendar exists, and this turns its refusal into the field's error.
 */
export async function unknownCalendarAsFieldError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === "23503" && (constraint === undefined || constraint.includes("calendar"))) throw invalid("body.calendarId", "unknown_calendar");
    throw error;
  }
}

/** Adds one piece of covered equipment to a contract, with its "created" entry in the trail. */
export async function insertEquipment(
  tx: Db,
  owner: { contractId: string; customerId: string; actor: Actor; at: Date; source?: ChangeSource },
  item: EquipmentInput,
) {
  const row = await tx
    .insertInto("equipment")
    .values({
      contractId: owner.contractId,
      siteId: item.siteId ?? null,
      vendor: item.vendor,
      model: item.model,
      serial: item.serial ?? null,
      description: item.description ?? null,
      warrantyEndsOn: item.warrantyEndsOn ?? null,
      createdAt: owner.at,
      updatedAt: owner.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordCreation(tx, { entity: "equipment", entityId: row.id, customerId: owner.customerId, actor: owner.actor, at: owner.at, source: owner.source }, row);
  return row;
}

/** What a contract says of itself: created with these, changed by any of them. */
export type ContractFields = {
  contractNo?: string;
  title?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  serviceHours?: string;
  calendarId?: string | null;
  /** replaces the contract's targets: a level left out falls back to the service-level policy's */
  targets?: ServiceTargets;
};
