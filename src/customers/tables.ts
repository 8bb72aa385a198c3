// Customers, contacts, sites, contracts, equipment and their change trail: the table types (the migrations create the tables).
import type { ColumnType, Generated } from "kysely";
import type { Json, ServiceTargets, Timestamp } from "../db/column-types.js";

export interface CustomersTable {
  id: Generated<string>;
  name: string;
  shortName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ContactsTable {
  id: Generated<string>;
  customerId: string;
  name: string;
  phone: string | null;
  phoneNormalized: string | null;
  mobile: string | null;
  mobileNormalized: string | null;
  email: string | null;
  address: string | null;
  title: string | null;
  isDesignated: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SitesTable {
  id: Generated<string>;
  customerId: string;
  name: string;
  address: string | null;
  city: string | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ContractsTable {
  id: Generated<string>;
  contractNo: string;
  customerId: string;
  title: string | null;
  startsOn: ColumnType<string | null, string | null, string | null>;
  endsOn: ColumnType<string | null, string | null, string | null>;
  serviceHours: Generated<string>;
  targets: Json<ServiceTargets>;
  /** the business calendar the clocks of its cases count in; null: the service-level policy's */
  calendarId: ColumnType<string | null, string | null | undefined, string | null>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ContractSitesTable {
  contractId: string;
  siteId: string;
}

export interface EquipmentTable {
  id: Generated<string>;
  contractId: string;
  siteId: string | null;
  vendor: string;
  model: string;
  serial: string | null;
  description: string | null;
  warrantyEndsOn: ColumnType<string | null, string | null, string | null>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type MasterDataEntity = "customer" | "contact" | "site" | "contract" | "equipment";

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
export interface MasterDataChangesTable {
  id: Generated<string>;
  entity: MasterDataEntity;
  entityId: string;
  customerId: string;
  action: "created" | "updated";
  source: "api" | "import";
  actorId: string | null;
  at: Timestamp;
  before: Json<Record<string, unknown> | null> | null;
  after: Json<Record<string, unknown>>;
}

/** The customers module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface CustomersTables {
  customers: CustomersTable;
  contacts: ContactsTable;
  sites: SitesTable;
  contracts: ContractsTable;
  contractSites: ContractSitesTable;
  equipment: EquipmentTable;
  masterDataChanges: MasterDataChangesTable;
}
