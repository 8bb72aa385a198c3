// Remakes src/db/pglite-empty-cluster.tar.br with the installed PGlite's initdb (after a PGlite
// upgrade, when test/pglite-cluster.test.ts says the stored one differs): npm run pglite:cluster
import { writeFileSync } from "node:fs";
import { EMPTY_CLUSTER, packEmptyCluster } from "../src/db/pglite-cluster.js";

const packed = await packEmptyCluster();
writeFileSync(EMPTY_CLUSTER, packed);
console.log(`wrote ${EMPTY_CLUSTER} (${(packed.length / 1024).toFixed(0)} KB)`);
