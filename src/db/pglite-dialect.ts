import type { PGlite, Transaction } from "@electric-sql/pglite";
import {
  CompiledQuery, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type DatabaseConnection, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type Kysely, type QueryCompiler, type QueryResult,
} from "kysely";
import { runPrepared } from "./pglite-prepared.js";
import { statementsKeptPrepared } from "./script.js";

/**
 * Kysely over PGlite's one connection. Kysely's own PGlite dialect came with 0.29, which asks for
 * Node 22; casedesk runs on Node 20 with Kysely 0.28, so this is that dialect, kept small. As in
 * Kysely's, the one connection is lent to one borrower at a time (a transaction holds it to its
 * end, so no other statement can land inside it, and two transactions never interleave); a
 * transaction is PGlite's exclusive transaction, and savepoints are plain statements inside it.
 */
export class PgliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.pglite);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

/** Hands the connection out in turn: `lock` resolves when the previous borrower has called `unlock`. */
class ConnectionMutex {
  private held: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;
  async lock(): Promise<void> {
    const previous = this.held;
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.release = release;
  }
  unlock(): void {
    const release = this.release;
    this.release = undefined;
    release?.();
  }
}

class PgliteDriver implements Driver {
  private readonly connection: PgliteConnection;
  private readonly mutex = new ConnectionMutex();
  constructor(private readonly pglite: PGlite) {
    this.connection = new PgliteConnection(pglite);
  }
  async init() {
    await this.pglite.waitReady;
  }
  async acquireConnection() {
    await this.mutex.lock();
    return this.connection;
  }
  async releaseConnection() {
    this.mutex.unlock();
  }
  async beginTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).end(true);
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await (connection as PgliteConnection).end(false);
  }
  async savepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`SAVEPOINT ${quoteName(name)}`));
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`ROLLBACK TO SAVEPOINT ${quoteName(name)}`));
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`RELEASE SAVEPOINT ${quoteName(name)}`));
  }
  async destroy() {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

class PgliteConnection implements DatabaseConnection {
  private transaction: Transaction | undefined;
  private finish: ((commit: boolean) => void) | undefined;
  private closed: Promise<unknown> | undefined;

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // a script (src/db/script.ts) or a hot statement alone: prepared once, and the first statement's rows
    const statements = statementsKeptPrepared(compiled.sql, compiled.parameters);
    if (statements) {
      const first = await runPrepared(this.pglite, this.transaction, statements);
      return { numAffectedRows: first?.affectedRows != null ? BigInt(first.affectedRows) : undefined, rows: (first?.rows ?? []) as R[] };
    }
    const { affectedRows, rows } = await (this.transaction ?? this.pglite).query<R>(compiled.sql, compiled.parameters as unknown[], { rowMode: "object" });
    return { numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined, rows: rows ?? [] };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite does not stream query results");
  }

  /** Opens PGlite's exclusive transaction and holds it until `end`. */
  async begin() {
    let begun!: () => void;
    const hasBegun = new Promise<void>((resolve) => (begun = resolve));
    const outcome = new Promise<boolean>((resolve) => (this.finish = resolve));
    this.closed = this.pglite.transaction(async (tx) => {
      this.transaction = tx;
      begun();
      if (!(await outcome)) await tx.rollback();
    });
    // a BEGIN that fails rejects `closed` before `begun`
    await Promise.race([hasBegun, this.closed]);
  }

  async end(commit: boolean) {
    this.finish?.(commit);
    try {
      await this.closed;
    } catch (error) {
      if (commit) throw error;
    } finally {
      this.transaction = undefined;
      this.finish = undefined;
      this.closed = undefined;
    }
  }
}
