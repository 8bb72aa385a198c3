-- Replies by e-mail: what an outgoing e-mail carries besides its text (threading headers, CC
-- addresses, attachments named by their store hash, never their bytes), and the contacts a case
-- copies its mail to.
ALTER TABLE notifications ADD COLUMN mail jsonb;

CREATE TABLE case_cc_contacts (
  case_id uuid NOT NULL REFERENCES cases (id),
  contact_id uuid NOT NULL REFERENCES contacts (id),
  added_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, contact_id)
);

-- the bell's unread count
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE channel = 'inapp' AND read_at IS NULL;
