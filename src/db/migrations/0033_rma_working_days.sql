-- RMA step targets in working time (issue 12): a target is a value and a unit, either clock time
-- (minutes, hours) or working time (working hours, working days) counted in a business calendar
-- (calendar_id; none: the standard week, Monday to Friday 09:00–18:00 in the display time zone).
ALTER TABLE rma_step_targets ADD COLUMN target_value integer;
ALTER TABLE rma_step_targets ADD COLUMN target_unit text;
ALTER TABLE rma_step_targets ADD COLUMN calendar_id uuid REFERENCES calendars (id);
UPDATE rma_step_targets SET target_value = target_minutes / 60, target_unit = 'hours' WHERE target_minutes % 60 = 0;
UPDATE rma_step_targets SET target_value = target_minutes, target_unit = 'minutes' WHERE target_minutes % 60 <> 0;
-- the vendor's RMA number within one working day (the seed's example), unless changed already
UPDATE rma_step_targets SET target_value = 1, target_unit = 'working_days' WHERE status = 'requested' AND target_minutes = 1440;
ALTER TABLE rma_step_targets ALTER COLUMN target_value SET NOT NULL;
ALTER TABLE rma_step_targets ALTER COLUMN target_unit SET NOT NULL;
ALTER TABLE rma_step_targets ADD CONSTRAINT rma_step_targets_unit CHECK (target_unit IN ('minutes', 'hours', 'working_hours', 'working_days'));
ALTER TABLE rma_step_targets ADD CONSTRAINT rma_step_targets_value CHECK (target_value > 0 AND target_value <= 525600);
ALTER TABLE rma_step_targets DROP COLUMN target_minutes;
