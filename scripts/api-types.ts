import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { fileURLToPath } from "node:url";

/** Where the web client's generated types live (committed; `npm run gen:api` rewrites it). */
export const API_TYPES_FILE = fileURLToPath(new URL("../web/src/api/schema.d.ts", import.meta.url));

const HEADER = `/**
 * The casedesk HTTP API as TypeScript types, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: change the server's zod schemas and run \`npm run gen:api\`
 * (test/api-types.test.ts fails while this file and the server disagree).
 */

`;

/** The text of web/src/api/schema.d.ts for an OpenAPI document. */
export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}
