// `npm run gen:api`: writes the web client's API types from the OpenAPI document of the sources
// in this checkout (no server, no database).
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { openApiDocument } from "../src/app.js";
import { API_TYPES_FILE, renderApiTypes } from "./api-types.js";

writeFileSync(API_TYPES_FILE, await renderApiTypes(await openApiDocument()));
console.log(`wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
