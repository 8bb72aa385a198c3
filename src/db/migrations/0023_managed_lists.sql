-- Managed lists: the vendors and case types an admin keeps (code, Chinese and English name,
-- active). A case's vendor and case type name a code here; equipment and vendor requests use the
-- vendor codes too. Filled with a starter list and with every value the data already holds, so
-- nothing that exists today stops being valid.
CREATE TABLE vendors (
  code text PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 200),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE case_types (
  code text PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 200),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO vendors (code, name_zh, name_en) VALUES
  ('IBM', 'IBM', 'IBM'),
  ('HPE', '慧与 (HPE)', 'HPE'),
  ('Dell', '戴尔', 'Dell'),
  ('Huawei', '华为', 'Huawei'),
  ('H3C', '新华三', 'H3C'),
  ('Oracle', '甲骨文 (Oracle)', 'Oracle'),
  ('Cisco', '思科', 'Cisco'),
  ('NetApp', 'NetApp', 'NetApp'),
  ('Lenovo', '联想', 'Lenovo'),
  ('Inspur', '浪潮', 'Inspur'),
  ('Veritas', 'Veritas', 'Veritas'),
  ('VMware', 'VMware', 'VMware'),
  ('Sugon', '中科曙光', 'Sugon'),
  -- what mail and fax intake put on a case until someone knows better
  ('待定', '待定', 'To be determined');

INSERT INTO case_types (code, name_zh, name_en) VALUES
  ('hardware', '硬件', 'Hardware'),
  ('software', '软件', 'Software'),
  ('network', '网络', 'Network'),
  ('consultation', '咨询', 'Consultation'),
  ('maintenance', '维护', 'Maintenance'),
  ('待分类', '待分类', 'Unclassified');

-- every spelling already in use stays a valid code (named as written until an admin renames it)
INSERT INTO vendors (code, name_zh, name_en)
SELECT DISTINCT v, v, v FROM (
  SELECT vendor AS v FROM cases
  UNION SELECT vendor FROM equipment
  UNION SELECT vendor FROM vendor_requests
  UNION SELECT vendor FROM survey_answers
) used
WHERE length(v) BETWEEN 1 AND 200
ON CONFLICT (code) DO NOTHING;

INSERT INTO case_types (code, name_zh, name_en)
SELECT DISTINCT t, t, t FROM (
  SELECT case_type AS t FROM cases
  UNION SELECT case_type FROM survey_answers
) used
WHERE length(t) BETWEEN 1 AND 200
ON CONFLICT (code) DO NOTHING;
