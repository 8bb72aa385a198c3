import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";

/** Passwords: argon2id (memory-hard), the OWASP parameters (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // compare against a throwaway hash when the user is unknown so timing says nothing
  const target = passwordHash ?? (await dummyHash);
  try {
    return (await verify(target, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}
const dummyHash = hash("casedesk-timing-equaliser", ARGON2_OPTIONS);

/** Session and API tokens: 256 random bits; only their SHA-256 is stored. */
export const newToken = (prefix: string) => `${prefix}_${randomBytes(32).toString("base64url")}`;
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
