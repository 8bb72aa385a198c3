-- Master data a centre keeps (issue 11, item 4): the calendar a contract's clocks count in, the
-- warranty of covered equipment, versions for every edited record, the equipment a case concerns,
-- and an append-only trail of every change (who, when, before/after).
ALTER TABLE contracts ADD COLUMN calendar_id uuid REFERENCES calendars (id);

ALTER TABLE sites ADD COLUMN version integer NOT NULL DEFAULT 1;

ALTER TABLE equipment ADD COLUMN warranty_ends_on date;
ALTER TABLE equipment ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE equipment ADD COLUMN updated_at timestamptz;
UPDATE equipment SET updated_at = created_at;
ALTER TABLE equipment ALTER COLUMN updated_at SET NOT NULL;

ALTER TABLE cases ADD COLUMN equipment_id uuid REFERENCES equipment (id);

-- contact search by name or e-mail fragment (GET /contacts?q=)
CREATE INDEX contacts_name_idx ON contacts (lower(name));

CREATE TABLE master_data_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity text NOT NULL CHECK (entity IN ('customer', 'contact', 'site', 'contract', 'equipment')),
  entity_id uuid NOT NULL,
  -- the company the record belongs to, so a company's whole history reads in one index scan
  customer_id uuid NOT NULL REFERENCES customers (id),
  action text NOT NULL CHECK (action IN ('created', 'updated')),
  -- 'api' (a screen or an integration) or 'import' (a spreadsheet applied)
  source text NOT NULL CHECK (source IN ('api', 'import')),
  actor_id uuid REFERENCES users (id),
  at timestamptz NOT NULL,
  before jsonb,
  after jsonb NOT NULL
);
CREATE INDEX master_data_changes_entity_idx ON master_data_changes (entity, entity_id, id);
CREATE INDEX master_data_changes_customer_idx ON master_data_changes (customer_id, id);

CREATE TRIGGER master_data_changes_no_update_delete
  BEFORE UPDATE OR DELETE ON master_data_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();

CREATE TRIGGER master_data_changes_no_truncate
  BEFORE TRUNCATE ON master_data_changes
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
