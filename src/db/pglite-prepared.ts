import type { PGlite, Results, Transaction } from "@electric-sql/pglite";
import type { CompiledQuery } from "kysely";
import { isStalePlan } from "./database-errors.js";
import { inlineParameters, literal } from "./script.js";

/**
 * A script's statements, and the hot statements alone, sent to PGlite as prepared statements:
 * `PREPARE` the first time a text is seen, then `EXECUTE name(literals)`, all in one text of the
 * simple protocol. PGlite is one session, so a statement prepared once serves every later call,
 * and its parse and plan (in WebAssembly, slower than the server's) are not done again; the
 * `EXECUTE`s of a script still run as one implicit transaction. The PostgreSQL driver does the
 * same with the extended protocol (src/db/pipeline.ts).
 *
 * PREPARE is not undone by a rollback, and the statements of a failed text after the failure
 * never run, so after a failure the texts prepared in it take new names the next time (the old
 * ones stay, unused). A plan that a change of its table made stale ("cached plan must not change
 * result type") makes every text take a new name; outside a transaction the text is run again.
 */
type Prepared = { byText: Map<string, string>; next: number };

// beyond this many texts, statements are sent with their values written in, parsed each time
const MAX_PREPARED = 500;
const preparedByDatabase = new WeakMap<PGlite, Prepared>();

/** Runs the statements as one text and answers the first one's result. */
export async function runPrepared(pglite: PGlite, transaction: Transaction | undefined, statements: readonly CompiledQuery[], isRetry = false): Promise<Results | undefined> {
  let prepared = preparedByDatabase.get(pglite);
  if (!prepared) preparedByDatabase.set(pglite, (prepared = { byText: new Map(), next: 0 }));
  const prepares: string[] = [];
  const preparedNow: string[] = [];
  const executes = statements.map((statement) => {
    let name = prepared.byText.get(statement.sql);
    if (name === undefined && prepared.byText.size < MAX_PREPARED) {
      name = `casedesk_${++prepared.next}`;
      prepared.byText.set(statement.sql, name);
      prepares.push(`PREPARE ${name} AS ${statement.sql}`);
      preparedNow.push(statement.sql);
    }
    if (name === undefined) return inlineParameters(statement);
    return statement.parameters.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${statement.parameters.map(literal).join(", ")})`;
  });
  try {
    const results = await (transaction ?? pglite).exec([...prepares, ...executes].join(";\n"));
    return results[prepares.length];
  } catch (error) {
    for (const text of preparedNow) prepared.byText.delete(text);
    if (!isStalePlan(error)) throw error;
    prepared.byText.clear();
    if (transaction || isRetry) throw error;
    return runPrepared(pglite, transaction, statements, true);
  }
}
