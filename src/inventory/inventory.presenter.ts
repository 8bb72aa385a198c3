import type { Selectable } from "kysely";
import type { MovementRow, PartRow } from "./inventory.repository.js";
import type { PartReservationsTable } from "./tables.js";

/** Rows → API shapes; dates as ISO text. */
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? (JSON.parse(value) as string[]) : []);

export const presentPart = (p: PartRow) => ({ ...p, compatibleModels: list(p.compatibleModels), createdAt: iso(p.createdAt)!, updatedAt: iso(p.updatedAt)! });

export const presentMovement = (m: MovementRow & { partNumber?: string; partDescription?: string; depotName?: string; toDepotName?: string | null; actorName?: string | null }) => ({
  ...m, seq: String(m.seq), serials: list(m.serials), at: iso(m.at)!,
});

export const presentReservation = (r: Selectable<PartReservationsTable> & { partNumber?: string; partDescription?: string; isSerialised?: boolean; depotName?: string }) => ({
  ...r, serials: list(r.serials), faultySerials: list(r.faultySerials), reservedAt: iso(r.reservedAt)!, issuedAt: iso(r.issuedAt), releasedAt: iso(r.releasedAt), faultyReturnedAt: iso(r.faultyReturnedAt),
});

export const presentLevel = (l: { depotId: string; partId: string; onHand: number; reserved: number; inTransit: number; minLevel: number; isBelowMin: boolean }) => ({
  depotId: l.depotId, partId: l.partId, onHand: l.onHand, reserved: l.reserved, available: l.onHand - l.reserved, inTransit: l.inTransit, minLevel: l.minLevel, isBelowMin: l.isBelowMin,
});
