import { createServer } from "node:net";

/** The port `casedesk start` was told to serve on cannot be had; says which and how to choose another. */
export class PortUnavailableError extends Error {}

/**
 * Binds HOST:PORT for a moment and lets go, so that a port already taken is reported before
 * migrations and the demo seed run (and before a PGlite folder is locked for nothing).
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      throw new PortUnavailableError(`casedesk: port ${port} on ${host} is already in use (another casedesk or another program is listening there); stop it, or start on another port with PORT=<number>`);
    }
    if (error.code === "EACCES") throw new PortUnavailableError(`casedesk: this user may not listen on port ${port} on ${host}; choose a port above 1023 with PORT=<number>`);
    if (error.code === "EADDRNOTAVAIL") throw new PortUnavailableError(`casedesk: ${host} is not an address of this machine; set HOST to one that is (or 0.0.0.0 for all)`);
    throw error;
  });
}
