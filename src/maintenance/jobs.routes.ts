import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { presentJob } from "./job.presenter.js";
import { idParams, jobSchema, listJobsQuery, pageOf, updateJobBody } from "./maintenance.schemas.js";
import { listJobs, loadJobFor } from "./read-jobs.js";
import { updateJob } from "./update-job.js";

const tags = ["maintenance"];

/** Maintenance jobs: the list, one job, the engineer's checklist and summary. */
export function maintenanceJobsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/maintenance-jobs", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Maintenance jobs, newest period first; a customer sees its own company's delivered reports only",
        querystring: listJobsQuery, response: { 200: pageOf(jobSchema) },
      },
    }, async (request) => {
      const page = await listJobs(deps, { actor: actorOf(request), ...request.query });
      const now = deps.clock.now();
      return { items: page.items.map((job) => presentJob(job, now)), nextCursor: page.nextCursor };
    });

    app.get("/maintenance-jobs/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "One maintenance job", params: idParams, response: { 200: jobSchema } },
    }, async (request) => presentJob(await loadJobFor(deps, actorOf(request), request.params.id), deps.clock.now()));

    app.patch("/maintenance-jobs/:id", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Record checklist results (by item key), the summary or the engineer",
        params: idParams, body: updateJobBody, response: { 200: jobSchema },
      },
    }, async (request) => presentJob(await updateJob(deps, { actor: actorOf(request), jobId: request.params.id, ...request.body }), deps.clock.now()));
  };
}
