import { fileTypeFromBuffer, fileTypeFromFile, supportedMimeTypes } from "file-type";
import type { SpooledFile } from "./attachment-store.js";

/**
 * What a file really is, from its bytes: `file-type`'s signatures for binary formats; text that
 * is valid UTF-8 is `text/plain`, or `text/html` / `image/svg+xml` / `application/xml` when it
 * looks like markup (browsers would run its scripts); anything else `application/octet-stream`.
 */
export async function sniffType(source: Buffer | SpooledFile): Promise<string> {
  // a spooled upload is read from its file where the format needs it (a zip's entries), never whole
  const found = Buffer.isBuffer(source) ? await fileTypeFromBuffer(source) : await fileTypeFromFile(source.path);
  if (found && found.mime !== "application/xml") return found.mime;
  const head = (Buffer.isBuffer(source) ? source : source.head).subarray(0, 4096);
  if (!isUtf8Text(head)) return found?.mime ?? "application/octet-stream";
  const start = head.toString("utf8").replace(/^\ufeff/, "").trimStart().slice(0, 1024).toLowerCase();
  if (/<svg[\s>]/.test(start)) return "image/svg+xml";
  if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>]|<meta[\s>]/.test(start)) return "text/html";
  if (found || start.startsWith("<?xml")) return "application/xml";
  return "text/plain";
}

function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) return false;
  // a multi-byte character cut at the end of the window is still text
  for (let cut = 0; cut < 4 && cut < head.length; cut++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      continue;
    }
  }
  return false;
}

/** Declared types that name no particular format: the sniffed type is taken as it is. */
const GENERIC = new Set(["", "application/octet-stream", "binary/octet-stream", "application/unknown", "application/x-download", "application/force-download"]);

/** Other names clients use for the same format. */
const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/x-png": "image/png",
  "image/x-tiff": "image/tiff",
  "application/x-pdf": "application/pdf",
  "application/x-zip-compressed": "application/zip",
  "application/x-zip": "application/zip",
  "application/x-gzip": "application/gzip",
  "application/x-rar-compressed": "application/x-rar-compressed",
  "application/vnd.rar": "application/x-rar-compressed",
  "application/x-7z-compressed": "application/x-7z-compressed",
  "application/msword": "application/x-cfb",
  "application/vnd.ms-excel": "application/x-cfb",
  "application/vnd.ms-powerpoint": "application/x-cfb",
  "application/vnd.ms-outlook": "application/x-cfb",
  "message/rfc822": "text/plain",
  "text/xml": "application/xml",
  "application/x-msdos-program": "application/x-msdownload",
  "application/x-dosexec": "application/x-msdownload",
  "application/vnd.microsoft.portable-executable": "application/x-msdownload",
};

/** Office formats are zip files; a client that says "zip" for them is not lying. */
const ZIP_BASED = /^application\/(vnd\.openxmlformats-officedocument\.|vnd\.oasis\.opendocument\.|epub\+zip|java-archive)/;

/** Declared text types that plain text may carry (a log, a CSV, JSON …), but never markup. */
const TEXTUAL = /^(text\/(?!html|xml)[\w.+-]+|application\/(json|x-ndjson|x-yaml|yaml|toml|x-sh|sql|x-log|csv))$/;

export const normaliseType = (type: string | null | undefined) => (type ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Whether the declared type and the bytes agree. A generic or missing declaration agrees with
 * anything; otherwise the two must name the same format (aliases allowed), or the declaration
 * must be a text type and the bytes plain text. Bytes of no recognisable format contradict only a
 * declaration of a format that would have been recognised.
 */
export function typesAgree(declared: string | null | undefined, sniffed: string): boolean {
  const said = normaliseType(declared);
  if (GENERIC.has(said)) return true;
  const canonical = ALIASES[said] ?? said;
  if (canonical === sniffed) return true;
  if (canonical === "application/zip" && ZIP_BASED.test(sniffed)) return true;
  if (ZIP_BASED.test(canonical) && sniffed === "application/zip") return true;
  if (sniffed === "text/plain" && TEXTUAL.test(canonical)) return true;
  // bytes of no format we know (a GBK-encoded log, a vendor's firmware): only a declaration of a
  // format we would have recognised is contradicted by them
  if (sniffed === "application/octet-stream") return !supportedMimeTypes.has(canonical as never);
  return false;
}

/** Types a browser may be told as they are; everything else goes out as octet-stream. */
const SERVED_AS_IS: Record<string, string> = {
  "image/png": "image/png",
  "image/jpeg": "image/jpeg",
  "image/gif": "image/gif",
  "image/webp": "image/webp",
  "image/tiff": "image/tiff",
  "application/pdf": "application/pdf",
  "text/plain": "text/plain; charset=utf-8",
};

export function servedType(sniffed: string): string {
  return SERVED_AS_IS[sniffed] ?? "application/octet-stream";
}

/** Fax images: what a fax machine or fax server produces. */
export const isFaxImage = (sniffed: string) => sniffed === "application/pdf" || sniffed === "image/tiff";
