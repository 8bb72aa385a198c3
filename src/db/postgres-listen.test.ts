import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_ENGINE } from "../../test/engine.js";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { PostgresListener } from "./postgres-listen.js";

describe.skipIf(TEST_ENGINE !== "postgres")(PostgresListener.name, () => {
  let database: TestDatabase;
  let admin: pg.Client;
  const databaseName = () => new URL(database.url!).pathname.slice(1);
  // the backends of this database that LISTEN, as PostgreSQL counts them
  const listeningBackends = async () =>
    (await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'", [databaseName()])).rows;
  const notify = (channel: string, payload: string) => admin.query(`SELECT pg_notify($1, $2)`, [channel, payload]);

  beforeAll(async () => {
    database = await testDatabase();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });

  it("hears every channel on one connection, each payload by its own channel's listeners only", async () => {
    const listener = new PostgresListener(database.url!);
    const heard: string[] = [];
    const closers = await Promise.all(
      ["casedesk_a", "casedesk_b", "casedesk_c"].map((channel) => listener.listen(channel, (payload) => heard.push(`${channel}:${payload}`))),
    );
    try {
      expect(await listeningBackends()).toHaveLength(1);
      await notify("casedesk_b", "1");
      await notify("casedesk_c", "2");
      await notify("casedesk_other", "3");
      await vi.waitFor(() => expect(heard).toEqual(["casedesk_b:1", "casedesk_c:2"]));

      // one channel's last listener leaves: the others still hear theirs, it is heard no more
      await closers[1]!.close();
      await notify("casedesk_b", "4");
      await notify("casedesk_a", "5");
      await vi.waitFor(() => expect(heard).toEqual(["casedesk_b:1", "casedesk_c:2", "casedesk_a:5"]));
    } finally {
      await closers[0]!.close();
      await closers[2]!.close();
    }
    // the last listener gone, the connection goes too
    await vi.waitFor(async () => expect(await listeningBackends()).toHaveLength(0));
  });

  it("after its connection is killed: every listener hears the loss, then the gap, and hears again", { timeout: 20_000 }, async () => {
    const listener = new PostgresListener(database.url!);
    const events: string[] = [];
    const listenings = await Promise.all(
      ["casedesk_a", "casedesk_b"].map((channel) =>
        listener.listen(channel, (payload) => events.push(`${channel}:${payload}`), () => events.push(`gap ${channel}`), () => events.push(`lost ${channel}`)),
      ),
    );
    try {
      const [backend] = await listeningBackends();
      await admin.query("SELECT pg_terminate_backend($1)", [backend!.pid]);
      await vi.waitFor(() => expect(events).toEqual(expect.arrayContaining(["lost casedesk_a", "lost casedesk_b", "gap casedesk_a", "gap casedesk_b"])), { timeout: 10_000 });
      const [again] = await listeningBackends();
      expect(again!.pid).not.toBe(backend!.pid);
      await notify("casedesk_a", "after");
      await vi.waitFor(() => expect(events).toContain("casedesk_a:after"));
    } finally {
      await Promise.all(listenings.map((l) => l.close()));
    }
  });
});
