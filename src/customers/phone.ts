import { parsePhoneNumberFromString } from "libphonenumber-js";
import { memoizeByText } from "../shared/memo.js";

/**
 * The one form phone numbers are stored and looked up in: E.164 (+8613800138000). Chinese
 * numbers are read as a dispatcher types them: +86, 0086, spaces, dashes, brackets, a trunk 0 and
 * landline area codes (010-12345678 → +861012345678). Returns null for what is not a number.
 */
export function normalizePhone(input: string | null | undefined): string | null {
  return input ? e164(input) : null;
}

// every typed caller's number is parsed on each opening; a centre's callers repeat
const e164 = memoizeByText((input: string): string | null => {
  const parsed = parsePhoneNumberFromString(input, "CN");
  return parsed?.isPossible() ? parsed.number : null;
});
