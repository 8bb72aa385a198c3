import type { Selectable } from "kysely";
import type { CalendarsTable } from "../db/schema.js";

/** A calendar row as the API shows it. */
export const presentCalendar = (c: Selectable<CalendarsTable>) => ({
  id: c.id,
  name: c.name,
  timeZone: c.timeZone,
  weekly: c.weekly,
  makeUpHours: c.makeUpHours,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
