-- A month's report reads closing and reopening as the case's append-only log recorded them, so a
-- case reopened later does not change the figures of a month already reported (src/reports).

-- Every closure: the log's case.closed entries, and the case's current closed_at for a case whose
-- log predates the entry (loaded data); the same closure from both sources is one row (UNION).
CREATE VIEW report_case_closures AS
  SELECT a.case_id, a.at AS closed_at FROM case_activities a WHERE a.kind = 'case.closed'
  UNION
  SELECT c.id AS case_id, c.closed_at FROM cases c WHERE c.closed_at IS NOT NULL;

-- Every reopening, with the instant the case had been finished since: its first resolution or
-- closure after the reopening before (or after it opened). In between the case was out of the
-- backlog, whatever became of it later.
CREATE VIEW report_case_reopenings AS
  SELECT r.case_id, r.at AS reopened_at,
         (SELECT min(f.at) FROM case_activities f
          WHERE f.case_id = r.case_id AND f.kind IN ('case.resolved', 'case.closed') AND f.seq < r.seq
            AND f.seq > coalesce((SELECT max(p.seq) FROM case_activities p
                                  WHERE p.case_id = r.case_id AND p.kind = 'case.reopened' AND p.seq < r.seq), 0)) AS finished_since
  FROM case_activities r
  WHERE r.kind = 'case.reopened';

CREATE INDEX case_activities_closed_idx ON case_activities (at) WHERE kind = 'case.closed';
CREATE INDEX case_activities_reopened_idx ON case_activities (at) WHERE kind = 'case.reopened';
