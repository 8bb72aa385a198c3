import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Config } from "../config.js";
import type { Db } from "../db/database.js";
import { findSecret, insertSecretOnce } from "./inbound.repository.js";

/**
 * Signed Message-IDs: the outgoing mail of a case carries `<cd.<case>.<tag>.<mac>@<domain>>`, where
 * the mac is an HMAC over case and tag under the installation's secret. A reply's In-Reply-To or
 * References naming such an id threads into that case; an id in our shape with a wrong mac
 * (someone naming a case they never received mail about) is recognised as forged and ignored.
 */
const SHAPE = /^<?cd\.([0-9a-f]{32})\.([0-9a-f]{1,32})\.([0-9a-f]{24})@[^<>\s@]+>?$/i;
const SECRET_NAME = "message-id-signing";
const cache = new WeakMap<Config, Promise<Buffer>>();

/** The signing key: derived from CASEDESK_SECRET when set, else from a secret made once and kept in the database. */
export function threadKey(db: Db, config: Config, now: Date): Promise<Buffer> {
  let key = cache.get(config);
  if (!key) {
    key = loadKey(db, config, now);
    cache.set(config, key);
    key.catch(() => cache.delete(config));
  }
  return key;
}

async function loadKey(db: Db, config: Config, now: Date): Promise<Buffer> {
  let secret = config.casedeskSecret;
  if (!secret) {
    // every instance reads the same row: the first writer wins, the others find its value
    await insertSecretOnce(db, { name: SECRET_NAME, value: randomBytes(32).toString("hex"), createdAt: now });
    secret = (await findSecret(db, SECRET_NAME))!;
  }
  return createHmac("sha256", secret).update("casedesk message-id v1").digest();
}

const mac = (key: Buffer, caseHex: string, tag: string) => createHmac("sha256", key).update(`${caseHex}.${tag}`).digest("hex").slice(0, 24);

/** The domain of our Message-IDs: the sender address's domain (SMTP_FROM), else "casedesk". */
export function messageIdDomain(smtpFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(smtpFrom)?.[1];
  return domain && domain.length <= 200 ? domain.toLowerCase() : "casedesk";
}

/** A signed Message-ID for one message about a case; `seed` (the notification's key) makes it unique and stable across retries. */
export function signedMessageId(key: Buffer, caseId: string, seed: string, domain: string): string {
  const caseHex = caseId.replaceAll("-", "").toLowerCase();
  const tag = createHash("sha256").update(seed).digest("hex").slice(0, 16);
  return `<cd.${caseHex}.${tag}.${mac(key, caseHex, tag)}@${domain}>`;
}

export type IdCheck = { kind: "ours"; caseId: string } | { kind: "forged" } | { kind: "foreign" };

/** Whether a Message-ID is one of ours (and for which case), a forgery in our shape, or someone else's. */
export function checkMessageId(key: Buffer, id: string): IdCheck {
  const match = SHAPE.exec(id.trim());
  if (!match) return { kind: "foreign" };
  const caseHex = match[1]!.toLowerCase();
  const tag = match[2]!.toLowerCase();
  const given = Buffer.from(match[3]!.toLowerCase());
  const expected = Buffer.from(mac(key, caseHex, tag));
  if (!timingSafeEqual(given, expected)) return { kind: "forged" };
  const caseId = `${caseHex.slice(0, 8)}-${caseHex.slice(8, 12)}-${caseHex.slice(12, 16)}-${caseHex.slice(16, 20)}-${caseHex.slice(20)}`;
  return { kind: "ours", caseId };
}
