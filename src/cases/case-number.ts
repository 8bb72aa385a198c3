/**
 * Case numbers look like C2611-000042: "C", the year and month the case was opened (in the
 * centre's time zone), and a number from one database sequence shared by every instance. The
 * sequence never hands a value out twice, even when a transaction rolls back, so numbers are
 * unique and never reused; such a rollback leaves a gap, which is harmless.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
// ICU's formatting costs more than the rest of the number; the month is the same all minute long
let lastPrefix = { timeZone: "", minute: NaN, prefix: "" };

export function formatCaseNumber(sequenceValue: number, openedAt: Date, timeZone: string): string {
  return `${monthPrefix(openedAt, timeZone)}-${String(sequenceValue).padStart(6, "0")}`;
}

function monthPrefix(openedAt: Date, timeZone: string): string {
  const minute = Math.floor(openedAt.getTime() / 60_000);
  if (lastPrefix.timeZone === timeZone && lastPrefix.minute === minute) return lastPrefix.prefix;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en", { timeZone, year: "2-digit", month: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(openedAt);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  lastPrefix = { timeZone, minute, prefix: `C${year}${month}` };
  return lastPrefix.prefix;
}

export const CASE_NUMBER_PATTERN = /^C\d{4}-\d{6,}$/;
