import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openForCommand } from "../src/app.js";
import { benchConfig, openSession, type Target } from "./engines.js";
import { measureRawTransactions, RAW_POOL_SIZE, type RawTransactions } from "./raw-transactions.js";

/** The raw ceiling at one concurrency, measured when asked. */
export type Ceiling = { measure(concurrency: number): Promise<RawTransactions>; close(): Promise<void> };

/**
 * The raw ceiling measured again just before each HTTP run at the same concurrency, so that a
 * ratio compares two runs seconds apart rather than minutes: on a shared machine the ceiling
 * itself moves by a third within the hour. On PostgreSQL it runs in the app's database beside the
 * idle server. PGlite's folder belongs to the server's process, so there it runs on a second
 * PGlite in a folder of its own, migrated as the app's is: the ceiling's tables are empty copies
 * of `cases` and `case_activities` either way.
 */
export async function openPairedCeiling(target: Target, options: { seconds: number; warmupSeconds: number; database?: string }): Promise<Ceiling> {
  const measureOn = (on: Target, pglite?: Parameters<typeof measureRawTransactions>[1]) => async (concurrency: number) => {
    const [run] = await measureRawTransactions(on, pglite, { concurrencies: [concurrency], ...options, poolSize: RAW_POOL_SIZE });
    return run!;
  };
  if (target.engine === "postgres") return { measure: measureOn(target), close: async () => undefined };

  const own: Target = { engine: "pglite", dataDir: mkdtempSync(join(tmpdir(), "casedesk-bench-ceiling-")) };
  try {
    const { database } = await openForCommand(benchConfig(own));
    await database.close();
    const session = await openSession(own);
    return {
      measure: measureOn(own, session.pglite),
      close: async () => {
        await session.close();
        rmSync(own.dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(own.dataDir, { recursive: true, force: true });
    throw error;
  }
}
