/** PDF documents with Chinese text (reports, maintenance reports). */
export { CJK_BOLD, CJK_REGULAR, cjkDocument, finishWithPageNumbers, pdfBytes, type PdfInfo } from "./cjk-document.js";
