-- Spare parts (issue 12): the catalogue, depots, stock per depot and part, serials, reservations
-- on cases and the append-only movement ledger. The database itself keeps stock from going
-- negative (CHECKs) and a serial in one place (one row per part and serial).
CREATE TABLE parts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  part_number text NOT NULL UNIQUE,
  vendor text NOT NULL,
  model text,
  description text NOT NULL,
  compatible_models jsonb NOT NULL DEFAULT '[]',
  is_serialised boolean NOT NULL DEFAULT false,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE depots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  customer_id uuid REFERENCES customers (id),
  site_id uuid REFERENCES sites (id),
  address text NOT NULL,
  owner_id uuid NOT NULL REFERENCES users (id),
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX depots_site_idx ON depots (site_id) WHERE site_id IS NOT NULL;
CREATE INDEX depots_customer_idx ON depots (customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE stock_levels (
  depot_id uuid NOT NULL REFERENCES depots (id),
  part_id uuid NOT NULL REFERENCES parts (id),
  on_hand integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  in_transit integer NOT NULL DEFAULT 0 CHECK (in_transit >= 0),
  min_level integer NOT NULL DEFAULT 0 CHECK (min_level >= 0),
  -- below the minimum now; flips back when stock recovers, so each crossing alerts once
  is_below_min boolean NOT NULL DEFAULT false,
  low_crossings integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (depot_id, part_id),
  CONSTRAINT stock_reserved_within_on_hand CHECK (reserved <= on_hand)
);
CREATE INDEX stock_levels_part_idx ON stock_levels (part_id);

CREATE TABLE part_reservations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  part_id uuid NOT NULL REFERENCES parts (id),
  depot_id uuid NOT NULL REFERENCES depots (id),
  quantity integer NOT NULL CHECK (quantity > 0),
  status text NOT NULL CHECK (status IN ('reserved', 'issued', 'released')),
  serials jsonb NOT NULL DEFAULT '[]',
  faulty_serials jsonb NOT NULL DEFAULT '[]',
  reserved_by uuid REFERENCES users (id),
  reserved_at timestamptz NOT NULL,
  issued_at timestamptz,
  released_at timestamptz,
  faulty_returned_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX part_reservations_case_idx ON part_reservations (case_id);

-- One row per serial: where it is is a single value, so it cannot be in two places.
CREATE TABLE stock_serials (
  part_id uuid NOT NULL REFERENCES parts (id),
  serial text NOT NULL,
  depot_id uuid REFERENCES depots (id),
  status text NOT NULL CHECK (status IN ('in_stock', 'in_transit', 'issued', 'faulty', 'scrapped')),
  case_id uuid REFERENCES cases (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (part_id, serial),
  CHECK (status IN ('issued', 'scrapped') OR depot_id IS NOT NULL)
);
CREATE INDEX stock_serials_depot_idx ON stock_serials (depot_id, part_id, status);

CREATE TABLE stock_movements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('receive', 'reserve', 'release', 'issue', 'faulty_return', 'transfer', 'transfer_arrived', 'adjust', 'scrap')),
  part_id uuid NOT NULL REFERENCES parts (id),
  depot_id uuid NOT NULL REFERENCES depots (id),
  to_depot_id uuid REFERENCES depots (id),
  -- signed change of the depot's quantity the type concerns (reserve, release: reserved; faulty_return: 0,
  -- faulty units are not stock; the rest: on hand)
  quantity integer NOT NULL,
  serials jsonb NOT NULL DEFAULT '[]',
  case_id uuid REFERENCES cases (id),
  reservation_id uuid REFERENCES part_reservations (id),
  transfer_id uuid,
  rma_id uuid,
  reason text,
  actor_id uuid REFERENCES users (id),
  at timestamptz NOT NULL
);
CREATE INDEX stock_movements_part_idx ON stock_movements (part_id, seq);
CREATE INDEX stock_movements_depot_idx ON stock_movements (depot_id, seq);
CREATE INDEX stock_movements_case_idx ON stock_movements (case_id, seq) WHERE case_id IS NOT NULL;
CREATE INDEX stock_movements_transfer_idx ON stock_movements (transfer_id) WHERE transfer_id IS NOT NULL;

CREATE FUNCTION stock_movements_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock_movements is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'record an adjusting movement instead';
END
$$;

CREATE TRIGGER stock_movements_no_update_delete
  BEFORE UPDATE OR DELETE ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION stock_movements_refuse_change();

CREATE TRIGGER stock_movements_no_truncate
  BEFORE TRUNCATE ON stock_movements
  FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_refuse_change();
