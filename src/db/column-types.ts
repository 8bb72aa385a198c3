// Column types and the vocabulary several modules' tables share (roles, languages, fault levels).
import type { ColumnType } from "kysely";

/** Table shapes as Kysely sees them (camelCase through CamelCasePlugin): a timestamp reads as a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type Json<T> = ColumnType<T, string, string>;

export type Tsvector = ColumnType<string, string, string>;

export type Role = "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";

export type Language = "zh-CN" | "en";

export type FaultLevel = "S1" | "S2" | "S3" | "S4";

export type ServiceTarget = { responseMinutes: number; resolutionMinutes: number };

export type ServiceTargets = Partial<Record<FaultLevel, ServiceTarget>>;

export type DateOnly = ColumnType<string, string, string>;

export type TokenScope = "pbx" | "monitoring";
