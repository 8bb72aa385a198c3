import { AppError } from "./errors.js";

/** Opaque keyset cursors: the last row's sort value and id, base64url JSON. */
export type Cursor = { v: string | number | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.v, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number" || parsed[0] === null) &&
      typeof parsed[1] === "string" &&
      /^[0-9a-f-]{36}$/.test(parsed[1])
    ) {
      return { v: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation_failed", {}, [{ path: "cursor", code: "invalid_cursor" }]);
}

export type Page<T> = { items: T[]; nextCursor: string | null };
