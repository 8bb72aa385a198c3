// Users, sessions, API tokens and sign-in attempts: the table types (the migrations create the tables).
import type { ColumnType, Generated, Selectable } from "kysely";
import type { Language, Role, Timestamp, TokenScope } from "../db/column-types.js";

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  customerId: string | null;
  language: Generated<Language>;
  passwordHash: string | null;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  tokenHash: string;
  csrfToken: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  name: string;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
  /** telephony: a scoped token reaches only the routes of its scope (null = its user's full rights) */
  scope: ColumnType<TokenScope | null, TokenScope | null | undefined, never>;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  succeeded: boolean;
  at: Timestamp;
}

export type UserRow = Selectable<UsersTable>;

/** The auth module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
}
