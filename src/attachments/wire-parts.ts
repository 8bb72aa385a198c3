import type { Readable } from "node:stream";

/**
 * Counts the parts of a multipart/form-data body as its bytes go by, so a part the parser
 * dropped without a word can be noticed: busboy skips a part whose name or file name holds a
 * CR or LF, one without a form-data Content-Disposition, and one whose headers never end.
 * Call it in the same tick as the parser starts reading `raw`; the returned function gives the
 * number of parts seen so far (every delimiter before the closing one starts a part).
 */
export function countWireParts(raw: Readable, contentType: string | undefined): () => number {
  const boundary = boundaryOf(contentType);
  if (boundary === null) return () => 0;
  // the parser reads the body as if it began with a line break, so the first delimiter needs none
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let carry = Buffer.from("\r\n");
  let parts = 0;
  let isClosed = false;
  const scan = (chunk: Buffer, isLast: boolean) => {
    if (isClosed) return;
    const bytes = Buffer.concat([carry, chunk]);
    // a delimiter is judged once the two bytes after it are here: `--` closes the body
    const judgeable = isLast ? bytes.length : bytes.length - delimiter.length - 1;
    for (let at = bytes.indexOf(delimiter); at !== -1 && at < judgeable; at = bytes.indexOf(delimiter, at + delimiter.length)) {
      const after = at + delimiter.length;
      if (bytes[after] === DASH && bytes[after + 1] === DASH) {
        isClosed = true;
        raw.off("data", onData);
        return;
      }
      parts++;
    }
    carry = bytes.subarray(Math.max(0, judgeable));
  };
  const onData = (chunk: Buffer | string) => scan(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk), false);
  raw.on("data", onData);
  raw.once("end", () => scan(Buffer.alloc(0), true));
  return () => parts;
}

const DASH = 0x2d;

/** The boundary parameter as busboy reads it: a token, or a quoted string with backslash escapes. */
function boundaryOf(contentType: string | undefined): string | null {
  const match = /;\s*boundary\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(contentType ?? "");
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : match[2]!;
}
