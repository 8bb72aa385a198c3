import { sql } from "kysely";
import { contactsByQuery, contractByNoQuery } from "../customers/index.js";
import type { Db } from "../db/database.js";
import { compiledByShape } from "../db/statement-shapes.js";
import { activeCodeChecks } from "../lists/index.js";
import type { Deps } from "../shared/deps.js";
import { hasReservedNumber, takeReservedNumber } from "./case-number-reserve.js";
import { nextCaseSequence } from "./cases.repository.js";

export type TypedCallerLookup = {
  /** false for a vendor or case type that is not an active code; null when not asked */
  active: { vendor: boolean | null; caseType: boolean | null };
  contract: { id: string; customerId: string; endsOn: string | null; contractNo: string } | undefined;
  /** the best contact with this phone or e-mail (designated first), with its company's name */
  match: { id: string; customerId: string; customerName: string } | undefined;
  /** the case number's sequence value, taken only when asked and everything above passed */
  sequenceValue: number | null;
};

type LookUpInput = { codes?: { vendor: string; caseType: string }; contractNo?: string; phone: string | null; email: string | null; takeNumber: boolean };

/**
 * The look-up through the shared cache (topic `callers`, dropped by any change of the contracts,
 * contacts, customers and managed lists, migration 0037), kept in parts: whether each code is
 * active, and what a contract number, phone and e-mail found (found or not). When every part is
 * there the look-up costs no round trip, and the case number then comes from the numbers taken
 * ahead (src/cases/case-number-reserve.ts). A number is taken only when the checks pass, as in
 * the statement.
 */
export async function lookUpTypedCallerCached(deps: Deps, input: LookUpInput): Promise<TypedCallerLookup> {
  // the statement takes the number only when none is held for later
  const asLoaded = { ...input, takeNumber: input.takeNumber && !hasReservedNumber(deps.db) };
  const cache = deps.cache;
  if (!cache) return withNumber(deps, input, await lookUpTypedCaller(deps.db, asLoaded));
  const keys = {
    vendor: input.codes ? `vendor:${input.codes.vendor}` : null,
    caseType: input.codes ? `case-type:${input.codes.caseType}` : null,
    caller: `caller:${JSON.stringify([input.contractNo?.toUpperCase() ?? null, input.phone || null, input.email?.toLowerCase() || null])}`,
  };
  const vendor = keys.vendor === null ? null : cache.peek<boolean>("callers", keys.vendor);
  const caseType = keys.caseType === null ? null : cache.peek<boolean>("callers", keys.caseType);
  const caller = cache.peek<Pick<TypedCallerLookup, "contract" | "match">>("callers", keys.caller);
  if (vendor !== undefined && caseType !== undefined && caller) return withNumber(deps, input, { active: { vendor, caseType }, ...caller, sequenceValue: null });
  const generation = cache.generation("callers");
  const loaded = await lookUpTypedCaller(deps.db, asLoaded);
  if (keys.vendor !== null && loaded.active.vendor !== null) cache.keep("callers", keys.vendor, loaded.active.vendor, generation);
  if (keys.caseType !== null && loaded.active.caseType !== null) cache.keep("callers", keys.caseType, loaded.active.caseType, generation);
  cache.keep("callers", keys.caller, { contract: loaded.contract, match: loaded.match }, generation);
  return withNumber(deps, input, loaded);
}

async function withNumber(deps: Deps, input: LookUpInput, found: TypedCallerLookup): Promise<TypedCallerLookup> {
  if (found.sequenceValue !== null || !input.takeNumber) return found;
  const passes = found.active.vendor !== false && found.active.caseType !== false && (input.contractNo === undefined || found.contract !== undefined);
  if (!passes) return found;
  return { ...found, sequenceValue: takeReservedNumber(deps.db) ?? (await nextCaseSequence(deps.db)) };
}

/**
 * Everything the dispatcher's phone path of opening a case reads before its transaction, in ONE
 * statement (each was a round trip of its own): the managed-list checks, the contract by its
 * number, the contact by phone or e-mail, and the case's sequence value. The value is taken only
 * when the checks pass (CASE evaluates `nextval` lazily), so a refused request takes no number;
 * one refused later still leaves a gap, as a rolled-back transaction does (src/cases/case-number.ts).
 */
async function lookUpTypedCaller(db: Db, input: LookUpInput): Promise<TypedCallerLookup> {
  const { codes } = input;
  const contractNo = input.contractNo?.toUpperCase() ?? null;
  const phone = input.phone || null;
  const email = input.email?.toLowerCase() || null;
  // one compiled statement per shape: which of the codes, the contract number, the phone and the e-mail were given
  const present = [codes, contractNo, phone, email].map((v) => (v === null || v === undefined ? 0 : 1)).join("");
  const values = [input.takeNumber, ...(codes ? [codes.vendor, codes.caseType] : []), ...(contractNo === null ? [] : [contractNo]), ...(phone ? [phone] : []), ...(email ? [email] : [])];
  const statement = compiledByShape(`typed-caller|${present}`, values, (p) => {
    const rest = p.slice(1) as string[];
    const checks = activeCodeChecks(codes ? { vendor: rest.shift()!, caseType: rest.shift()! } : {});
    const contractParam = contractNo === null ? null : rest.shift()!;
    const contracts = contractParam === null ? contractByNoQuery(db, "").where(sql<boolean>`false`) : contractByNoQuery(db, contractParam);
    const contacts = contactsByQuery(db, { phone: phone && rest.shift()!, lowerEmail: email && rest.shift()! }, 1);
    return db
      .selectFrom(sql<{ one: number }>`(SELECT 1 AS one)`.as("one"))
      .leftJoinLateral(contracts.limit(1).as("k"), (join) => join.onTrue())
      .leftJoinLateral(contacts.as("m"), (join) => join.onTrue())
      .select([
        "k.id as contractId", "k.customerId as contractCustomerId", "k.endsOn as contractEndsOn", "k.contractNo",
        "m.id as contactId", "m.customerId as contactCustomerId", "m.customerName",
        checks.vendor.as("vendorOk"),
        checks.caseType.as("caseTypeOk"),
        sql<string | number | null>`CASE WHEN ${p[0]} AND ${checks.vendor} IS NOT FALSE AND ${checks.caseType} IS NOT FALSE
          AND (${contractParam}::text IS NULL OR k.id IS NOT NULL) THEN nextval('case_number_seq') END`.as("sequenceValue"),
      ]);
  });
  const row = (await db.executeQuery(statement)).rows[0]!;
  return {
    active: { vendor: row.vendorOk, caseType: row.caseTypeOk },
    contract: row.contractId ? { id: row.contractId, customerId: row.contractCustomerId!, endsOn: row.contractEndsOn ?? null, contractNo: row.contractNo! } : undefined,
    match: row.contactId ? { id: row.contactId, customerId: row.contactCustomerId!, customerName: row.customerName! } : undefined,
    sequenceValue: row.sequenceValue === null ? null : Number(row.sequenceValue),
  };
}
