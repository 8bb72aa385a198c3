import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { downsample, mergeSeries } from "./analyse.js";
import { presentMetricSet } from "./job.presenter.js";
import { assertCan } from "./maintenance.policy.js";
import { metricSetsOf } from "./metrics.repository.js";
import { loadJobFor } from "./read-jobs.js";

/** A chart keeps its shape with this many points a series. */
export const CHART_POINTS = 500;

/** A job's uploads, and every series merged across them, thinned for charts (peaks kept). Staff only. */
export async function readJobMetrics(deps: Deps, input: { actor: Actor; jobId: string }) {
  assertCan(input.actor, "read", "maintenance_job");
  await loadJobFor(deps, input.actor, input.jobId);
  const sets = await metricSetsOf(deps.db, input.jobId);
  const series = mergeSeries(sets.map((set) => set.series)).map((s) => ({ ...s, points: downsample(s.points, CHART_POINTS) }));
  return { uploads: sets.map((set) => presentMetricSet(set, false)), series };
}
