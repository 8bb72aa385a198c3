import type { Language, Role } from "../db/schema.js";
import { AppError, notFound } from "../shared/errors.js";
import type { Deps } from "../shared/deps.js";
import type { Actor } from "./actor.js";
import { assertCanManageUsers } from "./auth.policy.js";
import { hashPassword } from "./secrets.js";
import { findUserByEmail } from "./users.repository.js";

export type CreateUserInput = {
  actor: Actor;
  email: string;
  name: string;
  role: Role;
  phone?: string | null;
  customerId?: string | null;
  language?: Language;
  password?: string | null;
  isDemo?: boolean;
};

/** Adds a staff member or a customer login (which belongs to exactly one company). */
export async function createUser(deps: Deps, input: CreateUserInput) {
  assertCanManageUsers(input.actor, input.role);
  const customerId = input.customerId ?? null;
  if ((input.role === "customer") !== (customerId !== null)) {
    throw new AppError("validation_failed", {}, [{ path: "customerId", code: "customer_role_mismatch" }]);
  }
  if (customerId) {
    const customer = await deps.db.selectFrom("customers").select("id").where("id", "=", customerId).executeTakeFirst();
    if (!customer) throw notFound("customer");
  }
  if (await findUserByEmail(deps.db, input.email)) throw new AppError("duplicate", { field: "email" });
  const now = deps.clock.now();
  return deps.db
    .insertInto("users")
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      phone: input.phone ?? null,
      customerId,
      language: input.language ?? "zh-CN",
      passwordHash: input.password ? await hashPassword(input.password) : null,
      isDemo: input.isDemo ?? false,
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
