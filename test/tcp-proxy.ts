import { createConnection, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy in front of PostgreSQL for the outage tests. `reset()` cuts every connection with a
 * TCP reset (a failover, a network blip); `blackhole()` stops forwarding but keeps the sockets
 * open, as a dead route does (nothing is lost: the bytes wait, as TCP retransmission would keep
 * them); `refuse()` turns new connections away (the server is down); `resume()` forwards again.
 */
export type TcpProxy = {
  port: number;
  /** `databaseUrl` with its host and port pointed at the proxy */
  urlFor(databaseUrl: string): string;
  reset(): void;
  blackhole(): void;
  refuse(): void;
  resume(): void;
  /** connections open now */
  readonly connections: number;
  close(): Promise<void>;
};

type Mode = "forward" | "blackhole" | "refuse";
type Pair = { client: Socket; upstream?: Socket };

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = "forward";
  const pairs = new Set<Pair>();

  const connectUpstream = (pair: Pair) => {
    const upstream = createConnection(target);
    pair.upstream = upstream;
    // forwarded by hand, not piped: a pipe resumes a paused socket when its peer drains
    pair.client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk) => pair.client.write(chunk));
    upstream.on("error", () => pair.client.destroy());
    upstream.on("close", () => {
      pair.client.destroy();
      pairs.delete(pair);
    });
  };

  const server: Server = createServer((client) => {
    if (mode === "refuse") return void client.resetAndDestroy();
    const pair: Pair = { client };
    pairs.add(pair);
    client.on("error", () => pair.upstream?.destroy());
    client.on("close", () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (mode === "blackhole") client.pause();
    else connectUpstream(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  return {
    port,
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    reset() {
      for (const pair of pairs) {
        pair.client.resetAndDestroy();
        pair.upstream?.resetAndDestroy();
      }
      pairs.clear();
    },
    blackhole() {
      mode = "blackhole";
      for (const pair of pairs) {
        pair.client.pause();
        pair.upstream?.pause();
      }
    },
    refuse() {
      mode = "refuse";
    },
    resume() {
      mode = "forward";
      for (const pair of pairs) {
        if (!pair.upstream) connectUpstream(pair);
        pair.client.resume();
        pair.upstream!.resume();
      }
    },
    get connections() {
      return pairs.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) {
          pair.client.destroy();
          pair.upstream?.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
