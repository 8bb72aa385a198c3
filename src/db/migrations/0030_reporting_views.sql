-- Reports (src/reports) read the other modules' records only through these views, so a module may
-- change its tables as long as it keeps its view's columns. Plus the indexes a month's figures need.

-- A case leaves the backlog when it is resolved or closed, whichever came first (least ignores NULL);
-- an unfinished case sorts last, so "open at T" is one range on this expression.
CREATE VIEW report_cases AS
  SELECT c.id, c.number, c.subject, c.customer_id, c.contract_id, c.vendor, c.case_type, c.fault_level, c.priority,
         c.channel, c.status, c.assignee_id, c.created_by, c.created_at, c.responded_at, c.resolved_at, c.closed_at,
         coalesce(least(c.resolved_at, c.closed_at), 'infinity'::timestamptz) AS finished_at
  FROM cases c;

-- Each clock cycle with the calendar it counts in (the contract's, frozen in the cycle's policy)
-- and the instant it breached (the clock keeps the one recorded in sla_breaches).
CREATE VIEW report_clocks AS
  SELECT k.case_id, k.metric, k.cycle, k.assignee_id, k.started_at, k.stopped_at, k.stop_reason, k.status,
         k.paused_at, k.paused_ms, k.target_ms, coalesce(k.policy ->> 'calendar', 'always') AS calendar_ref, k.breached_at
  FROM sla_clocks k;

-- The breaches as recorded, once each.
CREATE VIEW report_breaches AS
  SELECT b.case_id, b.metric, b.cycle, b.due_at, b.breached_at FROM sla_breaches b;

CREATE VIEW report_survey_invitations AS
  SELECT i.id, i.case_id, i.created_at, i.used_at FROM survey_invitations i;

CREATE VIEW report_survey_answers AS
  SELECT a.case_id, a.response_speed, a.professionalism, a.resolution, a.overall, a.comment, a.engineer_id,
         a.vendor, a.case_type, a.answered_at
  FROM survey_answers a;

-- On-site visits as the engineers logged them (a corrected entry is still the visit it was).
CREATE VIEW report_onsite_visits AS
  SELECT a.id, a.case_id, a.at, a.actor_id, a.data ->> 'engineerId' AS engineer_id,
         (a.data ->> 'arrivedAt')::timestamptz AS arrived_at, (a.data ->> 'departedAt')::timestamptz AS departed_at
  FROM case_activities a
  WHERE a.kind = 'onsite_visit.logged';

CREATE VIEW report_vendor_requests AS
  SELECT v.id, v.case_id, v.vendor, v.status, v.requested_at FROM vendor_requests v;

CREATE VIEW report_people AS
  SELECT u.id, u.name, u.role FROM users u;

CREATE VIEW report_customers AS
  SELECT cu.id, cu.name, cu.is_demo FROM customers cu;

CREATE VIEW report_contracts AS
  SELECT ct.id, ct.customer_id, ct.contract_no, ct.calendar_id FROM contracts ct;

-- The designated contacts a customer's monthly report is sent to.
CREATE VIEW report_recipients AS
  SELECT co.customer_id, co.name, co.email FROM contacts co WHERE co.is_designated AND co.email IS NOT NULL;

CREATE INDEX cases_customer_closed_idx ON cases (customer_id, closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX cases_customer_finished_idx ON cases (customer_id, (coalesce(least(resolved_at, closed_at), 'infinity'::timestamptz)));
CREATE INDEX cases_finished_idx ON cases ((coalesce(least(resolved_at, closed_at), 'infinity'::timestamptz)));
CREATE INDEX sla_clocks_stopped_idx ON sla_clocks (stopped_at) WHERE stopped_at IS NOT NULL;
CREATE INDEX sla_clocks_breached_idx ON sla_clocks (breached_at) WHERE breached_at IS NOT NULL;
CREATE INDEX survey_invitations_created_idx ON survey_invitations (created_at);
CREATE INDEX case_activities_visits_idx ON case_activities (at) WHERE kind = 'onsite_visit.logged';
CREATE INDEX vendor_requests_requested_idx ON vendor_requests (requested_at);
