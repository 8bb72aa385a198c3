-- Service-level policies (versioned), their bindings to contracts and fault levels, and the
-- clocks of each case: an append-only record of clock events plus the derived current state,
-- indexed only for scheduling and reports.
CREATE TABLE sla_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE sla_policy_versions (
  policy_id uuid NOT NULL REFERENCES sla_policies (id),
  version integer NOT NULL,
  definition jsonb NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (policy_id, version)
);

-- Which policy governs a case: the most specific binding wins (contract + level, contract,
-- level, everything). A contract_id or fault_level of NULL means "any".
CREATE TABLE sla_policy_bindings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  policy_id uuid NOT NULL REFERENCES sla_policies (id),
  contract_id uuid REFERENCES contracts (id),
  fault_level text CHECK (fault_level IN ('S1', 'S2', 'S3', 'S4')),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX sla_policy_bindings_scope_key
  ON sla_policy_bindings (coalesce(contract_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(fault_level, '*'));

ALTER TABLE cases ADD COLUMN response_cycle integer NOT NULL DEFAULT 0;

CREATE TABLE sla_clocks (
  case_id uuid NOT NULL REFERENCES cases (id),
  metric text NOT NULL CHECK (metric IN ('response', 'first_response', 'resolution')),
  cycle integer NOT NULL,
  policy_id uuid REFERENCES sla_policies (id),
  policy_version integer NOT NULL,
  -- the policy as it was when the cycle started: running cycles keep it
  policy jsonb NOT NULL,
  assignee_id uuid REFERENCES users (id),
  started_at timestamptz NOT NULL,
  target_ms bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'paused', 'stopped')),
  paused_at timestamptz,
  paused_ms bigint NOT NULL DEFAULT 0,
  due_at timestamptz,
  stopped_at timestamptz,
  stop_reason text,
  breached_at timestamptz,
  PRIMARY KEY (case_id, metric, cycle)
);
CREATE INDEX sla_clocks_running_due_idx ON sla_clocks (due_at) WHERE status = 'running';

CREATE FUNCTION refuse_change_of_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TABLE sla_clock_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  metric text NOT NULL,
  cycle integer NOT NULL,
  type text NOT NULL CHECK (type IN ('start', 'pause', 'resume', 'stop', 'target_changed', 'breach', 'step')),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX sla_clock_events_case_idx ON sla_clock_events (case_id, metric, cycle, id);

CREATE TRIGGER sla_clock_events_no_update_delete
  BEFORE UPDATE OR DELETE ON sla_clock_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();

-- A breach is recorded once, with its instant, and never cleared.
CREATE TABLE sla_breaches (
  case_id uuid NOT NULL REFERENCES cases (id),
  metric text NOT NULL,
  cycle integer NOT NULL,
  due_at timestamptz NOT NULL,
  breached_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, metric, cycle)
);
CREATE INDEX sla_breaches_at_idx ON sla_breaches (breached_at);

CREATE TRIGGER sla_breaches_no_update_delete
  BEFORE UPDATE OR DELETE ON sla_breaches
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();
