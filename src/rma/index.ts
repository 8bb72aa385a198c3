/** RMA (F6): faulty items sent back to their vendors under a case, step by step, with per-step targets warned through durable timers. */
export { rmaRoutes } from "./rma.routes.js";
export { openRma } from "./open-rma.js";
export { advanceRma } from "./advance-rma.js";
export { rmaTimerHandlers } from "./rma-timers.js";
export { seedRmaDemo } from "./demo.js";
export { rmaFigures, type RmaReportFigures } from "./rma-figures.js";
