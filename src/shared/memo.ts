/**
 * A pure function of a string, remembered for the strings it has seen: hot paths parse the same
 * few texts again and again (policy durations, callers' numbers, statement texts, message
 * templates). Bounded: when full it starts afresh, since what it holds is only cheaper to keep
 * than to compute. A call that throws is not remembered.
 */
export function memoizeByText<T>(fn: (text: string) => T, max = 1_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = fn(text);
    if (known.size >= max) known.clear();
    known.set(text, value);
    return value;
  };
}
