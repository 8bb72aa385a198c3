/** Managed lists (vendors, case types): what a case's vendor and case type may be, with names in both languages. */
export { listsRoutes } from "./lists.routes.js";
export { addListEntry, assertKnownCodes, changeListEntry, listNames, localizedName, readList, throwUnknownCodes } from "./manage-lists.js";
export { activeCodeChecks } from "./lists.repository.js";
export type { ListEntry, ListKind } from "./lists.repository.js";
