import type { Db } from "../db/database.js";

/**
 * Case numbers taken ahead, per database (a process may serve several in tests): each opening on
 * the dispatcher's phone path takes the next number for a later opening in the statement that
 * inserts its own case (`nextval` in its RETURNING), so no opening waits for a round trip before
 * its script. Numbers stay unique and never reused (one sequence), the smallest held handed out
 * first, so one after another an instance's openings get rising numbers; what an instance holds
 * when it stops is a gap, as a rolled-back transaction's number is (src/cases/case-number.ts).
 * Several instances interleave their numbers.
 */
const MAX_HELD = 32;

type Held = { numbers: number[]; asked: number };
const reserves = new WeakMap<Db, Held>();

const heldFor = (db: Db) => {
  let held = reserves.get(db);
  if (!held) reserves.set(db, (held = { numbers: [], asked: 0 }));
  return held;
};

export const hasReservedNumber = (db: Db): boolean => (reserves.get(db)?.numbers.length ?? 0) > 0;

/** The smallest number held, or undefined when none is. */
export const takeReservedNumber = (db: Db): number | undefined => reserves.get(db)?.numbers.shift();

/**
 * Whether the opening about to be written should take a number ahead, and if so the function that
 * keeps it (called with the value, or with null when the statement failed): one per opening in
 * flight, up to MAX_HELD held.
 */
export function askForReservedNumber(db: Db): ((value: number | null) => void) | undefined {
  const held = heldFor(db);
  if (held.numbers.length + held.asked >= MAX_HELD) return undefined;
  held.asked++;
  return (value) => {
    held.asked--;
    if (value === null) return;
    // the smallest first: openings in flight together hand their numbers back in any order
    const at = held.numbers.findIndex((n) => n > value);
    held.numbers.splice(at < 0 ? held.numbers.length : at, 0, value);
  };
}

/** Forgets every number held: the sequence was set back under this instance (an administrator's setval). */
export const dropReservedNumbers = (db: Db): void => void reserves.delete(db);
