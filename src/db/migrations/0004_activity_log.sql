-- The activity log: append-only in the database itself, and hash-chained per case.
CREATE TABLE case_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  seq integer NOT NULL,
  kind text NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  actor_id uuid REFERENCES users (id),
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  corrects_id uuid REFERENCES case_activities (id),
  prev_hash text,
  hash text NOT NULL,
  UNIQUE (case_id, seq)
);
CREATE INDEX case_activities_corrects_idx ON case_activities (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE FUNCTION case_activities_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_activities is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'append a correction entry instead';
END
$$;

CREATE TRIGGER case_activities_no_update_delete
  BEFORE UPDATE OR DELETE ON case_activities
  FOR EACH ROW EXECUTE FUNCTION case_activities_refuse_change();

CREATE TRIGGER case_activities_no_truncate
  BEFORE TRUNCATE ON case_activities
  FOR EACH STATEMENT EXECUTE FUNCTION case_activities_refuse_change();

-- Creating requests replay their first answer when the same Idempotency-Key comes again.
CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
