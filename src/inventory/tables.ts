import type { ColumnType, Generated } from "kysely";

/** Table shapes of the spare-parts module (src/db/schema.ts's DB extends InventoryTables). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type MovementType = "receive" | "reserve" | "release" | "issue" | "faulty_return" | "transfer" | "transfer_arrived" | "adjust" | "scrap";
export type SerialStatus = "in_stock" | "in_transit" | "issued" | "faulty" | "scrapped";
export type ReservationStatus = "reserved" | "issued" | "released";

export interface PartsTable {
  id: Generated<string>;
  partNumber: string;
  vendor: string;
  model: string | null;
  description: string;
  compatibleModels: ColumnType<string[], string | undefined, string>;
  isSerialised: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface DepotsTable {
  id: Generated<string>;
  name: string;
  customerId: string | null;
  siteId: string | null;
  address: string;
  ownerId: string;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface StockLevelsTable {
  depotId: string;
  partId: string;
  onHand: Generated<number>;
  reserved: Generated<number>;
  inTransit: Generated<number>;
  minLevel: Generated<number>;
  isBelowMin: Generated<boolean>;
  lowCrossings: Generated<number>;
  updatedAt: Timestamp;
}

export interface PartReservationsTable {
  id: Generated<string>;
  caseId: string;
  partId: string;
  depotId: string;
  quantity: number;
  status: ReservationStatus;
  serials: ColumnType<string[], string | undefined, string>;
  faultySerials: ColumnType<string[], string | undefined, string>;
  reservedBy: string | null;
  reservedAt: Timestamp;
  issuedAt: Timestamp | null;
  releasedAt: Timestamp | null;
  faultyReturnedAt: Timestamp | null;
  version: Generated<number>;
}

export interface StockSerialsTable {
  partId: string;
  serial: string;
  depotId: string | null;
  status: SerialStatus;
  caseId: string | null;
  updatedAt: Timestamp;
}

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
export interface StockMovementsTable {
  id: Generated<string>;
  seq: Generated<string>;
  type: MovementType;
  partId: string;
  depotId: string;
  toDepotId: string | null;
  quantity: number;
  serials: Json<string[]>;
  caseId: string | null;
  reservationId: string | null;
  transferId: string | null;
  rmaId: string | null;
  reason: string | null;
  actorId: string | null;
  at: Timestamp;
}

export interface InventoryTables {
  parts: PartsTable;
  depots: DepotsTable;
  stockLevels: StockLevelsTable;
  partReservations: PartReservationsTable;
  stockSerials: StockSerialsTable;
  stockMovements: StockMovementsTable;
}
