/** Bounds on waiting for PostgreSQL, so that no request or job waits for a server that is gone. */
export type DatabaseTimeouts = {
  /** opening a connection, or waiting for a free one in the pool */
  connectMs: number;
  /** the server cancels a statement that runs longer; the client gives up QUERY_GRACE_MS later */
  statementMs: number;
  /** the server ends a session left idle inside a transaction this long, freeing its locks */
  idleInTransactionMs: number;
};

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 15_000, idleInTransactionMs: 60_000 };

/** Where lost connections are reported (a pino logger fits). */
export type DatabaseLog = { warn(details: object, message: string): void; info(details: object, message: string): void };

export type PostgresOptions = {
  timeouts?: Partial<DatabaseTimeouts>;
  log?: DatabaseLog;
  /** pipelined connections for scripts outside transactions (src/db/script-lanes.ts); 0: none, the pool serves all */
  lanes?: number;
};

export const silentLog: DatabaseLog = { warn: () => undefined, info: () => undefined };
