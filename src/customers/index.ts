/** Customer companies, contacts, sites, contracts and equipment; caller look-up by phone or e-mail. */
export { customersRoutes } from "./customers.routes.js";
export { createCustomer } from "./create-customer.js";
export { createContact, updateContact } from "./save-contact.js";
export { createSite } from "./create-site.js";
export { createContract } from "./create-contract.js";
export { getCustomer, listCustomers, lookupCaller } from "./read-customers.js";
export { normalizePhone } from "./phone.js";
export { findContact, findContractByNo, findCustomer, findContactsBy, findSite } from "./customers.repository.js";
