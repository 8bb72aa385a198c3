import type { Deps } from "../shared/deps.js";

export const DEMO_PASSWORD = "casedesk-demo";

/** Placeholder until the demo centre is written. */
export async function seedDemo(_deps: Deps): Promise<{ logins: { role: string; email: string }[] } | null> {
  return null;
}
