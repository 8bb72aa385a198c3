import { describe, expect, it } from "vitest";
import { EXE, HTML, PDF, PNG, SVG, TEXT, TIFF } from "../../test/files.js";
import { servedType, sniffType, typesAgree } from "./content-type.js";

describe(sniffType.name, () => {
  it.each([
    [PNG, "image/png"], [PDF, "application/pdf"], [TIFF, "image/tiff"], [EXE, "application/x-msdownload"],
    [HTML, "text/html"], [SVG, "image/svg+xml"], [TEXT, "text/plain"],
    [Buffer.from("  <script>alert(1)</script>"), "text/html"], [Buffer.from('<?xml version="1.0"?><order/>'), "application/xml"],
    [Buffer.from([0x01, 0x02, 0x00, 0x9f]), "application/octet-stream"], [Buffer.alloc(0), "application/octet-stream"],
  ])("%#: %s", async (bytes, expected) => {
    expect(await sniffType(bytes as Buffer)).toBe(expected);
  });
});

describe(typesAgree.name, () => {
  it.each([
    [null, "application/x-msdownload", true],
    ["application/octet-stream", "image/png", true],
    ["image/png", "image/png", true],
    ["IMAGE/JPG", "image/jpeg", true],
    ["image/png", "application/x-msdownload", false],
    ["image/png", "text/html", false],
    ["application/pdf", "text/html", false],
    ["text/plain", "text/html", false],
    ["text/plain; charset=gbk", "text/plain", true],
    ["text/csv", "text/plain", true],
    ["application/json", "text/plain", true],
    ["text/html", "text/html", true],
    ["application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true],
    ["application/msword", "application/x-cfb", true],
    ["application/pdf", "image/tiff", false],
    ["text/plain", "application/octet-stream", true],
    ["application/x-vendor-firmware", "application/octet-stream", true],
    ["image/png", "application/octet-stream", false],
    ["application/pdf", "application/octet-stream", false],
  ])("declared %s, bytes %s → %s", (declared, sniffed, expected) => {
    expect(typesAgree(declared, sniffed)).toBe(expected);
  });
});

describe(servedType.name, () => {
  it("serves only a few types as themselves", () => {
    expect(servedType("image/png")).toBe("image/png");
    expect(servedType("application/pdf")).toBe("application/pdf");
    expect(servedType("text/plain")).toBe("text/plain; charset=utf-8");
    for (const type of ["text/html", "image/svg+xml", "application/xml", "application/javascript", "application/x-msdownload"]) {
      expect(servedType(type)).toBe("application/octet-stream");
    }
  });
});
