import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * The one form phone numbers are stored and looked up in: E.164 (+8613800138000). Chinese
 * numbers are read as a dispatcher types them: +86, 0086, spaces, dashes, brackets, a trunk 0 and
 * landline area codes (010-12345678 → +861012345678). Returns null for what is not a number.
 */
export function normalizePhone(input: string | null | undefined): string | null {
  if (!input) return null;
  const parsed = parsePhoneNumberFromString(input, "CN");
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.number;
}
