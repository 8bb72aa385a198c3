import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { fieldError } from "./field-error.js";
import { assertStaff, assertStockManager } from "./inventory.policy.js";
import { findPart, findPartByNumber, listPartRows } from "./inventory.repository.js";

export type PartFields = { partNumber: string; vendor: string; model?: string | null; description: string; compatibleModels?: string[]; isSerialised: boolean };

/** Adds a part to the catalogue (R20): part number (FRU), vendor, model, description, compatible equipment, serialised or counted. */
export async function createPart(deps: Deps, input: { actor: Actor; part: PartFields; isDemo?: boolean; tx?: Db }) {
  assertStockManager(input.actor, "catalogue");
  const now = deps.clock.now();
  return inTransaction(input.tx ?? deps.db, async (tx) => {
    if (await findPartByNumber(tx, input.part.partNumber)) throw new AppError("duplicate", { field: "partNumber" }, [{ path: "body.partNumber", code: "duplicate" }]);
    return tx.insertInto("parts").values({
      partNumber: input.part.partNumber, vendor: input.part.vendor, model: input.part.model ?? null, description: input.part.description,
      compatibleModels: JSON.stringify(input.part.compatibleModels ?? []), isSerialised: input.part.isSerialised, isDemo: input.isDemo ?? false, createdAt: now, updatedAt: now,
    }).returningAll().executeTakeFirstOrThrow();
  });
}

/** Changes a part's description, model or compatible equipment; whether it is serialised is fixed once stock exists. */
export async function updatePart(deps: Deps, input: { actor: Actor; partId: string; version: number; changes: Partial<Omit<PartFields, "partNumber" | "isSerialised">> }) {
  assertStockManager(input.actor, "catalogue");
  const { compatibleModels, ...rest } = input.changes;
  const updated = await deps.db.updateTable("parts")
    .set((eb) => ({ ...rest, ...(compatibleModels ? { compatibleModels: JSON.stringify(compatibleModels) } : {}), updatedAt: deps.clock.now(), version: eb("version", "+", 1) }))
    .where("id", "=", input.partId).where("version", "=", input.version).returningAll().executeTakeFirst();
  if (updated) return updated;
  if (!(await findPart(deps.db, input.partId))) throw notFound("part");
  throw new AppError("version_conflict");
}

export async function listParts(deps: Deps, input: { actor: Actor; q?: string; limit: number }) {
  assertStaff(input.actor, "part");
  return listPartRows(deps.db, { q: input.q?.trim() || undefined, limit: input.limit });
}

export async function getPart(deps: Deps, input: { actor: Actor; partId: string }) {
  assertStaff(input.actor, "part");
  const part = await findPart(deps.db, input.partId);
  if (!part) throw notFound("part");
  return part;
}

/** A part named in a body: refused with the field named when it does not exist. */
export async function requirePart(db: Db, partId: string, path = "partId") {
  const part = await findPart(db, partId);
  if (!part) throw fieldError(path, "unknown_part");
  return part;
}
