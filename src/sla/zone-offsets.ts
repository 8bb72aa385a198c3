import type { IANAZone } from "luxon";

/**
 * Zone offsets for the working-time arithmetic (calendar.ts): per zone and UTC year, the offset
 * transitions, found once and cached, so that the arithmetic never asks Intl more than a handful
 * of times per call.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;

export type Transition = { at: number; offsetMs: number };
type YearTable = { initialMs: number; transitions: Transition[] };

const SAMPLE_STEP = 7 * DAY;

export class ZoneOffsets {
  readonly #zone: IANAZone;
  readonly #years = new Map<number, YearTable>();

  constructor(zone: IANAZone) {
    this.#zone = zone;
  }

  #raw(at: number): number {
    return Math.round(this.#zone.offset(at) * MINUTE);
  }

  /**
   * Transitions of one UTC year (plus two days either side), sampled weekly and pinned to the
   * second by bisection. Two changes within one week that cancel each other out would go unseen;
   * we know of no zone in the tz database that has done so since 2000.
   */
  #year(year: number): YearTable {
    let table = this.#years.get(year);
    if (table) return table;
    const from = Date.UTC(year, 0, 1) - 2 * DAY;
    const to = Date.UTC(year + 1, 0, 1) + 2 * DAY;
    const transitions: Transition[] = [];
    let previousAt = from;
    let previous = this.#raw(from);
    const initialMs = previous;
    while (previousAt < to) {
      const at = Math.min(previousAt + SAMPLE_STEP, to);
      const offset = this.#raw(at);
      let low = previousAt;
      let lowOffset = previous;
      while (lowOffset !== offset) {
        // the first second in (low, at] whose offset differs from low's
        let lo = low;
        let hi = at;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (this.#raw(mid) === lowOffset) lo = mid;
          else hi = mid;
        }
        const changed = this.#raw(hi);
        transitions.push({ at: hi, offsetMs: changed });
        low = hi;
        lowOffset = changed;
      }
      previousAt = at;
      previous = offset;
    }
    table = { initialMs, transitions };
    this.#years.set(year, table);
    return table;
  }

  offsetMs(at: number): number {
    const table = this.#year(new Date(at).getUTCFullYear());
    let offset = table.initialMs;
    for (const transition of table.transitions) {
      if (transition.at > at) break;
      offset = transition.offsetMs;
    }
    return offset;
  }

  /** The transitions in (after, until], ascending. */
  transitionsIn(after: number, until: number): Transition[] {
    const found: Transition[] = [];
    const last = new Date(until).getUTCFullYear();
    for (let year = new Date(after).getUTCFullYear(); year <= last; year++) {
      for (const transition of this.#year(year).transitions) {
        if (transition.at > until) break;
        // neighbouring years' tables overlap by two days: keep each transition once
        if (transition.at > after && (found.length === 0 || transition.at > found.at(-1)!.at)) found.push(transition);
      }
    }
    return found;
  }

  /** The first transition in (after, until], or null. */
  nextTransition(after: number, until: number): number | null {
    const last = new Date(until).getUTCFullYear();
    for (let year = new Date(after).getUTCFullYear(); year <= last; year++) {
      for (const transition of this.#year(year).transitions) {
        if (transition.at > until) return null;
        if (transition.at > after) return transition.at;
      }
    }
    return null;
  }
}
