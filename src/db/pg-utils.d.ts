// pg's own conversion and quoting of values, which it does not declare for TypeScript
declare module "pg/lib/utils.js" {
  const utils: {
    prepareValue(value: unknown): string | Buffer | null;
    escapeLiteral(text: string): string;
  };
  export default utils;
}

// pg's result of one statement, which a custom query (src/db/pipeline.ts) fills as pg's own do
declare module "pg/lib/result.js" {
  class Result {
    rows: unknown[];
    addFields(fields: unknown[]): void;
    parseRow(fields: unknown[]): unknown;
    addRow(row: unknown): void;
    addCommandComplete(message: { text: string }): void;
  }
  export default Result;
}

// pg's query, the class a custom query extends to be taken by a connection in pipeline mode
declare module "pg/lib/query.js" {
  import type { EventEmitter } from "node:events";
  class Query extends EventEmitter {
    constructor(config: { text: string });
    callback: unknown;
    _result: unknown;
  }
  export default Query;
}
