-- A timer's scheduled instant, kept apart from due_at (its next attempt), so a retried timer is
-- still known to have fallen due when it was scheduled.
ALTER TABLE timers ADD COLUMN scheduled_at timestamptz;
UPDATE timers SET scheduled_at = due_at;
ALTER TABLE timers ALTER COLUMN scheduled_at SET NOT NULL;
