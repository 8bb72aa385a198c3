-- Per-client limits (sign-in failures, one-time link misses), counted here so that every instance
-- sees the same count. The columns are those rate-limiter-flexible's PostgreSQL store reads and
-- writes: the key (limit name and client), the points used in the window, and the window's end in
-- milliseconds since the epoch (NULL: never ends). The daily housekeeping deletes ended windows.
CREATE TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX rate_limits_expire ON rate_limits (expire);
