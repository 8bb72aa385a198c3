-- E-mail and fax intake (src/intake): every message as it arrived, stored before the mailbox is
-- told it was taken (IMAP flag or move, SMTP 250), then turned into a case or an entry once.

-- dedupe_key: the Message-ID when there is one, else a digest of the raw bytes; a message fetched
-- or delivered twice from the same source is stored once.
CREATE TABLE inbound_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source text NOT NULL CHECK (source IN ('imap', 'smtp')),
  source_ref text,
  dedupe_key text NOT NULL,
  message_id text,
  raw bytea,
  raw_sha256 text,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  envelope_from text,
  envelope_to text,
  sender text,
  subject text,
  status text NOT NULL CHECK (status IN ('received', 'processed', 'rejected', 'failed')),
  reason text,
  detail text,
  outcome text CHECK (outcome IN ('opened', 'threaded')),
  case_id uuid REFERENCES cases (id),
  channel text CHECK (channel IN ('email', 'fax')),
  -- attachments as found in the message: name, declared and detected type, size, whether inline
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
  acknowledged_at timestamptz,
  ack_skipped text,
  received_at timestamptz NOT NULL,
  processed_at timestamptz,
  UNIQUE (source, dedupe_key)
);
CREATE INDEX inbound_messages_received_idx ON inbound_messages (received_at DESC, id DESC);
CREATE INDEX inbound_messages_status_idx ON inbound_messages (status, received_at DESC, id DESC);
CREATE INDEX inbound_messages_dedupe_idx ON inbound_messages (dedupe_key);
-- acknowledgements per sender per hour (AUTOACK_MAX_PER_HOUR)
CREATE INDEX inbound_messages_ack_idx ON inbound_messages (sender, acknowledged_at) WHERE acknowledged_at IS NOT NULL;
CREATE INDEX inbound_messages_case_idx ON inbound_messages (case_id) WHERE case_id IS NOT NULL;

-- A case opened from mail by a sender the customer database does not know: the caller stays
-- unverified until a dispatcher links it to a contact.
CREATE TABLE unverified_callers (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  email text,
  name text,
  inbound_message_id uuid REFERENCES inbound_messages (id),
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  confirmed_by uuid REFERENCES users (id),
  contact_id uuid REFERENCES contacts (id)
);
CREATE INDEX unverified_callers_pending_idx ON unverified_callers (created_at DESC, case_id DESC) WHERE confirmed_at IS NULL;

-- Secrets generated once per installation and shared by every instance (the key that signs
-- Message-IDs of outgoing mail, unless CASEDESK_SECRET is set).
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL
);
