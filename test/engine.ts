/** Which engine this test run uses, and where the PostgreSQL server is. */
export const TEST_ENGINE = (process.env.CASEDESK_TEST_ENGINE ?? "pglite") as "pglite" | "postgres";
export const TEST_POSTGRES_URL = process.env.CASEDESK_TEST_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";

export function databaseUrlFor(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
