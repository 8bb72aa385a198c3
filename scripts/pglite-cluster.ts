// Remakes src/db/pglite-empty-cluster.tar.br with the installed PGlite's initdb (after a PGlite
// upgrade, when test/pglite-cluster.test.ts says the stored one differs): npm run pglite:cluster
import { statSync } from "node:fs";
import { EMPTY_CLUSTER, packEmptyCluster } from "../src/db/pglite-cluster.js";

await packEmptyCluster(EMPTY_CLUSTER);
console.log(`wrote ${EMPTY_CLUSTER} (${(statSync(EMPTY_CLUSTER).size / 1024).toFixed(0)} KB)`);
