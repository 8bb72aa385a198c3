-- Every case opening writes four timers, and each timer row went into five indexes: a fifth of
-- an opening's index entries. Two of them go:
-- - the key's unique index now uses text_pattern_ops, so it also serves cancelTimers' LIKE
--   'prefix%' (the pending-only copy of the key, timers_pending_key_idx, is dropped). The prefix
--   scan then also passes a clock's fired and cancelled keys, a handful per clock;
-- - the list by status covers only timers that are no longer pending: pending ones are listed
--   through timers_due_idx, which holds exactly them.
CREATE UNIQUE INDEX timers_key_pattern_key ON timers (key text_pattern_ops);
ALTER TABLE timers DROP CONSTRAINT timers_key_key;
DROP INDEX timers_pending_key_idx;
DROP INDEX timers_status_idx;
CREATE INDEX timers_settled_idx ON timers (status, due_at, id) WHERE status <> 'pending';
