-- Business calendars: weekly working windows in an IANA time zone, plus dated holidays and
-- make-up working days (调休) loaded per year. Service-level clocks count working time in them.
CREATE TABLE calendars (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  time_zone text NOT NULL,
  -- [{"day": 1, "start": "09:00", "end": "12:00"}, ...]; day is ISO (Monday = 1), end may be "24:00"
  weekly jsonb NOT NULL,
  -- the windows of a make-up working day, [{"start": "09:00", "end": "18:00"}]; NULL: Monday's
  make_up_hours jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE calendar_days (
  calendar_id uuid NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name text NOT NULL,
  PRIMARY KEY (calendar_id, date)
);
