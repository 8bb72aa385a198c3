-- Telephony (PBX integration): the calls the PBX reports, each event once, and API tokens
-- limited to one scope (a PBX token may post call events and nothing else).
ALTER TABLE api_tokens ADD COLUMN scope text CHECK (scope IN ('pbx'));

CREATE TABLE telephony_calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id text NOT NULL UNIQUE,
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  from_number text NOT NULL,
  to_number text NOT NULL,
  -- the other party's number in E.164, the key of the caller look-up (null: anonymous or not a number)
  external_number text,
  extension text,
  -- the PBX's own instants (its clock), and when casedesk received each event (ours)
  ringing_at timestamptz,
  answered_at timestamptz,
  ended_at timestamptz,
  ringing_received_at timestamptz,
  answered_received_at timestamptz,
  ended_received_at timestamptz,
  first_received_at timestamptz NOT NULL,
  last_received_at timestamptz NOT NULL,
  case_id uuid REFERENCES cases (id),
  linked_by uuid REFERENCES users (id),
  linked_at timestamptz,
  summary text,
  -- the call activity on the case, written once both the case and the end are known
  activity_logged_at timestamptz,
  -- no foreign key: one would make TRUNCATE of the log fail before its append-only trigger speaks
  activity_entry_id uuid
);
CREATE INDEX telephony_calls_active_idx ON telephony_calls (first_received_at) WHERE ended_at IS NULL;
CREATE INDEX telephony_calls_recent_idx ON telephony_calls (first_received_at, id);
CREATE INDEX telephony_calls_case_idx ON telephony_calls (case_id) WHERE case_id IS NOT NULL;

-- Every event as received: the primary key makes a repeated (call, event) a no-op.
CREATE TABLE telephony_call_events (
  call_id text NOT NULL,
  event text NOT NULL CHECK (event IN ('ringing', 'answered', 'ended')),
  at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  token_user_id uuid REFERENCES users (id),
  payload jsonb NOT NULL,
  PRIMARY KEY (call_id, event)
);
