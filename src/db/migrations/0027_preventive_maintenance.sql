-- Preventive maintenance (src/maintenance): plans per contract, their versioned checklists, one
-- job per covered system and period (opened once: the unique key below and a durable timer keyed
-- by plan and period), performance data kept with the job, analysis rules as data, proactive calls.

CREATE TABLE maintenance_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contracts (id),
  customer_id uuid NOT NULL REFERENCES customers (id),
  frequency text NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('monthly', 'quarterly')),
  report_due_days integer NOT NULL DEFAULT 7 CHECK (report_due_days BETWEEN 1 AND 90),
  -- null: the roster picks the engineer on duty when the period opens
  engineer_id uuid REFERENCES users (id),
  time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
  checklist_version integer NOT NULL DEFAULT 1,
  asks_monthly_call boolean NOT NULL DEFAULT false,
  call_due_days integer NOT NULL DEFAULT 14 CHECK (call_due_days BETWEEN 1 AND 90),
  is_active boolean NOT NULL DEFAULT true,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX maintenance_plans_contract_idx ON maintenance_plans (contract_id);
CREATE INDEX maintenance_plans_customer_idx ON maintenance_plans (customer_id);

CREATE TABLE maintenance_plan_equipment (
  plan_id uuid NOT NULL REFERENCES maintenance_plans (id),
  equipment_id uuid NOT NULL REFERENCES equipment (id),
  PRIMARY KEY (plan_id, equipment_id)
);

-- every version of a plan's checklist, kept: a job names the version it was opened with
CREATE TABLE maintenance_checklist_versions (
  plan_id uuid NOT NULL REFERENCES maintenance_plans (id),
  version integer NOT NULL,
  items jsonb NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (plan_id, version)
);
CREATE TRIGGER maintenance_checklist_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON maintenance_checklist_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();

CREATE SEQUENCE maintenance_job_numbers;

CREATE TABLE maintenance_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  plan_id uuid NOT NULL REFERENCES maintenance_plans (id),
  customer_id uuid NOT NULL REFERENCES customers (id),
  contract_id uuid NOT NULL REFERENCES contracts (id),
  equipment_id uuid NOT NULL REFERENCES equipment (id),
  -- the period's first month, YYYY-MM
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  period_starts_at timestamptz NOT NULL,
  report_due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'report_submitted', 'delivered')),
  engineer_id uuid REFERENCES users (id),
  checklist_version integer NOT NULL,
  checklist jsonb NOT NULL,
  findings jsonb NOT NULL DEFAULT '[]'::jsonb,
  summary text,
  report jsonb,
  report_built_at timestamptz,
  signed_off_by uuid REFERENCES users (id),
  signed_off_at timestamptz,
  approved_by uuid REFERENCES users (id),
  approved_at timestamptz,
  delivered_at timestamptz,
  delivered_to text,
  -- the PDF as delivered, in the attachment store (the e-mail's attachment; kept from the sweep)
  report_pdf_sha256 text,
  reminded_at timestamptz,
  overdue_warned_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- one job per plan, system and period, whoever opens it (the timer, an admin, two instances)
  UNIQUE (plan_id, equipment_id, period)
);
CREATE INDEX maintenance_jobs_customer_period_idx ON maintenance_jobs (customer_id, period);
CREATE INDEX maintenance_jobs_status_idx ON maintenance_jobs (status, report_due_at);
CREATE INDEX maintenance_jobs_engineer_idx ON maintenance_jobs (engineer_id, status);

-- performance data: each upload or push, parsed into series [{metric, instance, unit, points: [[ms, value]]}]
CREATE TABLE maintenance_metric_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id uuid NOT NULL REFERENCES maintenance_jobs (id),
  format text NOT NULL CHECK (format IN ('csv', 'sysstat', 'nmon', 'push')),
  filename text,
  host text,
  series jsonb NOT NULL,
  sample_count integer NOT NULL,
  first_at timestamptz NOT NULL,
  last_at timestamptz NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX maintenance_metric_sets_job_idx ON maintenance_metric_sets (job_id, created_at);
CREATE TRIGGER maintenance_metric_sets_no_update_delete
  BEFORE UPDATE OR DELETE ON maintenance_metric_sets
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();

-- analysis rules as data: a metric above (or below) a threshold for at least a duration
CREATE TABLE maintenance_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  metric text NOT NULL,
  comparison text NOT NULL DEFAULT 'above' CHECK (comparison IN ('above', 'below')),
  threshold double precision NOT NULL,
  duration_minutes integer NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
  severity text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  title_zh text NOT NULL,
  title_en text NOT NULL,
  recommendation_zh text NOT NULL,
  recommendation_en text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO maintenance_rules (code, metric, comparison, threshold, duration_minutes, severity, title_zh, title_en, recommendation_zh, recommendation_en) VALUES
  ('cpu_busy', 'cpu.busy_pct', 'above', 80, 30, 'warning', 'CPU 持续繁忙', 'CPU busy for a long time',
   '核查占用 CPU 最多的进程与作业调度，将批处理移出业务高峰；若长期超过 80%，建议扩容处理器或调整分区/虚拟机的 CPU 配额。',
   'Find the processes and jobs that use most CPU and move batch work out of peak hours; if it stays above 80%, add processors or raise the partition''s or VM''s CPU entitlement.'),
  ('cpu_saturated', 'cpu.busy_pct', 'above', 95, 10, 'critical', 'CPU 饱和', 'CPU saturated',
   'CPU 接近 100%，业务响应将明显变慢：立即排查异常进程，必要时扩容。',
   'CPU is close to 100% and response times suffer: look for runaway processes at once and add capacity if needed.'),
  ('cpu_iowait', 'cpu.iowait_pct', 'above', 20, 15, 'warning', 'I/O 等待偏高', 'High I/O wait',
   'CPU 等待磁盘 I/O 的时间偏高：检查存储路径、队列深度和热点盘，考虑分散 I/O 或升级存储。',
   'The CPU waits on disk I/O a lot: check the storage paths, queue depth and hot disks; spread the I/O or upgrade the storage.'),
  ('memory_high', 'mem.used_pct', 'above', 90, 30, 'warning', '内存使用率高', 'Memory use high',
   '内存使用率持续高于 90%（不含文件缓存）：检查内存占用大的进程和数据库缓冲区设置，必要时扩充内存。',
   'Memory use stays above 90% (file cache excluded): check the largest processes and the database buffer settings; add memory if needed.'),
  ('swap_used', 'swap.used_pct', 'above', 20, 10, 'warning', '交换空间使用', 'Swap in use',
   '系统在使用交换空间，说明物理内存不足：调整内存参数或扩充内存，避免换页影响性能。',
   'The system is swapping, a sign of too little memory: tune the memory parameters or add memory before paging hurts performance.'),
  ('disk_busy', 'disk.busy_pct', 'above', 80, 15, 'warning', '磁盘繁忙', 'Disk busy',
   '磁盘利用率持续高于 80%：将热点数据分布到更多磁盘或 LUN，检查 RAID 与多路径配置。',
   'A disk stays above 80% busy: spread the hot data over more disks or LUNs and check the RAID and multipath setup.'),
  ('disk_latency', 'disk.await_ms', 'above', 20, 10, 'warning', '磁盘响应时间长', 'Slow disk response',
   '磁盘平均响应时间超过 20 毫秒：检查存储控制器缓存、链路错误与队列深度。',
   'Average disk response time is above 20 ms: check the storage controller cache, link errors and queue depth.'),
  ('fs_filling', 'fs.used_pct', 'above', 85, 0, 'warning', '文件系统将满', 'File system filling up',
   '文件系统使用率超过 85%：清理日志与临时文件，或扩容文件系统，避免写满导致业务中断。',
   'A file system is more than 85% full: clear logs and temporary files or grow it before it fills and stops the service.'),
  ('fs_full', 'fs.used_pct', 'above', 95, 0, 'critical', '文件系统几乎写满', 'File system almost full',
   '文件系统使用率超过 95%，随时可能写满：立即清理或扩容。',
   'A file system is more than 95% full and may fill at any moment: clear space or grow it now.'),
  ('log_errors', 'log.errors', 'above', 0, 0, 'warning', '日志中有错误记录', 'Errors in the logs',
   '系统日志中出现错误记录：逐条分析错误来源（硬件、微码、应用），必要时开立故障工单并联系厂商。',
   'The system logs hold errors: trace each to its source (hardware, microcode, application) and open a case with the vendor if needed.');

CREATE TABLE proactive_calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers (id),
  contact_id uuid REFERENCES contacts (id),
  contact_name text NOT NULL,
  engineer_id uuid REFERENCES users (id),
  direction text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
  summary text NOT NULL,
  called_at timestamptz NOT NULL,
  follow_up_on date,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);
CREATE INDEX proactive_calls_customer_idx ON proactive_calls (customer_id, called_at);
CREATE INDEX proactive_calls_engineer_idx ON proactive_calls (engineer_id, called_at);

-- a monitoring system's token may push metrics and nothing else
ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS api_tokens_scope_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scope_check CHECK (scope IN ('pbx', 'monitoring'));
