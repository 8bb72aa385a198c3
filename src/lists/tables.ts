import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One entry of a managed list: a stable code and its names in both languages. */
export interface ListEntryTable {
  code: string;
  nameZh: string;
  nameEn: string;
  isActive: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ListTables {
  vendors: ListEntryTable;
  caseTypes: ListEntryTable;
}
