-- Notification templates an administrator edited (issue 5, item 7). No row, or a row whose texts
-- are NULL, means the built-in text of src/notify/templates.ts. Texts are Liquid, rendered when
-- a message is delivered or read, so an edit also applies to what is still waiting in the outbox.
CREATE TABLE notification_templates (
  name text NOT NULL,
  language text NOT NULL CHECK (language IN ('zh-CN', 'en')),
  subject text,
  body text,
  sms text,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (name, language),
  CHECK ((subject IS NULL) = (body IS NULL) AND (body IS NULL) = (sms IS NULL))
);

-- every saved version, a restored default included (texts NULL), so no edit is ever lost
CREATE TABLE notification_template_versions (
  name text NOT NULL,
  language text NOT NULL,
  version integer NOT NULL,
  subject text,
  body text,
  sms text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (name, language, version)
);
