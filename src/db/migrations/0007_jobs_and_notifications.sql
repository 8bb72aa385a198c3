-- Durable timers (src/jobs) and the notification outbox (src/notify).

-- A key fires at most once, ever: it encodes (case, metric, cycle, step). A timer whose handler
-- keeps failing ends as 'failed' for an administrator to look at.
CREATE TABLE timers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  kind text NOT NULL,
  due_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'cancelled', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL,
  fired_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX timers_due_idx ON timers (due_at) WHERE status = 'pending';
-- cancelTimers({ keyPrefix }) is a LIKE 'prefix%' over pending keys
CREATE INDEX timers_pending_key_idx ON timers (key text_pattern_ops) WHERE status = 'pending';
CREATE INDEX timers_status_idx ON timers (status, due_at, id);

-- The outbox: one row per (event, recipient, channel), written in the transaction of the change
-- that caused it. For a 'sending' row next_attempt_at is the end of the sender's lease: a row
-- left 'sending' by a process that died is due again once it passes.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'inapp')),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  to_address text,
  language text NOT NULL CHECK (language IN ('zh-CN', 'en')),
  template text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  case_id uuid REFERENCES cases (id),
  status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  read_at timestamptz,
  CONSTRAINT notifications_address CHECK ((channel = 'inapp') = (to_address IS NULL)),
  CONSTRAINT notifications_inapp_user CHECK (channel <> 'inapp' OR user_id IS NOT NULL)
);
CREATE INDEX notifications_delivery_idx ON notifications (status, next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id DESC) WHERE channel = 'inapp';
CREATE INDEX notifications_outbox_idx ON notifications (status, created_at DESC, id DESC);
CREATE INDEX notifications_case_idx ON notifications (case_id) WHERE case_id IS NOT NULL;
