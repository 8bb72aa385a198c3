/** Spreadsheet imports: customers, contacts, contracts and equipment from the XLSX/CSV template, dry run first, applied in one transaction. */
export { importRequestBodies, importsRoutes } from "./imports.routes.js";
export { importMasterData, type ImportReport } from "./import-master-data.js";
export { masterDataTemplate } from "./master-data-template.js";
// the spare-parts catalogue import reads its sheet the same way
export { readSpreadsheet, UnreadableFile } from "./read-spreadsheet.js";
