import { CompiledQuery } from "kysely";
import pgUtils from "pg/lib/utils.js";
import type { Db } from "./database.js";
import { memoizeByText } from "../shared/memo.js";
import { isShapeText } from "./statement-shapes.js";

/**
 * Statements sent as one script: one round trip, and PostgreSQL runs them one after another in a
 * single implicit transaction, so they commit or roll back together with no BEGIN and COMMIT of
 * their own, and each sees what the ones before it wrote. A NOTIFY among them is delivered on that
 * commit. Each driver sends a script its own way, its statements prepared once: over a socket as
 * one pipeline of the extended protocol (src/db/pipeline.ts), to PGlite as one text of PREPARE and
 * EXECUTE (src/db/pglite-prepared.ts), the values written in as literals quoted by pg's own
 * functions, since that protocol carries no parameters.
 */
const SCRIPT_MARK = "/* casedesk:script */";

/** A script as a query for Kysely to pass on: its mark for text, its statements as the one parameter. */
export class Script {
  constructor(readonly statements: readonly CompiledQuery[]) {}
}

/** Runs the statements as one script and answers the rows of the first (its RETURNING). Inside a transaction, they join it. */
export async function runScript<R>(db: Db, statements: readonly CompiledQuery[]): Promise<R[]> {
  if (statements.length === 0) throw new Error("runScript: no statements");
  const { rows } = await db.executeQuery<R>(CompiledQuery.raw(SCRIPT_MARK, [new Script(statements)]));
  return rows;
}

/** Runs statements whose answers nothing reads: one as it is, several as one script. Inside a transaction, they join it. */
export async function runStatements(db: Db, statements: readonly CompiledQuery[]): Promise<void> {
  if (statements.length === 1) await db.executeQuery(statements[0]!);
  else if (statements.length > 1) await runScript(db, statements);
}

/**
 * What a driver sends as prepared statements (src/db/pipeline.ts, src/db/pglite-prepared.ts): a
 * script's statements, or a hot statement alone (compiled once per shape). Any other query is
 * sent as it is (undefined).
 */
export function statementsKeptPrepared(sqlText: string, parameters: readonly unknown[]): readonly CompiledQuery[] | undefined {
  if (sqlText === SCRIPT_MARK && parameters.length === 1 && parameters[0] instanceof Script) return parameters[0].statements;
  return isShapeText(sqlText) ? [CompiledQuery.raw(sqlText, [...parameters])] : undefined;
}

/** The statement's text with `$n` replaced by its parameter as a quoted literal. */
export function inlineParameters(statement: CompiledQuery): string {
  const { texts, slots } = placesOf(statement.sql);
  let out = texts[0]!;
  for (let k = 0; k < slots.length; k++) {
    const index = slots[k]!;
    if (index >= statement.parameters.length) throw new Error(`runScript: no parameter $${index + 1}`);
    out += literal(statement.parameters[index]) + texts[k + 1]!;
  }
  return out;
}

type Places = { texts: string[]; slots: number[] };

// the hot statements' texts repeat (src/db/statement-shapes.ts), so each is scanned once
const placesOf = memoizeByText(scan, 1_000);

/** The text split at each `$n` outside quotes: the pieces around them and the parameter each stands for. */
function scan(text: string): Places {
  const texts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      i = closingQuote(text, i) + 1;
    } else if (c === "$") {
      const digits = /^\$(\d+)/.exec(text.slice(i, i + 8));
      if (!digits) throw new Error("runScript: dollar quoting is not supported in a script");
      const index = Number(digits[1]) - 1;
      if (index < 0) throw new Error(`runScript: no parameter ${digits[0]}`);
      texts.push(text.slice(from, i));
      slots.push(index);
      i += digits[0].length;
      from = i;
    } else {
      i += 1;
    }
  }
  texts.push(text.slice(from));
  return { texts, slots };
}

function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  for (;;) {
    const end = text.indexOf(quote, i);
    if (end < 0) throw new Error("runScript: unterminated quote in a statement");
    if (text[end + 1] !== quote) return end;
    i = end + 2; // a doubled quote stands for itself
  }
}

/** A value as PostgreSQL reads it, converted as pg converts a parameter (dates, arrays, JSON) and then quoted. */
export function literal(value: unknown): string {
  const prepared = pgUtils.prepareValue(value);
  if (prepared === null) return "NULL";
  // hex digits need no quoting, whatever the server's standard_conforming_strings
  if (Buffer.isBuffer(prepared)) return `decode('${prepared.toString("hex")}', 'hex')`;
  // the simple protocol ends the text at a NUL: refuse, as the server refuses one in a parameter
  if (prepared.includes("\u0000")) throw new Error("runScript: a NUL character in a value");
  return pgUtils.escapeLiteral(prepared);
}
