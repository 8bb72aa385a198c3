import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../../test/helpers.js";
import { durationFigures, durationFiguresSql, type DurationFigures } from "./statistics.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

const inDatabase = async (values: number[]) => {
  const { rows } = await sql<DurationFigures>`SELECT ${durationFiguresSql(sql.ref("v"))} FROM unnest(${values}::float8[]) AS t(v)`.execute(database.db);
  return rows[0]!;
};

/** A small deterministic generator, so a failure can be replayed. */
function numbers(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % max;
  };
}

describe("the duration figures the database counts", () => {
  it("are the ones worked out by hand: median of an even count rounded half up, p90 the ⌈0.9·n⌉-th", async () => {
    expect(await inDatabase([])).toEqual({ count: 0, medianMs: null, p90Ms: null, maxMs: null });
    expect(await inDatabase([45, 20])).toEqual({ count: 2, medianMs: 33, p90Ms: 45, maxMs: 45 });
    expect(await inDatabase([5, 5, 10, 20, 20, 35, 40])).toEqual({ count: 7, medianMs: 20, p90Ms: 40, maxMs: 40 });
    expect(await inDatabase([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toMatchObject({ medianMs: 6, p90Ms: 10 });
  });

  it("equal durationFigures on every count from 1 to 120, with ties and values of years in milliseconds", async () => {
    const next = numbers(14);
    for (let n = 1; n <= 120; n++) {
      const spread = n % 3 === 0 ? 7 : 40_000_000_000;
      const values = Array.from({ length: n }, () => next(spread));
      expect(await inDatabase(values), `n = ${n}: ${values.join(",")}`).toEqual(durationFigures(values));
    }
  });
});
