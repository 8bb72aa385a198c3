import type { Server } from "node:http";

/**
 * Milliseconds the server spent on its requests, summed: from the moment Node hands a request
 * over (its headers read) until its answer is handed to the socket ('prefinish', inside `end()`;
 * 'finish' waits for the write's callback, a turn of the event loop later, 0.2 ms one opening at a
 * time on this machine, when the client may already have the answer). Beside the time in the database
 * (bench/database-time.ts) it splits a request's time one at a time into the database's, the
 * server's own, and what lies outside the server (the client, the sockets, reading the request).
 */
export function timeInRequests(server: Server): () => number {
  let total = 0;
  // before Fastify's own listener, so that its routing counts too
  server.prependListener("request", (_request, response) => {
    const started = performance.now();
    response.once("prefinish", () => (total += performance.now() - started));
  });
  return () => total;
}
