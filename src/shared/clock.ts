/** The one source of "now" for domain code; tests pass a clock they move. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move. */
export class ManualClock implements Clock {
  #at: number;
  constructor(start: Date | string = "2026-11-25T02:00:00.000Z") {
    this.#at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#at);
  }
  advance(ms: number): void {
    this.#at += ms;
  }
  set(at: Date | string): void {
    this.#at = new Date(at).getTime();
  }
}
