-- Cases. Numbers come from a sequence: unique across instances, never reused (gaps are allowed).
CREATE SEQUENCE case_number_seq START 1;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  subject text NOT NULL,
  description text NOT NULL DEFAULT '',
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'web', 'fax')),
  vendor text NOT NULL,
  case_type text NOT NULL,
  fault_level text NOT NULL CHECK (fault_level IN ('S1', 'S2', 'S3', 'S4')),
  priority text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  status text NOT NULL CHECK (status IN ('new', 'assigned', 'in_progress', 'escalated', 'waiting_customer',
    'waiting_vendor', 'waiting_parts', 'resolved', 'closed')),
  customer_id uuid REFERENCES customers (id),
  contact_id uuid REFERENCES contacts (id),
  contract_id uuid REFERENCES contracts (id),
  site_id uuid REFERENCES sites (id),
  -- what was true of the caller when the case was opened (R3)
  caller jsonb NOT NULL,
  assignee_id uuid REFERENCES users (id),
  expert_id uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  responded_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  resolution text,
  -- bigram lexemes (see src/cases/search-text.ts): public text only, and everything
  search_public tsvector NOT NULL DEFAULT ''::tsvector,
  search_all tsvector NOT NULL DEFAULT ''::tsvector,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1
);

-- Every list is keyset-paginated on (created_at, id); each index ends in those columns so that a
-- filtered page is an index range scan at a million cases.
CREATE INDEX cases_created_idx ON cases (created_at DESC, id DESC);
CREATE INDEX cases_vendor_type_created_idx ON cases (vendor, case_type, created_at DESC, id DESC);
CREATE INDEX cases_type_created_idx ON cases (case_type, created_at DESC, id DESC);
CREATE INDEX cases_status_created_idx ON cases (status, created_at DESC, id DESC);
CREATE INDEX cases_customer_created_idx ON cases (customer_id, created_at DESC, id DESC);
CREATE INDEX cases_assignee_created_idx ON cases (assignee_id, created_at DESC, id DESC) WHERE assignee_id IS NOT NULL;
CREATE INDEX cases_priority_created_idx ON cases (priority, created_at DESC, id DESC);
CREATE INDEX cases_fault_level_created_idx ON cases (fault_level, created_at DESC, id DESC);
CREATE INDEX cases_closed_idx ON cases (closed_at DESC, id DESC) WHERE closed_at IS NOT NULL;
CREATE INDEX cases_updated_idx ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_search_public_idx ON cases USING gin (search_public);
CREATE INDEX cases_search_all_idx ON cases USING gin (search_all);
