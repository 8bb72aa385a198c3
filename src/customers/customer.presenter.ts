import type { Selectable } from "kysely";
import type { ContactsTable, ContractsTable, CustomersTable, EquipmentTable, ServiceTargets, SitesTable } from "../db/schema.js";

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
  id: s.id, customerId: s.customerId, name: s.name, address: s.address, city: s.city, createdAt: iso(s.createdAt),
});

export const presentEquipment = (e: Selectable<EquipmentTable>) => ({
  id: e.id, contractId: e.contractId, siteId: e.siteId, vendor: e.vendor, model: e.model, serial: e.serial, description: e.description,
});

type ContractWithParts = Selectable<ContractsTable> & { siteIds?: string[]; equipment?: Selectable<EquipmentTable>[] };

export const presentContract = (c: ContractWithParts) => ({
  id: c.id, contractNo: c.contractNo, customerId: c.customerId, title: c.title,
  startsOn: c.startsOn ? String(c.startsOn).slice(0, 10) : null, endsOn: c.endsOn ? String(c.endsOn).slice(0, 10) : null,
  serviceHours: c.serviceHours, targets: c.targets as ServiceTargets, version: c.version,
  siteIds: c.siteIds ?? [], equipment: (c.equipment ?? []).map(presentEquipment),
});
