-- "cases escalated to me": an expert's cases, newest first, as the other per-person lists
CREATE INDEX cases_expert_created_idx ON cases (expert_id, created_at DESC, id DESC) WHERE expert_id IS NOT NULL;
