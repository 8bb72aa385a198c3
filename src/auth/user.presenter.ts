import type { UserRow } from "../db/schema.js";

export function presentUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    customerId: user.customerId,
    language: user.language,
    isActive: user.isActive,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
export type UserView = ReturnType<typeof presentUser>;
