/** Customer companies, contacts, sites, contracts and equipment, their change trail; caller look-up by phone or e-mail. */
export { customersRoutes } from "./customers.routes.js";
export { masterDataRoutes } from "./master-data.routes.js";
export { createCustomer } from "./create-customer.js";
export { updateCustomer } from "./update-customer.js";
export { createContact, updateContact } from "./save-contact.js";
export { createSite, updateSite } from "./save-site.js";
export { createContract } from "./create-contract.js";
export { updateContract } from "./update-contract.js";
export { addEquipment, updateEquipment } from "./save-equipment.js";
export { getCustomer, listCustomers, lookupCaller, searchContacts } from "./read-customers.js";
export { normalizePhone } from "./phone.js";
export {
  contactsByQuery, contractByNoQuery, contractServiceTerms, findContact, findContactByName, findContract, findContractByNo, findCustomer, findCustomerByName, findContactsBy, findEquipment,
  findEquipmentBySerial, findSite, findSiteByName,
} from "./customers.repository.js";
export { type ChangeSource } from "./change-trail.repository.js";
export { contractNoSchema } from "./customers.schemas.js";
