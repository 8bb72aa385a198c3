-- Satisfaction surveys (R14, F7): one invitation per closure, links stored as hashes only, and
-- at most one answer per case.
CREATE TABLE survey_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  -- the reminder carries a link of its own (only hashes are kept, so the first cannot be sent again)
  reminder_token_hash text UNIQUE,
  case_id uuid NOT NULL REFERENCES cases (id),
  resolution_cycle integer NOT NULL,
  email text,
  phone text,
  language text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  reminded_at timestamptz,
  used_at timestamptz,
  UNIQUE (case_id, resolution_cycle)
);

CREATE TABLE survey_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  invitation_id uuid REFERENCES survey_invitations (id),
  response_speed smallint NOT NULL CHECK (response_speed BETWEEN 1 AND 5),
  professionalism smallint NOT NULL CHECK (professionalism BETWEEN 1 AND 5),
  resolution smallint NOT NULL CHECK (resolution BETWEEN 1 AND 5),
  overall smallint NOT NULL CHECK (overall BETWEEN 1 AND 5),
  comment text,
  via text NOT NULL CHECK (via IN ('link', 'portal')),
  answered_by uuid REFERENCES users (id),
  -- what the answer is reported by, as it was when the customer answered
  engineer_id uuid REFERENCES users (id),
  vendor text NOT NULL,
  case_type text NOT NULL,
  answered_at timestamptz NOT NULL
);
CREATE INDEX survey_answers_answered_idx ON survey_answers (answered_at);
