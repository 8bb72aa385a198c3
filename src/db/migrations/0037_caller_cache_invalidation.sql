-- The dispatcher's phone path keeps in memory what it looked up about a typed caller: the contract
-- by its number, the contact by phone or e-mail with its company's name, and whether the vendor and
-- case type are active codes (src/cases/typed-caller-lookup.ts). "Not found" is kept too, so an
-- INSERT into these tables must tell every instance as well (migration 0032's contracts trigger
-- did not fire on INSERT: only found rows were kept then).
DROP TRIGGER contracts_cache_changed ON contracts;
CREATE TRIGGER contracts_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contracts
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER contacts_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contacts
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER customers_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER vendors_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON vendors
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER case_types_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_types
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
