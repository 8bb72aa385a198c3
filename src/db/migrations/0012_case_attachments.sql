-- Attachments of cases: the bytes live in a content-addressed store (by SHA-256), the metadata here.
-- Each attachment belongs to the log entry it came with and follows that entry's visibility.
CREATE TABLE case_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- insertion order: lists page on it
  seq bigint GENERATED ALWAYS AS IDENTITY,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- the log entry it came with; checked on insert, not by a foreign key, which would make TRUNCATE of the
  -- log fail on the reference before the log's own trigger refuses it with its message
  activity_id uuid NOT NULL,
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  declared_type text,
  sniffed_type text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  uploaded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX case_attachments_case_idx ON case_attachments (case_id, seq);
CREATE INDEX case_attachments_activity_idx ON case_attachments (activity_id);
