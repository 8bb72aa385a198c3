import type { Db } from "../db/database.js";
import type { Role, UserRow } from "../db/schema.js";

type Executor = Db;

export const findUserById = (db: Executor, id: string) =>
  db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

export const findUserByEmail = (db: Executor, email: string) =>
  db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();

export type UserFilter = { role?: Role; customerId?: string; isActive?: boolean; limit: number; afterEmail?: string };

export const listUsers = (db: Executor, filter: UserFilter) => {
  let query = db.selectFrom("users").selectAll().orderBy("email").limit(filter.limit + 1);
  if (filter.role) query = query.where("role", "=", filter.role);
  if (filter.customerId) query = query.where("customerId", "=", filter.customerId);
  if (filter.isActive !== undefined) query = query.where("isActive", "=", filter.isActive);
  if (filter.afterEmail) query = query.where("email", ">", filter.afterEmail);
  return query.execute();
};

export const endSessionsOf = (db: Executor, userId: string) =>
  db.deleteFrom("sessions").where("userId", "=", userId).execute();

export type { UserRow };
