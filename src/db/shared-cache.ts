import {
  DeleteQueryNode, InsertQueryNode, TableNode, UpdateQueryNode, AliasNode,
  type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow,
} from "kysely";
import type { Database, Listening } from "./database.js";

/** What is cached, and the tables whose change drops it (migration 0032 NOTIFYs their names). */
const TOPIC_TABLES = {
  actors: ["users", "api_tokens", "sessions"],
  serviceTerms: ["sla_policies", "sla_policy_bindings", "contracts"],
  // a typed caller's contract, contact and codes, found or not (migration 0037)
  callers: ["contracts", "contacts", "customers", "vendors", "case_types"],
} as const;
export type CacheTopic = keyof typeof TOPIC_TABLES;

export const CACHE_CHANNEL = "casedesk_cache";
const MAX_ENTRIES = 10_000;
// a backstop only: a change is heard at once; this bounds what a change rolled back after being read could leave
const MAX_AGE_MS = 60_000;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Per-instance memory of what hardly ever changes, dropped across instances by LISTEN/NOTIFY:
 * the triggers of migration 0032 NOTIFY the table's name on commit, whoever wrote (this
 * instance, another, the CLI, psql). This instance also drops a topic the moment one of its own
 * queries writes such a table (`plugin`), so its next request never sees what it has just
 * changed. A value loaded while a change was under way is not kept (generations). Nothing is
 * cached while the LISTEN connection is down: what was sent meanwhile is lost.
 */
export class SharedCache {
  readonly #entries = new Map<CacheTopic, Map<string, { value: unknown; at: number }>>();
  readonly #generations = new Map<CacheTopic, number>();
  #isHearing = false;
  #listening: Listening | undefined;

  /** The cached value, or `load()`'s (kept only if it is a value and nothing changed meanwhile). */
  async get<T>(topic: CacheTopic, key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const hit = this.peek<T>(topic, key);
    if (hit !== undefined) return hit;
    const generation = this.generation(topic);
    const value = await load();
    if (value !== undefined) this.keep(topic, key, value, generation);
    return value;
  }

  /** The cached value, if there is one (for a caller that loads several keys at once). */
  peek<T>(topic: CacheTopic, key: string): T | undefined {
    const hit = this.#topic(topic).get(key);
    return hit && Date.now() - hit.at < MAX_AGE_MS ? (hit.value as T) : undefined;
  }

  /** Taken before loading: `keep` keeps nothing loaded while a change was under way. */
  generation(topic: CacheTopic): number {
    return this.#generations.get(topic) ?? 0;
  }

  keep(topic: CacheTopic, key: string, value: unknown, generation: number): void {
    if (!this.#isHearing || generation !== this.generation(topic)) return;
    const entries = this.#topic(topic);
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { value, at: Date.now() });
  }

  drop(topic: CacheTopic): void {
    this.#generations.set(topic, (this.#generations.get(topic) ?? 0) + 1);
    this.#topic(topic).clear();
  }

  dropAll(): void {
    for (const topic of Object.keys(TOPIC_TABLES) as CacheTopic[]) this.drop(topic);
  }

  /** Drops the topics that depend on this table (snake_case or camelCase). */
  tableChanged(table: string): void {
    const name = snake(table);
    for (const [topic, tables] of Object.entries(TOPIC_TABLES) as [CacheTopic, readonly string[]][]) {
      if (tables.includes(name)) this.drop(topic);
    }
  }

  /** Hears the other instances' changes; caching starts once it does. */
  async listen(database: Database): Promise<void> {
    if (!database.listen) return;
    this.#listening = await database.listen(
      CACHE_CHANNEL,
      (table) => this.tableChanged(table),
      () => {
        this.dropAll();
        this.#isHearing = true;
      },
      () => {
        this.#isHearing = false;
        this.dropAll();
      },
    );
    this.#isHearing = true;
  }

  async close(): Promise<void> {
    this.#isHearing = false;
    this.dropAll();
    await this.#listening?.close();
  }

  /** A Kysely plugin that drops a topic as soon as this instance writes one of its tables. */
  plugin(): KyselyPlugin {
    return {
      transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => {
        const table = writtenTable(args.node);
        if (table) this.tableChanged(table);
        return args.node;
      },
      transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
    };
  }

  #topic(topic: CacheTopic) {
    let entries = this.#entries.get(topic);
    if (!entries) this.#entries.set(topic, (entries = new Map()));
    return entries;
  }
}

function tableName(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableName(node.node);
  return undefined;
}

function writtenTable(node: RootOperationNode): string | undefined {
  if (InsertQueryNode.is(node)) return tableName(node.into);
  if (UpdateQueryNode.is(node)) return tableName(node.table);
  if (DeleteQueryNode.is(node)) return tableName(node.from.froms[0]);
  return undefined;
}
