-- RMA (issue 12): a faulty part sent back to its vendor under a case, worked by the RMA admin
-- through requested → vendor_approved → replacement_dispatched → faulty_returned → closed (or
-- rejected); each step in an append-only log; per-step targets are data.
CREATE SEQUENCE rma_number_seq;

CREATE TABLE rmas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- the case's number and company, fixed when the RMA is opened (a case keeps both for life)
  case_number text NOT NULL,
  customer_id uuid REFERENCES customers (id),
  part_id uuid REFERENCES parts (id),
  faulty_serial text NOT NULL,
  vendor text NOT NULL,
  fault_description text NOT NULL,
  warranty_term text NOT NULL CHECK (warranty_term IN ('repair', 'replace', 'refund')),
  is_under_warranty boolean NOT NULL,
  warranty_basis text NOT NULL,
  warranty_ends_on date,
  status text NOT NULL CHECK (status IN ('requested', 'vendor_approved', 'replacement_dispatched', 'faulty_returned', 'closed', 'rejected')),
  vendor_rma_no text,
  replacement_tracking_no text,
  return_tracking_no text,
  from_depot_id uuid REFERENCES depots (id),
  step_started_at timestamptz NOT NULL,
  step_due_at timestamptz,
  late_since timestamptz,
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  closed_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL
);
CREATE INDEX rmas_status_idx ON rmas (status, step_due_at);
CREATE INDEX rmas_case_idx ON rmas (case_id);
CREATE INDEX rmas_customer_idx ON rmas (customer_id);

CREATE TABLE rma_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rma_id uuid NOT NULL REFERENCES rmas (id),
  seq integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('step', 'late')),
  from_status text,
  to_status text NOT NULL,
  actor_id uuid REFERENCES users (id),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  UNIQUE (rma_id, seq)
);

CREATE FUNCTION rma_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rma_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER rma_events_no_update_delete BEFORE UPDATE OR DELETE ON rma_events FOR EACH ROW EXECUTE FUNCTION rma_events_refuse_change();
CREATE TRIGGER rma_events_no_truncate BEFORE TRUNCATE ON rma_events FOR EACH STATEMENT EXECUTE FUNCTION rma_events_refuse_change();

-- How long each state may last before its step is late (minutes); the RMA admin edits them.
CREATE TABLE rma_step_targets (
  status text PRIMARY KEY CHECK (status IN ('requested', 'vendor_approved', 'replacement_dispatched', 'faulty_returned')),
  target_minutes integer NOT NULL CHECK (target_minutes > 0 AND target_minutes <= 525600),
  updated_at timestamptz NOT NULL
);
INSERT INTO rma_step_targets (status, target_minutes, updated_at) VALUES
  ('requested', 1440, now()), ('vendor_approved', 2880, now()), ('replacement_dispatched', 4320, now()), ('faulty_returned', 10080, now());
