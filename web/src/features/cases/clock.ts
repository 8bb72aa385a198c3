/**
 * The countdown of a service-level clock, pure: how much is left and which colour it wears.
 * The tones follow the default ladder of a 60-minute response target: reminded at 30 minutes
 * (half), reassigned at 45 (three quarters), breached at 60; other targets scale the same way.
 */
export type ClockTone = "ok" | "warning" | "danger" | "breached" | "paused";
export type ClockLike = { status: string; startedAt: string; dueAt: string | null; targetMs: number; pausedMs?: number; pausedAt?: string | null; breachedAt: string | null };

export const TONE_COLOURS: Record<ClockTone, string> = {
  // dark enough for white text (WCAG AA) on the filled tones
  ok: "#237804",
  warning: "#a35d00",
  danger: "#c2410c",
  breached: "#a8071a",
  paused: "#595959",
};

export function remainingMs(clock: ClockLike, now: number): number | null {
  if (!clock.dueAt) return null;
  if (clock.status === "paused" && clock.pausedAt) return Date.parse(clock.dueAt) - Date.parse(clock.pausedAt);
  return Date.parse(clock.dueAt) - now;
}

export function clockTone(clock: ClockLike, now: number): ClockTone {
  if (clock.status === "paused") return "paused";
  const left = remainingMs(clock, now);
  if (clock.breachedAt || (left !== null && left <= 0)) return "breached";
  if (left === null || clock.targetMs <= 0) return "ok";
  const usedFraction = 1 - left / clock.targetMs;
  if (usedFraction >= 0.75) return "danger";
  if (usedFraction >= 0.5) return "warning";
  return "ok";
}

/** "59:59", "1:02:03", "3d 4:05:06" style; always positive (the caller says overdue or left). */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = hours > 0 || days > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** The clock a board shows for a case: the running response clock, else first response, else resolution. */
export function boardClock<T extends ClockLike & { metric: string }>(clocks: T[]): T | undefined {
  for (const metric of ["response", "first_response", "resolution"]) {
    const found = clocks.filter((clock) => clock.metric === metric && clock.status !== "stopped").sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0];
    if (found) return found;
  }
  return undefined;
}
