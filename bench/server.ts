/**
 * The server under benchmark, in a process of its own so that the load generator does not share
 * its event loop: the whole app (createApp) on 127.0.0.1 and a free port, warn-level logs. The
 * target comes in BENCH_TARGET (JSON); the port goes back to the parent over IPC, and a "stop"
 * message closes the app and ends the process. A "roundTrips" message is answered with the number
 * of statements sent to the database so far (bench/round-trips.ts), a "databaseMs" message with the
 * milliseconds they spent there (bench/database-time.ts), a "serverMs" message with the milliseconds
 * the server spent on its requests (bench/server-time.ts); a "walPosition" message with
 * the database's write-ahead log position, and `{ walBytesSince: position }` with what was written
 * since (bench/wal.ts), both read through the app's own connections.
 */
import { createApp } from "../src/app.js";
import { benchConfig, type Target } from "./engines.js";
import { countRoundTrips } from "./round-trips.js";
import { timeInDatabase } from "./database-time.js";
import { timeInRequests } from "./server-time.js";
import { kyselyReader, walBytesSince, walPosition } from "./wal.js";

const target = JSON.parse(process.env.BENCH_TARGET ?? "null") as Target | null;
if (!target || !process.send) {
  console.error("bench/server.ts is started by bench/main.ts");
  process.exit(2);
}

const roundTrips = countRoundTrips();
const databaseMs = timeInDatabase();
const app = await createApp(benchConfig(target));
const wal = kyselyReader(app.deps.db);
const serverMs = timeInRequests(app.server.server);
await app.server.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.server.address();
process.send({ port: typeof address === "object" && address ? address.port : 0 });

process.on("message", (message) => {
  if (message === "roundTrips") return void process.send!({ roundTrips: roundTrips() });
  if (message === "databaseMs") return void process.send!({ databaseMs: databaseMs() });
  if (message === "serverMs") return void process.send!({ serverMs: serverMs() });
  if (message === "walPosition") return void walPosition(wal).then((walPosition) => process.send!({ walPosition }));
  if (typeof message === "object" && message !== null && "walBytesSince" in message) {
    return void walBytesSince(wal, String(message.walBytesSince)).then((walBytes) => process.send!({ walBytes }));
  }
  if (message !== "stop") return;
  void app.close().finally(() => process.exit(0));
});
process.on("disconnect", () => void app.close().finally(() => process.exit(0)));
