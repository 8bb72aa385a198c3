/**
 * A cheap structural pass over a raw message before the real parser sees it: how deeply
 * multiparts nest and how many parts there are. Linear in the size, no recursion, so a message
 * built to exhaust a parser (ten thousand nested multiparts) is measured and refused instead.
 */
export type MimeShape = { depth: number; parts: number };

const BOUNDARY = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i;

export function measureMime(raw: Buffer, stopAt: MimeShape = { depth: Number.POSITIVE_INFINITY, parts: Number.POSITIVE_INFINITY }): MimeShape {
  const text = raw.toString("latin1");
  const stack: string[] = [];
  let depth = 0;
  let parts = 1;
  let inHeader = true;
  let header = "";
  let pos = 0;
  const endHeader = () => {
    // a multipart part opens a level; its boundary lines close it
    if (/^content-type\s*:\s*multipart\//im.test(header)) {
      const boundary = BOUNDARY.exec(header);
      const value = boundary?.[1] ?? boundary?.[2];
      if (value) {
        stack.push(value);
        depth = Math.max(depth, stack.length);
      }
    }
    header = "";
    inHeader = false;
  };
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, "");
    pos = end + 1;
    if (inHeader) {
      if (line === "") endHeader();
      else if (header.length < 64 * 1024) header += (/^[ \t]/.test(line) ? " " : "\n") + line;
      if (pos > text.length && inHeader) endHeader();
      continue;
    }
    if (!line.startsWith("--") || stack.length === 0) continue;
    const delimiter = line.slice(2).trimEnd();
    for (let level = stack.length - 1; level >= 0; level--) {
      const boundary = stack[level]!;
      if (delimiter === boundary) {
        stack.length = level + 1;
        parts++;
        inHeader = true;
        break;
      }
      if (delimiter === `${boundary}--`) {
        stack.length = level;
        break;
      }
    }
    if (depth > stopAt.depth || parts > stopAt.parts) break;
  }
  return { depth, parts };
}
