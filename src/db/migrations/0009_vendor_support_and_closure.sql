-- Vendor support requests (F5), RMA hand-off (F6), resolution cycles and customer confirmation (F7).
ALTER TABLE cases ADD COLUMN resolution_cycle integer NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN rma_requested_at timestamptz;

CREATE TABLE vendor_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  vendor text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'confirmed', 'rejected', 'opened', 'answered', 'done')),
  vendor_case_ref text,
  vendor_contact text,
  summary text,
  requested_by uuid REFERENCES users (id),
  confirmed_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  opened_at timestamptz,
  answered_at timestamptz,
  done_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL
);
CREATE INDEX vendor_requests_case_idx ON vendor_requests (case_id);
CREATE INDEX vendor_requests_pending_idx ON vendor_requests (status, requested_at)
  WHERE status IN ('requested', 'confirmed', 'opened', 'answered');

-- Links sent to the customer to confirm or dispute a resolution: only the hash is kept; one use.
CREATE TABLE case_confirmations (
  token_hash text PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  resolution_cycle integer NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  outcome text CHECK (outcome IN ('confirmed', 'disputed'))
);
CREATE INDEX case_confirmations_case_idx ON case_confirmations (case_id);
