import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../config.js";

/**
 * Survey links: 128 random bits (22 base64url characters, short enough for one text message with
 * the URL), stored only as a SHA-256 hash.
 */
export const newSurveyToken = () => randomBytes(16).toString("base64url");
export const surveyTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
export const SURVEY_TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** The short link sent by e-mail and SMS: PUBLIC_URL/s/<token>. */
export function surveyUrl(config: Config, token: string): string {
  const base = (config.publicUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, "");
  return `${base}/s/${token}`;
}
