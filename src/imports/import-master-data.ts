import type { Actor } from "../auth/index.js";
import {
  addEquipment, createContact, createContract, createCustomer, createSite, findContactByName, findContract, findContractByNo, findCustomerByName,
  findEquipmentBySerial, findSiteByName, updateContact, updateContract, updateCustomer, updateEquipment,
} from "../customers/index.js";
import type { ServiceTargets } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import { listCalendars } from "../sla/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden } from "../shared/errors.js";
import { checkRows, type CheckedRow, type ImportIssue } from "./check-rows.js";
import { KINDS, type Kind } from "./master-data-sheets.js";
import { readSpreadsheet, UnreadableFile } from "./read-spreadsheet.js";

type Outcome = "created" | "updated" | "unchanged";
export type ImportCounts = Record<Kind, Record<Outcome, number>>;
export type ImportReport = { dryRun: boolean; applied: boolean; counts: ImportCounts; issues: ImportIssue[] };

const source = "import" as const;
const IMPORTERS = new Set(["manager", "admin"]);

/** Rolls the transaction back after a dry run, or when a line was refused. */
class RollBack extends Error {}

/**
 * Imports customers, contacts, contracts and equipment from the template (XLSX or CSV). Every
 * line is checked and every bad one reported; only a file without any is applied, in one
 * transaction, through the same use cases as the screens (so each change is in the trail, as an
 * import). A dry run does all of it and rolls back. Records are matched by their natural keys
 * (customer name, customer + contact name, contract number, equipment serial): importing the same
 * file again changes nothing, and an empty cell leaves what is there.
 */
export async function importMasterData(deps: Deps, input: { actor: Actor; bytes: Buffer; dryRun: boolean }): Promise<ImportReport> {
  if (input.actor.kind === "user" && !IMPORTERS.has(input.actor.role)) throw forbidden("master_data.import");
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0 }])) as ImportCounts;
  const report = (issues: ImportIssue[], applied = false) => ({ dryRun: input.dryRun, applied, counts, issues });
  let sheets;
  try {
    sheets = await readSpreadsheet(input.bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return report([{ kind: null, sheet: "", line: null, column: null, code: error.message === "too_many_rows" ? "too_many_rows" : "unreadable_file" }]);
  }
  const checked = checkRows(sheets);
  const issues = [...checked.issues, ...duplicatesInFile(checked.rows)];
  if (issues.length > 0) return report(issues);

  const calendars = new Map((await listCalendars(deps, { actor: input.actor })).map((c) => [c.name.toLowerCase(), c.id]));
  try {
    await inTransaction(deps.db, async (tx) => {
      const txDeps = { ...deps, db: tx };
      for (const kind of KINDS) {
        for (const row of checked.rows.filter((r) => r.kind === kind)) {
          try {
            counts[kind][await APPLY[kind](txDeps, input.actor, row, calendars)]++;
          } catch (error) {
            issues.push(...issuesOf(row, error));
            // the database refused a statement: the transaction can go no further
            if (!(error instanceof AppError)) throw new RollBack();
          }
        }
      }
      if (issues.length > 0 || input.dryRun) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return report(issues, issues.length === 0 && !input.dryRun);
}

type Apply = (deps: Deps, actor: Actor, row: CheckedRow, calendars: Map<string, string>) => Promise<Outcome>;
const str = (row: CheckedRow, key: string) => row.values[key] as string | undefined;
const refused = (column: string, code: string) => new AppError("validation_failed", {}, [{ path: `body.${column}`, code }]);

async function customerNamed(deps: Deps, name: string) {
  const customer = await findCustomerByName(deps.db, name);
  if (!customer) throw refused("customer", "unknown_customer");
  return customer;
}

/** The given fields, those the file left empty left out. */
function given<K extends string>(row: CheckedRow, keys: readonly K[]): Partial<Record<K, string | boolean>> {
  return Object.fromEntries(keys.flatMap((key) => (row.values[key] === undefined ? [] : [[key, row.values[key]]]))) as Partial<Record<K, string | boolean>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(typeof a === "string" && /^\d{4}-\d\d-\d\d/.test(a) ? a.slice(0, 10) : (a ?? null)) === JSON.stringify(b ?? null);
const differs = (existing: object, fields: object) => Object.entries(fields).some(([key, value]) => !same((existing as Record<string, unknown>)[key], value));

const APPLY: Record<Kind, Apply> = {
  customers: async (deps, actor, row) => {
    const name = str(row, "name")!;
    const fields = given(row, ["shortName", "phone", "email", "address", "notes"] as const) as Record<string, string>;
    if (fields.email) fields.email = fields.email.toLowerCase();
    const existing = await findCustomerByName(deps.db, name);
    if (!existing) return (await createCustomer(deps, { actor, name, ...fields, source }), "created");
    if (!differs(existing, fields)) return "unchanged";
    return (await updateCustomer(deps, { actor, customerId: existing.id, ...fields, source }), "updated");
  },

  contacts: async (deps, actor, row) => {
    const customer = await customerNamed(deps, str(row, "customer")!);
    const name = str(row, "name")!;
    const fields = given(row, ["phone", "mobile", "email", "title", "address", "isDesignated"] as const);
    if (typeof fields.email === "string") fields.email = fields.email.toLowerCase();
    const existing = await findContactByName(deps.db, customer.id, name);
    if (!existing) return (await createContact(deps, { actor, customerId: customer.id, name, ...fields, source } as Parameters<typeof createContact>[1]), "created");
    if (!differs(existing, fields)) return "unchanged";
    return (await updateContact(deps, { actor, contactId: existing.id, ...fields, source } as Parameters<typeof updateContact>[1]), "updated");
  },

  contracts: async (deps, actor, row, calendars) => {
    const customer = await customerNamed(deps, str(row, "customer")!);
    const contractNo = str(row, "contractNo")!;
    const calendarName = str(row, "calendar");
    const calendarId = calendarName === undefined ? undefined : calendars.get(calendarName.toLowerCase());
    if (calendarName !== undefined && !calendarId) throw refused("calendar", "unknown_calendar");
    const fields: { title?: string; startsOn?: string; endsOn?: string; calendarId?: string } = {
      ...(given(row, ["title", "startsOn", "endsOn"] as const) as Record<string, string>), ...(calendarId ? { calendarId } : {}),
    };
    const existing = await findContractByNo(deps.db, contractNo);
    if (existing && existing.customerId !== customer.id) throw refused("contractNo", "contract_of_other_customer");
    const fileTargets = targetsOf(row);
    if (!existing) return (await createContract(deps, { actor, customerId: customer.id, contractNo, ...fields, targets: fileTargets, source }), "created");
    const targets = fileTargets ? { ...(existing.targets as ServiceTargets), ...fileTargets } : undefined;
    if (!differs(existing, { ...fields, ...(targets ? { targets } : {}) })) return "unchanged";
    return (await updateContract(deps, { actor, contractId: existing.id, ...fields, targets, source }), "updated");
  },

  equipment: async (deps, actor, row) => {
    const contract = await findContractByNo(deps.db, str(row, "contractNo")!);
    if (!contract) throw refused("contractNo", "unknown_contract");
    const siteName = str(row, "site");
    const site = siteName === undefined ? undefined
      : ((await findSiteByName(deps.db, contract.customerId, siteName)) ?? (await createSite(deps, { actor, customerId: contract.customerId, name: siteName, source })));
    const serial = str(row, "serial");
    const fields = {
      contractId: contract.id, vendor: str(row, "vendor")!, model: str(row, "model")!,
      ...given(row, ["serial", "warrantyEndsOn", "description"] as const) as Record<string, string>, ...(site ? { siteId: site.id } : {}),
    };
    const existing = serial === undefined ? undefined : await findEquipmentBySerial(deps.db, serial);
    if (!existing) return (await addEquipment(deps, { actor, ...fields, source }), "created");
    const owner = await findContract(deps.db, existing.contractId);
    if (owner?.customerId !== contract.customerId) throw refused("serial", "serial_of_other_customer");
    if (!differs(existing, fields)) return "unchanged";
    return (await updateEquipment(deps, { actor, equipmentId: existing.id, ...fields, source }), "updated");
  },
};

function targetsOf(row: CheckedRow): ServiceTargets | undefined {
  const targets: ServiceTargets = {};
  for (const level of ["S1", "S2", "S3", "S4"] as const) {
    const responseMinutes = row.values[`${level}.responseMinutes`];
    const resolutionMinutes = row.values[`${level}.resolutionMinutes`];
    if (typeof responseMinutes === "number" && typeof resolutionMinutes === "number") targets[level] = { responseMinutes, resolutionMinutes };
  }
  return Object.keys(targets).length > 0 ? targets : undefined;
}

const key = (column: string, value: string | undefined) => (value ? { column, key: value } : null);

/** The same natural key twice in one file: the later line is the bad one, and says where the first is. */
function duplicatesInFile(rows: CheckedRow[]): ImportIssue[] {
  const keyOf: Record<Kind, (row: CheckedRow) => { column: string; key: string } | null> = {
    customers: (row) => key("name", str(row, "name")?.toLowerCase()),
    contacts: (row) => key("name", str(row, "customer") && str(row, "name") && `${str(row, "customer")!.toLowerCase()}\u0000${str(row, "name")!.toLowerCase()}`),
    contracts: (row) => key("contractNo", str(row, "contractNo")?.toUpperCase()),
    equipment: (row) => key("serial", str(row, "serial")?.toUpperCase()),
  };
  const firstLines = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const found = keyOf[row.kind](row);
    if (!found) continue;
    const key = `${row.kind}\u0000${found.key}`;
    const first = firstLines.get(key);
    if (first === undefined) firstLines.set(key, row.line);
    else issues.push({ kind: row.kind, sheet: row.sheet, line: row.line, column: found.column, code: "duplicate_in_file", params: { firstLine: first } });
  }
  return issues;
}

/** A use case's refusal as issues of the line: each field error in its column, or the error itself. */
function issuesOf(row: CheckedRow, error: unknown): ImportIssue[] {
  const at = { kind: row.kind, sheet: row.sheet, line: row.line };
  if (!(error instanceof AppError)) return [{ ...at, column: null, code: "rejected_by_database" }];
  if (error.fieldErrors?.length) {
    return error.fieldErrors.map((field) => ({ ...at, column: field.path.replace(/^body\./, "").replace(/^siteIds$/, "site").replace(/^siteId$/, "site"), code: field.code }));
  }
  if (error.code === "duplicate") return [{ ...at, column: String(error.params.field ?? ""), code: "duplicate" }];
  return [{ ...at, column: null, code: error.code }];
}
