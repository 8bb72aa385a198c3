-- Duty rosters (S4, S5): shift patterns as data, who works which shift over which dates,
-- one-off overrides (swaps, call-ins), who can be reached off duty, and engineers' vendors.
CREATE TABLE shift_patterns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- the role whose staff may be put on this pattern; NULL: any rostered role
  role text CHECK (role IN ('dispatcher', 'engineer', 'expert')),
  time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
  -- {"kind":"always"} | {"kind":"daily","shifts":[…]} | {"kind":"weekly","windows":[…]}
  definition jsonb NOT NULL CHECK (definition ->> 'kind' IN ('always', 'daily', 'weekly')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX shift_patterns_name_key ON shift_patterns (lower(name));

-- A user works a named shift of a pattern (or all of an always/weekly pattern) on the local
-- dates valid_from..valid_to, both inclusive; a shift belongs to the date it starts on.
CREATE TABLE roster_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  pattern_id uuid NOT NULL REFERENCES shift_patterns (id),
  shift_name text,
  valid_from date NOT NULL,
  valid_to date,
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT roster_assignments_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX roster_assignments_user_idx ON roster_assignments (user_id, valid_from);
CREATE INDEX roster_assignments_pattern_idx ON roster_assignments (pattern_id);
CREATE INDEX roster_assignments_dates_idx ON roster_assignments (valid_from, valid_to);

-- One-off changes: a swap is an off_duty for one person plus an on_duty for another over the
-- same interval (sharing swap_id); a call-in is an on_duty. Cancelled, never deleted.
CREATE TABLE roster_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- the order overrides were recorded in: of two covering the same instant, the later one counts
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('on_duty', 'off_duty')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  reason text NOT NULL,
  swap_id uuid,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  cancelled_by uuid REFERENCES users (id),
  CONSTRAINT roster_overrides_range CHECK (ends_at > starts_at)
);
CREATE INDEX roster_overrides_active_idx ON roster_overrides (ends_at, starts_at) WHERE cancelled_at IS NULL;
CREATE INDEX roster_overrides_user_idx ON roster_overrides (user_id, starts_at);
CREATE INDEX roster_overrides_swap_idx ON roster_overrides (swap_id) WHERE swap_id IS NOT NULL;

-- A staff member's own word on being reachable while off duty; without a row, staff with a
-- phone number on file count as reachable (src/rosters/roster.ts).
CREATE TABLE staff_availability (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  is_reachable boolean NOT NULL,
  note text,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL
);

-- The vendors (manufacturers) an engineer covers; automatic assignment prefers them.
CREATE TABLE engineer_vendors (
  user_id uuid NOT NULL REFERENCES users (id),
  vendor text NOT NULL,
  PRIMARY KEY (user_id, vendor)
);
CREATE UNIQUE INDEX engineer_vendors_lower_key ON engineer_vendors (user_id, lower(vendor));
CREATE INDEX engineer_vendors_vendor_idx ON engineer_vendors (lower(vendor));
