/**
 * Runs `fn` once every earlier call with the same key has settled. Notes on one case from this
 * instance go one after another this way: each reads the chain head the one before it wrote,
 * where two at once would read the same head, and one of them, its script refused, would be sent
 * again. Other instances' appends are still refused and sent again (src/cases/add-note.ts).
 * `fn` must not itself wait for a call with its own key: that call would wait for it.
 */
const tails = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
