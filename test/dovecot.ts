import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./peers.js";

/**
 * A real IMAP server for the intake tests: Debian's dovecot-imapd, started in the foreground
 * with a configuration of its own in a temporary folder (plain-text login on 127.0.0.1, one
 * test user, Maildir). `.ci/run` installs the package; without it the tests say so and fail.
 */
export type DovecotPeer = { port: number; user: string; password: string; url(mailbox?: string): string; close(): Promise<void> };

export const DOVECOT = "/usr/sbin/dovecot";

export function hasDovecot(): boolean {
  return existsSync(DOVECOT);
}

export async function startDovecot(): Promise<DovecotPeer> {
  if (!hasDovecot()) throw new Error("dovecot is not installed: apt-get install -y dovecot-imapd (.ci/run does)");
  const dir = mkdtempSync(join(tmpdir(), "casedesk-dovecot-"));
  const port = await freePort();
  const user = "support";
  const password = "intake-test-password";
  // dovecot refuses to keep mail as root: the mailbox belongs to nobody when the tests run as root
  const isRoot = process.getuid?.() === 0;
  const uid = isRoot ? Number(spawnSync("id", ["-u", "nobody"], { encoding: "utf8" }).stdout.trim() || 65534) : process.getuid!();
  const gid = isRoot ? Number(spawnSync("id", ["-g", "nobody"], { encoding: "utf8" }).stdout.trim() || 65534) : process.getgid!();
  for (const sub of ["run", "state", "home"]) mkdirSync(join(dir, sub), { recursive: true });
  chmodSync(dir, 0o755);
  if (isRoot) chownSync(join(dir, "home"), uid, gid);
  writeFileSync(join(dir, "passwd"), `${user}:{PLAIN}${password}::::::\n`);
  const config = [
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${dir}/dovecot.log`,
    "protocols = imap",
    "listen = 127.0.0.1",
    "ssl = no",
    "disable_plaintext_auth = no",
    "auth_mechanisms = plain login",
    `first_valid_uid = ${uid}`,
    `first_valid_gid = ${gid}`,
    "default_login_user = dovenull",
    "default_internal_user = dovecot",
    `mail_location = maildir:${dir}/home/%u/Maildir`,
    `passdb {\n  driver = passwd-file\n  args = ${dir}/passwd\n}`,
    `userdb {\n  driver = static\n  args = uid=${uid} gid=${gid} home=${dir}/home/%u\n}`,
    `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    "service anvil {\n  chroot =\n}",
    "service imap-login {\n  chroot =\n}",
    "namespace inbox {\n  inbox = yes\n  separator = /\n}",
    "",
  ].join("\n");
  writeFileSync(join(dir, "dovecot.conf"), config);
  const check = spawnSync(DOVECOT, ["-c", join(dir, "dovecot.conf"), "-n"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`dovecot refused its configuration: ${check.stderr}`);
  const child: ChildProcess = spawn(DOVECOT, ["-F", "-c", join(dir, "dovecot.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForPort(port, () => (child.exitCode !== null ? `dovecot exited: ${output} ${readLog(dir)}` : undefined));
  return {
    port,
    user,
    password,
    url: (mailbox?: string) => `imap://${user}:${password}@127.0.0.1:${port}/${mailbox ?? ""}`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      if (!process.env.KEEP_DOVECOT) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, "dovecot.log"), "utf8").slice(-2000);
  } catch {
    return "";
  }
}

async function waitForPort(port: number, failed: () => string | undefined): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const problem = failed();
    if (problem) throw new Error(problem);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`dovecot did not listen on ${port}`);
}
