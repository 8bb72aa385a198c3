import type { Selectable } from "kysely";
import type {
  ContactsTable, ContractsTable, CustomersTable, EquipmentTable, MasterDataChangesTable, ServiceTargets, SitesTable,
} from "../db/schema.js";

const iso = (d: Date) => d.toISOString();

export const presentCustomer = (c: Selectable<CustomersTable>) => ({
  id: c.id, name: c.name, shortName: c.shortName, phone: c.phone, email: c.email, address: c.address,
  notes: c.notes, version: c.version, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt),
});

export const presentContact = (c: Selectable<ContactsTable>) => ({
  id: c.id, customerId: c.customerId, name: c.name, phone: c.phone, phoneNormalized: c.phoneNormalized,
  mobile: c.mobile, mobileNormalized: c.mobileNormalized, email: c.email, address: c.address, title: c.title,
  isDesignated: c.isDesignated, version: c.version, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt),
});

export const presentSite = (s: Selectable<SitesTable>) => ({
  id: s.id, customerId: s.customerId, name: s.name, address: s.address, city: s.city, version: s.version, createdAt: iso(s.createdAt),
});

const day = (value: string | null) => (value ? String(value).slice(0, 10) : null);

export const presentEquipment = (e: Selectable<EquipmentTable>) => ({
  id: e.id, contractId: e.contractId, siteId: e.siteId, vendor: e.vendor, model: e.model, serial: e.serial, description: e.description,
  warrantyEndsOn: day(e.warrantyEndsOn), version: e.version,
});

type ContractWithParts = Selectable<ContractsTable> & { siteIds?: string[]; equipment?: Selectable<EquipmentTable>[] };

export const presentContract = (c: ContractWithParts) => ({
  id: c.id, contractNo: c.contractNo, customerId: c.customerId, title: c.title,
  startsOn: day(c.startsOn), endsOn: day(c.endsOn),
  serviceHours: c.serviceHours, calendarId: c.calendarId, targets: c.targets as ServiceTargets, version: c.version,
  siteIds: c.siteIds ?? [], equipment: (c.equipment ?? []).map(presentEquipment),
});

type ChangeRow = Selectable<MasterDataChangesTable> & { actorName: string | null };

export const presentChange = (c: ChangeRow) => ({
  id: String(c.id), entity: c.entity, entityId: c.entityId, action: c.action, source: c.source,
  actor: c.actorId ? { id: c.actorId, name: c.actorName } : null, at: iso(c.at), before: c.before, after: c.after,
});
