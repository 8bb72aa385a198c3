import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `casedesk` as a child process, for the tests that kill it: a server started on a free port
 * and waited for until /healthz answers, and one-off CLI commands. Every child is tracked in the
 * caller's set, so an afterAll can kill what is left.
 */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type ChildServer = {
  child: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  readyAt: number;
};

/**
 * `casedesk start` with `env` (plus a free PORT), once it answers /healthz and, when `printed` is
 * given, has printed it (the demo centre loads after the server listens: "demo centre loaded").
 */
export async function startChildServer(env: NodeJS.ProcessEnv, children: Set<ChildProcess>, timeoutMs = 60_000, printed?: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/casedesk.js", "start"], { cwd: repoRoot, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited before it was healthy:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).status === 200 && (printed === undefined || output.includes(printed))) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not become healthy${printed ? ` and print "${printed}"` : ""} in ${timeoutMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, base, exited, output: () => output, readyAt: Date.now() };
}

/** A one-off `casedesk <args>`: its exit code and what it printed. */
export function runChildCli(args: string[], env: NodeJS.ProcessEnv, children: Set<ChildProcess>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/casedesk.js", ...args], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A command's stderr less the line every database command starts with ("casedesk: opened …"): what is left is a complaint. */
export const complaintsIn = (stderr: string) => stderr.replace(/^casedesk: opened .*\n/m, "");
