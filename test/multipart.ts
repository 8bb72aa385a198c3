import { randomBytes } from "node:crypto";

export type Part =
  | { name: string; value: string }
  | { name: string; filename?: string; filenameStar?: string; contentType?: string; data: Buffer; rawDisposition?: string };

/**
 * A multipart/form-data body built by hand, so tests can send exactly what a hostile client
 * would: names with NUL, CR/LF, path parts or bidi controls, and any declared type.
 */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----casedesk${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ("value" in part) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n`), Buffer.from(part.value, "utf8"), Buffer.from("\r\n"));
      continue;
    }
    const disposition = part.rawDisposition
      ?? [`form-data; name="${part.name}"`, part.filename !== undefined ? `filename="${part.filename}"` : null, part.filenameStar ? `filename*=UTF-8''${part.filenameStar}` : null].filter(Boolean).join("; ");
    chunks.push(Buffer.from(`Content-Disposition: ${disposition}\r\nContent-Type: ${part.contentType ?? "application/octet-stream"}\r\n\r\n`, "utf8"), part.data, Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
