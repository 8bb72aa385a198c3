import autocannon, { type RawRequest } from "autocannon";
import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { cpuSnapshot, cpuUse, type CpuUse } from "./cpu.js";
import type { Target } from "./engines.js";
import { percentiles, round } from "./stats.js";

export type RunningServer = { baseUrl: string; pid: number; roundTrips(): Promise<number>; databaseMs(): Promise<number>; serverMs(): Promise<number>; walPosition(): Promise<string>; walBytesSince(position: string): Promise<number>; stop(): Promise<void> };

/**
 * Starts bench/server.ts (or another bench server, `script`, e.g. bench/floor-server.ts) in a
 * child process and waits until it listens.
 */
export async function startServer(target: Target, options: { script?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const child = fork(fileURLToPath(new URL(options.script ?? "./server.ts", import.meta.url)), [], {
    // tsx by absolute URL, so the child starts from any working directory
    // BENCH_SERVER_NODE_ARGS: e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server alone
    execArgv: ["--import", import.meta.resolve("tsx"), ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [])],
    env: { ...process.env, ...options.env, BENCH_TARGET: JSON.stringify(target) },
    // the child's stdout (pino) must not mix with the JSON report on ours
    stdio: ["ignore", 2, 2, "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`bench server exited with code ${code} before listening`)));
    child.once("error", reject);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    roundTrips: () => ask<number>(child, "roundTrips"),
    databaseMs: () => ask<number>(child, "databaseMs"),
    serverMs: () => ask<number>(child, "serverMs"),
    walPosition: () => ask<string>(child, "walPosition"),
    walBytesSince: (position) => ask<number>(child, { walBytesSince: position }, "walBytes"),
    async stop() {
      if (child.exitCode === null) child.send("stop");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type Throughput = {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
  cpu: CpuUse;
};

/**
 * Drives POSTs at `connections` concurrent keep-alive connections for `seconds` with autocannon;
 * `next()` gives each request's path and body. Counts only 2xx answers.
 */
export async function measureThroughput(
  baseUrl: string,
  token: string,
  options: { connections: number; seconds: number; next: () => { path: string; body: unknown }; serverPid?: number; database?: string },
): Promise<Throughput> {
  const before = cpuSnapshot(options.serverPid, options.database);
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        setupRequest: (request: RawRequest) => {
          const { path, body } = options.next();
          return { ...request, path, body: JSON.stringify(body) };
        },
      },
    ],
  });
  const after = cpuSnapshot(options.serverPid, options.database);
  const ok = result["2xx"];
  return {
    connections: options.connections,
    seconds: round(result.duration, 2),
    requests: ok,
    perSecond: round(ok / result.duration, 1),
    non2xx: result.non2xx,
    errors: result.errors,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.mean, 2) },
    cpu: cpuUse(before, after, ok),
  };
}

export type Latency = { requests: number; p50: number; p95: number; max: number; mean: number; averageItems: number; non200: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request over a keep-alive connection: status, parsed body and wall time in ms. */
export function request(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; ms: number }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, json, ms });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/**
 * POSTs `count` requests one after another over the keep-alive connection, each expected to
 * answer 201 (anything else ends the run); `onAnswer` sees each answer. The wall times in ms.
 */
export async function postOneByOne(
  baseUrl: string, token: string, count: number, next: () => { path: string; body: unknown }, onAnswer?: (path: string, json: unknown) => void,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const { path, body } = next();
    const answer = await request(baseUrl, token, "POST", path, body);
    if (answer.status !== 201) throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
    onAnswer?.(path, answer.json);
    times.push(answer.ms);
  }
  return times;
}

/** Sends GETs one after another (after a short warm-up) and reports exact percentiles. */
export async function measureLatency(baseUrl: string, token: string, nextPath: () => string, count: number, warmup: number): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request(baseUrl, token, "GET", nextPath());
  const times: number[] = [];
  let items = 0;
  let non200 = 0;
  for (let i = 0; i < count; i++) {
    const { status, json, ms } = await request(baseUrl, token, "GET", nextPath());
    times.push(ms);
    if (status !== 200) non200++;
    else items += (json as { items: unknown[] }).items.length;
  }
  return {
    requests: count,
    ...percentiles(times),
    averageItems: round(items / Math.max(1, count - non200), 1),
    non200,
  };
}

/** Asks the server process over IPC; its answer is `{ [answerKey]: value }` (the question's own name by default). */
function ask<T>(child: ChildProcess, question: string | object, answerKey = String(question)): Promise<T> {
  return new Promise<T>((resolve) => {
    const answer = (message: unknown) => {
      if (typeof message !== "object" || message === null || !(answerKey in message)) return;
      child.off("message", answer);
      resolve((message as Record<string, T>)[answerKey]!);
    };
    child.on("message", answer);
    child.send(question);
  });
}
