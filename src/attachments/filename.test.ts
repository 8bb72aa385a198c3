import { describe, expect, it } from "vitest";
import { contentDisposition, sanitiseFilename } from "./filename.js";

describe(sanitiseFilename.name, () => {
  it.each([
    ["故障截图.png", "故障截图.png", []],
    ["../../etc/passwd", "passwd", ["path_removed"]],
    ["C:\\Users\\wang\\Desktop\\日志.txt", "日志.txt", ["path_removed"]],
    ["a\u0000b.txt", "ab.txt", ["control_characters_removed"]],
    ["a\r\nSet-Cookie: x=1.txt", "aSet-Cookie_ x=1.txt", ["control_characters_removed", "reserved_characters_replaced"]],
    ["invoice\u202Efdp.exe", "invoicefdp.exe", ["bidi_controls_removed"]],
    ["\u2066secret\u2069.pdf", "secret.pdf", ["bidi_controls_removed"]],
    [".htaccess", "htaccess", ["leading_dots_removed"]],
    ["CON.txt", "_CON.txt", ["reserved_name"]],
    ["..", "attachment", ["leading_dots_removed", "empty"]],
    ["", "attachment", []],
    ["  spaced   out  .pdf", "spaced out .pdf", []],
  ])("%j → %j", (raw, expected, adjustments) => {
    expect(sanitiseFilename(raw)).toEqual({ filename: expected, adjustments });
  });

  it("cuts a 10,000-character name to 200 characters and keeps its extension", () => {
    const { filename, adjustments } = sanitiseFilename(`${"x".repeat(10_000)}.tiff`);
    expect(filename).toHaveLength(200);
    expect(filename.endsWith(".tiff")).toBe(true);
    expect(adjustments).toEqual(["truncated"]);
    expect([...sanitiseFilename("硬".repeat(300)).filename]).toHaveLength(200);
  });

  it("makes lone surrogates well-formed", () => {
    expect(sanitiseFilename("a\uD800b.txt").filename).toBe("a\uFFFDb.txt");
  });
});

describe(contentDisposition.name, () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 5987)", () => {
    expect(contentDisposition("报告 (final).pdf")).toBe("attachment; filename=\"__ (final).pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%28final%29.pdf");
    expect(contentDisposition("it's 100%.txt")).toBe("attachment; filename=\"it's 100_.txt\"; filename*=UTF-8''it%27s%20100%25.txt");
  });

  it("cannot be broken out of, whatever the name", () => {
    const header = contentDisposition("a\"; filename=evil.exe\r\nX: y\\");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toBe("attachment; filename=\"a__ filename=evil.exe__X: y_\"; filename*=UTF-8''a%22%3B%20filename%3Devil.exe%0D%0AX%3A%20y%5C");
  });
});
