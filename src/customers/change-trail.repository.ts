import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { MasterDataEntity } from "../db/schema.js";
import { auditedFieldsOf, changedFields } from "./change-trail.js";

export type ChangeSource = "api" | "import";
type Fields = Record<string, unknown>;

export type ChangeRecord = {
  entity: MasterDataEntity;
  entityId: string;
  customerId: string;
  actor: Actor;
  at: Date;
  source?: ChangeSource;
};

/** Appends "created" to the trail, with every audited field as the after value. Run it in the write's transaction. */
export async function recordCreation(tx: Db, change: ChangeRecord, row: object): Promise<void> {
  await insertChange(tx, change, "created", null, auditedFieldsOf(change.entity, row));
}

/** Appends "updated" with the fields that changed; nothing when none did. Run it in the write's transaction. */
export async function recordUpdate(tx: Db, change: ChangeRecord, before: object, after: object): Promise<void> {
  const diff = changedFields(change.entity, before, after);
  if (diff) await insertChange(tx, change, "updated", diff.before, diff.after);
}

async function insertChange(tx: Db, change: ChangeRecord, action: "created" | "updated", before: Fields | null, after: Fields) {
  await tx
    .insertInto("masterDataChanges")
    .values({
      entity: change.entity,
      entityId: change.entityId,
      customerId: change.customerId,
      action,
      source: change.source ?? "api",
      actorId: change.actor.kind === "user" ? change.actor.id : null,
      at: change.at,
      before: before === null ? null : JSON.stringify(before),
      after: JSON.stringify(after),
    })
    .execute();
}

/** One record's trail, oldest first, with each actor's name. */
export function changesOf(db: Db, entity: MasterDataEntity, entityId: string, limit = 500) {
  return db
    .selectFrom("masterDataChanges")
    .leftJoin("users", "users.id", "masterDataChanges.actorId")
    .selectAll("masterDataChanges")
    .select(["users.name as actorName"])
    .where("masterDataChanges.entity", "=", entity)
    .where("masterDataChanges.entityId", "=", entityId)
    .orderBy("masterDataChanges.id")
    .limit(limit)
    .execute();
}
