import type { FastifyInstance } from "fastify";
import { attachmentsRoutes, multipartRequestBodies } from "./attachments/index.js";
import { authRoutes, callerResolver } from "./auth/index.js";
import { casesRoutes } from "./cases/index.js";
import { customersRoutes, masterDataRoutes } from "./customers/index.js";
import type { Database } from "./db/database.js";
import type { HttpModules } from "./http/server.js";
import { importsRoutes, importRequestBodies } from "./imports/index.js";
import { intakeRoutes } from "./intake/index.js";
import { inventoryRoutes, partsImportRequestBodies } from "./inventory/index.js";
import { rmaRoutes } from "./rma/index.js";
import { registerJobsMetrics, timersRoutes } from "./jobs/index.js";
import { listsRoutes } from "./lists/index.js";
import { liveRoutes } from "./live/index.js";
import { maintenanceRequestBodies, maintenanceRoutes } from "./maintenance/index.js";
import { notificationsRoutes, registerNotifyMetrics, templatesRoutes } from "./notify/index.js";
import { reportSections } from "./report-sections.js";
import { reportsRoutes } from "./reports/index.js";
import { rostersRoutes } from "./rosters/index.js";
import type { Deps } from "./shared/deps.js";
import { calendarsRoutes, slaPoliciesRoutes } from "./sla/index.js";
import { surveyShortLinkRoutes, surveysRoutes } from "./surveys/index.js";
import { telephonyRoutes } from "./telephony/index.js";

/**
 * The HTTP face of every module, handed to the server (which knows no module): who the caller is,
 * and each module's routes under /api/v1.
 */
export function httpModules(deps: Deps, database: Pick<Database, "listen">): HttpModules {
  return {
    resolveCaller: callerResolver(deps),
    decorate: (app) => app.decorateRequest("auth", null),
    openapiRequestBodies: { ...multipartRequestBodies, ...importRequestBodies, ...partsImportRequestBodies, ...maintenanceRequestBodies },
    metrics(registry) {
      registerJobsMetrics(registry);
      registerNotifyMetrics(registry);
    },
    async routes(app: FastifyInstance) {
      await app.register(async (api) => {
        for (const routes of [authRoutes, customersRoutes, masterDataRoutes, casesRoutes, notificationsRoutes, templatesRoutes, timersRoutes, rostersRoutes, slaPoliciesRoutes, calendarsRoutes, attachmentsRoutes, telephonyRoutes, surveysRoutes, intakeRoutes, importsRoutes, listsRoutes, inventoryRoutes, rmaRoutes, reportsRoutes(reportSections), maintenanceRoutes]) {
          await api.register(routes(deps));
        }
        // live updates (web screens)
        await api.register(liveRoutes(deps, database));
      }, { prefix: "/api/v1" });
      // surveys: the short link of the text message
      await app.register(surveyShortLinkRoutes(deps));
    },
  };
}
