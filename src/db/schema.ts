/**
 * The database as Kysely sees it: each module's tables (its `tables.ts`) composed into one `DB`,
 * plus the few tables of the platform itself. Every type is re-exported here, so code may import
 * a table type from this file or from its module's `tables.ts`.
 */
import type { Timestamp } from "./column-types.js";
import type { AuthTables } from "../auth/tables.js";
import type { CustomersTables } from "../customers/tables.js";
import type { CasesTables } from "../cases/tables.js";
import type { RostersTables } from "../rosters/tables.js";
import type { JobsTables } from "../jobs/tables.js";
import type { NotifyTables } from "../notify/tables.js";
import type { SlaTables } from "../sla/tables.js";
import type { AttachmentsTables } from "../attachments/tables.js";
import type { TelephonyTables } from "../telephony/tables.js";
import type { SurveysTables } from "../surveys/tables.js";
import type { IntakeTables } from "../intake/tables.js";
import type { ListTables } from "../lists/tables.js";
import type { InventoryTables } from "../inventory/tables.js";
import type { RmaTables } from "../rma/tables.js";
import type { MaintenanceTables } from "../maintenance/tables.js";

export type * from "./column-types.js";
export type * from "../auth/tables.js";
export type * from "../customers/tables.js";
export type * from "../cases/tables.js";
export type * from "../rosters/tables.js";
export type * from "../jobs/tables.js";
export type * from "../notify/tables.js";
export type * from "../sla/tables.js";
export type * from "../attachments/tables.js";
export type * from "../telephony/tables.js";
export type * from "../surveys/tables.js";
export type * from "../intake/tables.js";
export type * from "../lists/tables.js";
export type * from "../inventory/tables.js";
export type * from "../rma/tables.js";
export type * from "../maintenance/tables.js";

/** A per-client limit's count, in rate-limiter-flexible's layout: `expire` is the window's end in epoch milliseconds. */
export interface RateLimitsTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  createdAt: Timestamp;
}

export interface DB
  extends AuthTables,
    CustomersTables,
    CasesTables,
    RostersTables,
    JobsTables,
    NotifyTables,
    SlaTables,
    AttachmentsTables,
    TelephonyTables,
    SurveysTables,
    IntakeTables,
    ListTables,
    InventoryTables,
    RmaTables,
    MaintenanceTables {
  appSecrets: AppSecretsTable;
  rateLimits: RateLimitsTable;
}
