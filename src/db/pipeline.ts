import type { CompiledQuery } from "kysely";
import type pg from "pg";
import Query from "pg/lib/query.js";
import Result from "pg/lib/result.js";
import pgUtils from "pg/lib/utils.js";

/**
 * A script's statements (src/db/script.ts), or a hot statement alone, sent to PostgreSQL as one
 * pipeline of the extended protocol: Parse (once per connection), Bind and Execute for each
 * statement, then a single Sync.
 * That is one round trip, and PostgreSQL runs the statements in one implicit transaction that the
 * Sync commits, or rolls back at the first error (inside BEGIN … COMMIT they join it). Unlike the
 * same statements as a text of literals, nothing is quoted, and each is parsed once per
 * connection: PostgreSQL keeps its parse tree, and its plan once a generic one pays.
 *
 * `pg` has no such batch, but it takes any object with a `submit(connection)` for a query (pg-cursor
 * is one): this is one, writing the protocol's messages through the connection's own methods.
 */

/** The prepared statements' names, by text, for every connection alike; a name is never reused for another text. */
const nameByText = new Map<string, string>();
// texts beyond this many are sent unnamed (parsed each time): a text built freshly per request
// must not grow every connection's prepared statements without end
const MAX_NAMED = 500;

function nameOf(text: string): string {
  let name = nameByText.get(text);
  if (name === undefined && nameByText.size < MAX_NAMED) {
    name = `casedesk_${nameByText.size + 1}`;
    nameByText.set(text, name);
  }
  return name ?? "";
}

type Connection = {
  parsedStatements: Record<string, string>;
  stream: { cork?(): void; uncork?(): void };
  parse(message: { text: string; name: string }): void;
  bind(message: { portal: string; statement: string; values: readonly unknown[]; valueMapper: (value: unknown) => unknown }): void;
  describe(message: { type: "P"; name: string }): void;
  execute(message: { portal: string; rows: number }): void;
  close(message: { type: "S"; name: string }): void;
  sync(): void;
};

const asIs = (value: unknown) => value;

type Field = { name: string; dataTypeID: number; format: string };

// names whose Parse went out in a pipeline that failed: they may or may not exist on the server,
// so the next pipeline on that connection closes them before parsing again (closing a statement
// that does not exist is no error)
const uncertain = new WeakMap<Connection, Set<string>>();

// a Query to `pg`, which takes no other custom query on a connection in pipeline mode (src/db/script-lanes.ts)
class Pipeline extends Query {
  /** set by the caller; `pg` wraps it with its query timeout */
  override callback: (error: Error | null, result?: pg.QueryResult) => void = () => undefined;
  /** `pg` gives it the client's type parsers */
  override readonly _result = new Result();
  private completed = 0;
  private failed: Error | undefined;
  private parsedNow: string[] = [];

  constructor(private readonly statements: readonly CompiledQuery[]) {
    super({ text: "" });
  }

  submit(connection: Connection): Error | null {
    // every value converted before a byte is written: a failure halfway would leave the statements
    // before it to be committed by the Sync
    let values: unknown[][];
    try {
      values = this.statements.map((statement) => statement.parameters.map(pgUtils.prepareValue));
    } catch (error) {
      return error as Error;
    }
    this.connection = connection;
    const unsure = uncertain.get(connection);
    connection.stream.cork?.();
    try {
      // every Parse before the first Execute: a failing statement cannot leave a later one unparsed
      // on the server while marked as parsed here (a pipelined connection has sent more behind it)
      // (the unnamed statement is one slot, so each unnamed one is parsed just before its Bind)
      const names = this.statements.map((statement) => {
        const name = nameOf(statement.sql);
        if (name !== "" && connection.parsedStatements[name] === undefined) {
          if (unsure?.delete(name)) connection.close({ type: "S", name });
          connection.parse({ text: statement.sql, name });
          connection.parsedStatements[name] = statement.sql;
          this.parsedNow.push(name);
        }
        return name;
      });
      this.statements.forEach((statement, index) => {
        if (names[index] === "") connection.parse({ text: statement.sql, name: "" });
        connection.bind({ portal: "", statement: names[index]!, values: values[index]!, valueMapper: asIs });
        // only the first statement's rows are answered, so only its columns are asked for
        if (index === 0) connection.describe({ type: "P", name: "" });
        connection.execute({ portal: "", rows: 0 });
      });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  private connection: Connection | undefined;

  handleRowDescription(message: { fields: Field[] }) {
    if (this.completed === 0) this._result.addFields(message.fields);
  }

  handleDataRow(message: { fields: unknown[] }) {
    if (this.completed === 0 && !this.failed) {
      try {
        this._result.addRow(this._result.parseRow(message.fields));
      } catch (error) {
        this.failed = error as Error;
      }
    }
  }

  handleCommandComplete(message: { text: string }) {
    if (this.completed === 0) this._result.addCommandComplete(message);
    this.completed += 1;
  }

  handleEmptyQuery() {
    this.completed += 1;
  }

  handlePortalSuspended() {}
  handleCopyInResponse() {}
  handleCopyData() {}

  handleError(error: Error) {
    // the server skipped what followed the failure, Parse messages included
    if (this.connection && this.parsedNow.length > 0) {
      let unsure = uncertain.get(this.connection);
      if (!unsure) uncertain.set(this.connection, (unsure = new Set()));
      for (const name of this.parsedNow) {
        delete this.connection.parsedStatements[name];
        unsure.add(name);
      }
    }
    this.callback(error);
  }

  handleReadyForQuery() {
    if (this.failed) this.handleError(this.failed);
    else this.callback(null, this._result as unknown as pg.QueryResult);
  }
}

/** Sends the statements as one pipeline on the client; answers the first statement's result. */
export function runPipeline(client: pg.ClientBase, statements: readonly CompiledQuery[]): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    const pipeline = new Pipeline(statements);
    pipeline.callback = (error, result) => (error ? reject(error) : resolve(result!));
    client.query(pipeline as unknown as pg.QueryConfig);
  });
}

/** Forgets every statement this process prepared on the client (after DEALLOCATE ALL). */
export function forgetPrepared(client: pg.ClientBase) {
  const connection = (client as unknown as { connection: Connection }).connection;
  for (const name of Object.keys(connection.parsedStatements)) delete connection.parsedStatements[name];
  uncertain.delete(connection);
}
