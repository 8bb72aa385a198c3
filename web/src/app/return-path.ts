const HERE = "https://casedesk.invalid";

/**
 * The page to go back to after signing in, from `/login?next=…`: a path of this site only. A
 * value with two leading slashes or a backslash (`//evil.example`, `/\evil.example`), a scheme,
 * or a control character (browsers drop tabs and line breaks, which can make `//` out of `/\t/`)
 * gives null, and the caller goes to the user's home instead.
 */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return null;
  if ([...next].some((c) => c === "\\" || c < " " || c === "\u007f")) return null;
  // resolved against this origin, it must stay on it
  const url = new URL(next, HERE);
  return url.origin === HERE ? url.pathname + url.search + url.hash : null;
}
