import type { Compilable, CompiledQuery } from "kysely";

/**
 * Hot statements compiled once per shape. Building a query with Kysely (its nodes, the camel-case
 * rewrite, the compiler) cost the write path more CPU than anything else of ours; the text of a
 * statement depends only on its shape, not on its values. So the first call of a shape builds it
 * with a placeholder in place of each value, remembers where each lands among the compiled
 * parameters, and every later call only puts the values in their places. All of the app's Kysely
 * instances share one compiler (PostgreSQL's) and one set of plugins, so one cache serves them all.
 *
 * A builder must pass its placeholders through untouched (no `toLowerCase`, no `JSON.stringify`):
 * a placeholder that does not arrive among the parameters is an error at the shape's first use.
 */
class Placeholder {
  constructor(readonly index: number) {}
}

type Shape = { compiled: CompiledQuery; sources: ({ value: number } | { constant: unknown })[] };

// shapes come from the code, not from input; the cap only guards against a builder keyed by mistake
const MAX_SHAPES = 2_000;
const shapes = new Map<string, Shape>();
const shapeTexts = new Set<string>();

/** Whether the text is a hot statement's (both drivers keep those prepared: src/db/pipeline.ts, src/db/pglite-prepared.ts). */
export const isShapeText = (text: string) => shapeTexts.has(text);

/** The statement `build` makes of `values`, compiled once for `key` (which must name its shape). */
export function compiledByShape<R>(key: string, values: readonly unknown[], build: (placeholders: readonly unknown[]) => Compilable<R>): CompiledQuery<R> {
  let shape = shapes.get(key);
  if (!shape) {
    shape = shapeOf(key, values.length, build);
    if (shapes.size < MAX_SHAPES) {
      shapes.set(key, shape);
      shapeTexts.add(shape.compiled.sql);
    }
  }
  const { compiled, sources } = shape;
  return { ...compiled, parameters: sources.map((s) => ("value" in s ? values[s.value] : s.constant)) } as CompiledQuery<R>;
}

function shapeOf(key: string, count: number, build: (placeholders: readonly unknown[]) => Compilable<unknown>): Shape {
  const placeholders = Array.from({ length: count }, (_, i) => new Placeholder(i));
  const compiled = build(placeholders).compile();
  const sources = compiled.parameters.map((p) => (p instanceof Placeholder ? { value: p.index } : { constant: p }));
  const used = new Set(compiled.parameters.filter((p) => p instanceof Placeholder));
  const lost = placeholders.find((p) => !used.has(p));
  if (lost) throw new Error(`compiledByShape(${key}): value ${lost.index} is not a parameter of the statement`);
  return { compiled, sources };
}

/**
 * An INSERT of plain rows (every value a parameter) compiled once per table, column list and row
 * count: `build` gets the rows with placeholders for values. Rows whose columns differ, or a value
 * that is itself an SQL expression, are built as they are.
 */
export function insertByShape<T extends Record<string, unknown>, R>(name: string, rows: readonly T[], build: (rows: readonly T[]) => Compilable<R>): CompiledQuery<R> {
  const columns = Object.keys(rows[0] ?? {}).filter((c) => rows[0]![c] !== undefined);
  const plain = rows.every((row) => {
    const keys = Object.keys(row).filter((c) => row[c] !== undefined);
    return keys.length === columns.length && keys.every((c, i) => c === columns[i] && !isExpression(row[c]));
  });
  if (!plain) return build(rows).compile();
  const values = rows.flatMap((row) => columns.map((c) => row[c]));
  return compiledByShape(`${name}|${rows.length}|${columns.join(",")}`, values, (placeholders) =>
    build(rows.map((_, r) => Object.fromEntries(columns.map((c, i) => [c, placeholders[r * columns.length + i]])) as T)),
  );
}

const isExpression = (value: unknown) => typeof value === "object" && value !== null && typeof (value as { toOperationNode?: unknown }).toOperationNode === "function";
