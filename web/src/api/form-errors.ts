import type { FormInstance } from "antd";
import { ApiError } from "./client";

/**
 * Puts a problem+json answer's field errors (already in the user's language) next to the form
 * fields they name; returns the text to show above the form for whatever no field took.
 * `fieldMap` renames server paths to form names ("durationSeconds" → "durationMinutes").
 */
export function applyProblemToForm(form: FormInstance, error: unknown, fieldMap: Record<string, string> = {}): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const registered = new Set(Object.keys(flatten(form.getFieldsValue(true) as Record<string, unknown>)));
  const leftover: string[] = [];
  const fields: Array<{ name: (string | number)[]; errors: string[] }> = [];
  for (const [path, message] of Object.entries(error.byField())) {
    const name = fieldMap[path] ?? path;
    if (registered.has(name)) fields.push({ name: name.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [message] });
    else leftover.push(message);
  }
  form.setFields(fields);
  if (fields.length > 0 && leftover.length === 0) return null;
  return [error.detail ?? error.title, ...leftover].filter(Boolean).join(" ");
}

function flatten(value: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = inner;
    if (inner && typeof inner === "object" && !Array.isArray(inner) && !(inner instanceof Date)) Object.assign(out, flatten(inner as Record<string, unknown>, path));
  }
  return out;
}

/** The message of any error, in the user's language when it came from the server. */
export function errorText(error: unknown, networkMessage: string): string {
  if (error instanceof ApiError) return error.detail ? `${error.title}: ${error.detail}` : error.title;
  if (error instanceof TypeError) return networkMessage;
  return error instanceof Error ? error.message : String(error);
}
