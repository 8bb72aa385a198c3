import { PGlite } from "@electric-sql/pglite";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPgliteFolder, PGLITE_START_PARAMS as START_PARAMS } from "../src/db/pglite-cluster.js";
import { openPglite } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { TEST_ENGINE } from "./helpers.js";

/**
 * The stored empty cluster a fresh PGlite folder is unpacked from (src/db/pglite-cluster.ts):
 * it must be what the installed PGlite's initdb makes, and a template that does not open must
 * leave initdb to do the work. It concerns PGlite alone, so it runs in the PGlite pass only.
 */
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-cluster-"));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Fingerprint = Record<string, unknown>;
/** What initdb decides: the server's version, the control file's versions, the databases, roles and catalogs. */
async function fingerprint(pglite: PGlite): Promise<Fingerprint> {
  const one = async (sql: string) => (await pglite.query<Record<string, unknown>>(sql)).rows;
  return {
    version: await one("SELECT current_setting('server_version_num') AS v, version() AS text"),
    control: await one("SELECT pg_control_version, catalog_version_no FROM pg_control_system()"),
    databases: await one("SELECT datname, pg_encoding_to_char(encoding) AS encoding, datcollate, datctype, datlocprovider FROM pg_database ORDER BY datname"),
    roles: await one("SELECT rolname, rolsuper, rolcanlogin FROM pg_roles ORDER BY rolname"),
    relations: await one("SELECT md5(string_agg(oid::text || ':' || relname || ':' || relkind::text, ',' ORDER BY oid)) AS h, count(*) AS n FROM pg_class"),
    functions: await one("SELECT md5(string_agg(oid::text || ':' || proname, ',' ORDER BY oid)) AS h, count(*) AS n FROM pg_proc"),
    settings: await one("SELECT name, setting FROM pg_settings WHERE source = 'configuration file' ORDER BY name"),
  };
}

describe.skipIf(TEST_ENGINE !== "pglite")("the stored empty cluster", () => {
  it("is what the installed PGlite's initdb makes (else: npm run pglite:cluster)", async () => {
    const fresh = await PGlite.create(folder(), { startParams: START_PARAMS });
    const expected = await fingerprint(fresh);
    await fresh.close();

    const { pglite: unpacked, made } = await openPgliteFolder(folder());
    expect(made).toBe("unpacked");
    expect(await fingerprint(unpacked)).toEqual(expected);
    await unpacked.close();
  }, 120_000);

  it("takes casedesk's migrations and its data like a cluster initdb made", async () => {
    const database = await openPglite(folder());
    try {
      expect((await migrate(database)).length).toBeGreaterThan(20);
      const user = await database.db.insertInto("users").values({ email: "a@casedesk.test", name: "甲", role: "admin", createdAt: new Date(), updatedAt: new Date() }).returning("name").executeTakeFirstOrThrow();
      expect(user.name).toBe("甲");
    } finally {
      await database.close();
    }
  }, 120_000);

  it("leaves the work to initdb when the template does not open", async () => {
    const broken = join(folder(), "broken.tar.br");
    writeFileSync(broken, "not a cluster");
    const dir = folder();
    const { pglite, made } = await openPgliteFolder(dir, {}, broken);
    expect(made).toBe("initdb");
    expect((await pglite.query<{ n: number }>("SELECT 1 + 1 AS n")).rows).toEqual([{ n: 2 }]);
    await pglite.close();
    // what initdb left opens again as an ordinary folder
    const again = await openPgliteFolder(dir);
    expect(again.made).toBe("opened");
    await again.pglite.close();
  }, 120_000);
});
