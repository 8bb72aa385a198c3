import type { Language, Role } from "../db/schema.js";
import { AppError, notFound } from "../shared/errors.js";
import type { Deps } from "../shared/deps.js";
import type { Actor } from "./actor.js";
import { assertCanManageUsers, assertCanSeeUser } from "./auth.policy.js";
import { hashPassword, verifyPassword } from "./secrets.js";
import { findUserById } from "./users.repository.js";
import { inTransaction } from "../db/transaction.js";

export type UpdateUserInput = {
  actor: Actor;
  userId: string;
  expectedVersion?: number;
  name?: string;
  phone?: string | null;
  role?: Role;
  language?: Language;
  isActive?: boolean;
  password?: string;
};

/** Changes a user; disabling one or changing its password ends all of its sessions and tokens' use. */
export async function updateUser(deps: Deps, input: UpdateUserInput) {
  assertCanSeeUser(input.actor);
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw notFound("user");
  assertCanManageUsers(input.actor, user.role);
  if (input.role) assertCanManageUsers(input.actor, input.role);
  if (input.role && (input.role === "customer") !== (user.customerId !== null)) {
    throw new AppError("validation_failed", {}, [{ path: "role", code: "customer_role_mismatch" }]);
  }
  const endsSessions = input.isActive === false || input.password !== undefined;
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("users")
      .set((eb) => ({
        name: input.name,
        phone: input.phone,
        role: input.role,
        language: input.language,
        isActive: input.isActive,
        passwordHash,
        updatedAt: deps.clock.now(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", user.id)
      .where("version", "=", input.expectedVersion ?? user.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    if (endsSessions) await tx.deleteFrom("sessions").where("userId", "=", user.id).execute();
    return updated;
  });
}

/** A user changes its own password, proving the current one; its other sessions end. */
export async function changeOwnPassword(
  deps: Deps,
  input: { actor: Actor; currentPassword: string; newPassword: string },
) {
  if (input.actor.kind !== "user") throw new AppError("forbidden", { action: "user.password" });
  const user = await findUserById(deps.db, input.actor.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("invalid_credentials");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(deps.db, async (tx) => {
    await tx
      .updateTable("users")
      .set((eb) => ({ passwordHash, updatedAt: deps.clock.now(), version: eb("version", "+", 1) }))
      .where("id", "=", user.id)
      .execute();
    await tx.deleteFrom("sessions").where("userId", "=", user.id).execute();
  });
}
