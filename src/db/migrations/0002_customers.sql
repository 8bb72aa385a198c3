-- Customer companies' contacts, sites, contracts and the equipment the contracts cover.
CREATE TABLE contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers (id),
  name text NOT NULL,
  phone text,
  phone_normalized text,
  mobile text,
  mobile_normalized text,
  email text,
  address text,
  title text,
  is_designated boolean NOT NULL DEFAULT false,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX contacts_customer_idx ON contacts (customer_id);
CREATE INDEX contacts_phone_idx ON contacts (phone_normalized) WHERE phone_normalized IS NOT NULL;
CREATE INDEX contacts_mobile_idx ON contacts (mobile_normalized) WHERE mobile_normalized IS NOT NULL;
CREATE INDEX contacts_email_idx ON contacts (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers (id),
  name text NOT NULL,
  address text,
  city text,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX sites_customer_idx ON sites (customer_id);

CREATE TABLE contracts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_no text NOT NULL,
  customer_id uuid NOT NULL REFERENCES customers (id),
  title text,
  starts_on date,
  ends_on date,
  service_hours text NOT NULL DEFAULT '7x24',
  -- per fault level: {"S1": {"responseMinutes": 30, "resolutionMinutes": 240}, ...}
  targets jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX contracts_no_key ON contracts (upper(contract_no));
CREATE INDEX contracts_customer_idx ON contracts (customer_id);

CREATE TABLE contract_sites (
  contract_id uuid NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  site_id uuid NOT NULL REFERENCES sites (id),
  PRIMARY KEY (contract_id, site_id)
);

CREATE TABLE equipment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  site_id uuid REFERENCES sites (id),
  vendor text NOT NULL,
  model text NOT NULL,
  serial text,
  description text,
  created_at timestamptz NOT NULL
);
CREATE INDEX equipment_contract_idx ON equipment (contract_id);
CREATE INDEX equipment_serial_idx ON equipment (upper(serial)) WHERE serial IS NOT NULL;
