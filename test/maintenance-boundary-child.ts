/**
 * casedesk with its worker, on a clock that starts at CLOCK_START and runs in real time, for the
 * test that kills it at a maintenance period's boundary. With STALL_OPENING=1 the period opening
 * writes its jobs, says so on stdout, and then waits inside its transaction for the kill.
 */
import { createApp, timerHandlers } from "../src/app.js";
import { loadConfig } from "../src/config.js";

const startedAt = Date.now();
const clockStart = new Date(process.env.CLOCK_START ?? new Date().toISOString()).getTime();
const clock = { now: () => new Date(clockStart + (Date.now() - startedAt)) };

if (process.env.STALL_OPENING === "1") {
  const open = timerHandlers["maintenance.open_period"]!;
  timerHandlers["maintenance.open_period"] = async (tx, timer, deps) => {
    await open(tx, timer, deps);
    process.stdout.write(`OPENED_NOT_COMMITTED ${timer.key}\n`);
    await new Promise(() => undefined);
  };
}

const app = await createApp(loadConfig(process.env), { clock, worker: true, workerIntervalMs: 200 });
await app.server.listen({ host: "127.0.0.1", port: Number(process.env.PORT) });
process.stdout.write("READY\n");
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
