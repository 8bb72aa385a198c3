import { createRequire } from "node:module";
import type PDFKitDocument from "pdfkit";

/**
 * A PDF document that writes Chinese and Latin text alike: Noto Sans SC (regular and bold) comes
 * from an npm package, so a fresh machine with only Node and npm renders it, and pdfkit embeds just
 * the glyphs used (a subset), which keeps a report of a few pages at a few hundred KB.
 */
const require = createRequire(import.meta.url);
const FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc";
export const CJK_REGULAR = "cjk-regular";
export const CJK_BOLD = "cjk-bold";

// loaded on first use, not at start: an idle server need not hold it
const loadPdfkit = () => require("pdfkit") as typeof PDFKitDocument;

const fontFiles = {
  [CJK_REGULAR]: require.resolve(`${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`),
  [CJK_BOLD]: require.resolve(`${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`),
};

export type PdfInfo = { title: string; author?: string; subject?: string; language: "zh-CN" | "en" };

/** An A4 document with both weights registered and the regular one selected. */
export function cjkDocument(info: PdfInfo): PDFKit.PDFDocument {
  const PDFDocument = loadPdfkit();
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true, // so page numbers can be written once the page count is known
    info: { Title: info.title, Author: info.author ?? "casedesk", Subject: info.subject ?? info.title },
    lang: info.language,
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, file);
  doc.font(CJK_REGULAR);
  return doc;
}

/** Writes "page n / total" at the foot of every page, then ends the document. */
export function finishWithPageNumbers(doc: PDFKit.PDFDocument, label: (page: number, total: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc.font(CJK_REGULAR).fontSize(8).fillColor("#666666")
      .text(label(index + 1, range.count), doc.page.margins.left, doc.page.height - 30, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "center",
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}

/** The finished document as bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument, write: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    write(doc);
  });
}
