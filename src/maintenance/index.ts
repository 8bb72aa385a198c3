/** Preventive maintenance: plans per contract, a job per covered system each period, performance data, analysis, the report, proactive calls. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../shared/deps.js";
import { maintenanceJobsRoutes } from "./jobs.routes.js";
import { maintenanceMetricsRoutes } from "./metrics.routes.js";
import { maintenancePlansRoutes } from "./plans.routes.js";
import { maintenanceRulesRoutes } from "./rules.routes.js";
import { maintenanceReportRoutes } from "./report.routes.js";
import { maintenanceBoardRoutes } from "./board.routes.js";

export { maintenanceTimerHandlers } from "./maintenance-timers.js";
export { createPlan } from "./create-plan.js";
export { updatePlan, openPeriodByHand } from "./update-plan.js";
export { DEFAULT_CHECKLIST } from "./checklist.js";
export { maintenanceRequestBodies } from "./metrics.routes.js";
export { referencedReportFiles } from "./deliver-report.js";
export { maintenanceFigures, maintenanceSectionFigures, type MaintenanceMonth } from "./maintenance-figures.js";
export { logProactiveCall } from "./proactive-calls.js";
export { seedMaintenanceDemo } from "./demo.js";
export type { MaintenanceTables } from "./tables.js";

/** Every maintenance route, registered with one line in src/http-modules.ts. */
export function maintenanceRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(maintenancePlansRoutes(deps));
    await app.register(maintenanceJobsRoutes(deps));
    await app.register(maintenanceMetricsRoutes(deps));
    await app.register(maintenanceRulesRoutes(deps));
    await app.register(maintenanceReportRoutes(deps));
    await app.register(maintenanceBoardRoutes(deps));
  };
}
