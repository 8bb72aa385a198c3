-- Each instance keeps in memory what hardly ever changes and is read on every request: the actor
-- behind an API token or a session, and the service terms of a contract (SLA policy, binding and
-- the contract's own targets). A change of the tables behind them tells every instance, on
-- commit, to drop what it holds (src/db/shared-cache.ts). Statement-level, so a statement
-- touching many rows is one notification; identical ones in a transaction fold into one.
-- Inserting a session or a token changes nothing cached (only found rows are kept).
CREATE FUNCTION casedesk_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('casedesk_cache', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER users_cache_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER api_tokens_cache_changed AFTER UPDATE OR DELETE OR TRUNCATE ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER sessions_cache_changed AFTER UPDATE OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER sla_policies_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sla_policies
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER sla_policy_bindings_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sla_policy_bindings
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
CREATE TRIGGER contracts_cache_changed AFTER UPDATE OR DELETE OR TRUNCATE ON contracts
  FOR EACH STATEMENT EXECUTE FUNCTION casedesk_cache_changed();
