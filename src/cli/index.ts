import { Command, Option } from "commander";
import { resolve } from "node:path";
import { createApp, openApiDocument, openForCommand, timerHandlers, type App } from "../app.js";
import { createApiToken, createUser, findUserByEmail, listApiTokens, revokeApiToken, ROLES, systemActor } from "../auth/index.js";
import { verifyActivityLog } from "../cases/index.js";
import { runHousekeeping } from "../housekeeping/index.js";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { DataDirLockedError } from "../db/data-dir-lock.js";
import { migrate } from "../db/migrate.js";
import { DEMO_LOADED, DEMO_PASSWORD, prepareDemo, seedDemo, type PreparedDemo } from "../demo/index.js";
import type { Role } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { VERSION } from "../version.js";
import { BackupError, serveBackupRequests } from "../backup/index.js";
import { addBackupCommands } from "./backup-commands.js";
import { assertPortFree, PortUnavailableError } from "./port-check.js";

/** `casedesk <command>`: the server, migrations, demo data, users, tokens and log verification. */
export function buildCli(): Command {
  const program = new Command("casedesk").description("Case tracking for IT after-sales support centres").version(VERSION).showHelpAfterError();

  program
    .command("start")
    .description("start the server (migrates first; seeds demo data into an empty embedded database)")
    .action(async () => {
      const config = loadConfig();
      await assertPortFree(config.host, config.port);
      const app = await createApp(config, { worker: false, workerIntervalMs: config.workerIntervalMs });
      const wantsDemo = config.demo === "true" || (config.demo === "auto" && !config.databaseUrl);
      // the demo's people first; its cases load once the server listens, so a newcomer signs in at once
      const demo = wantsDemo ? await prepareDemo(app.deps, { timerHandlers }) : null;
      if (demo) printDemoLogins(demo.logins);
      // not while the demo loads: the worker firing the seed's timers while it still writes could deadlock with it
      else if (config.worker) await app.startBackground();
      // the embedded database has one opener: `casedesk backup` asks this server for the copy
      if (app.database.holdStill) {
        const backups = await serveBackupRequests(app.database, config);
        const close = app.close;
        app.close = async () => {
          await backups.close();
          await close();
        };
      }
      const address = await app.server.listen({ host: config.host, port: config.port });
      const url = config.publicUrl ?? address;
      console.log(`casedesk is running on ${databaseName(config)}`);
      if (config.webDir !== "off") console.log(`  ${url}/   web UI`);
      console.log(`  ${url}/api/docs   API documentation`);
      console.log(`  ${url}/api/v1/openapi.json`);
      console.log(`  ${url}/healthz`);
      const stopping = closeOnSignal(app);
      if (demo) await playDemoInBackground(demo, app, config, stopping);
    });

  program
    .command("worker")
    .description("run only the background worker: service-level timers and notification delivery (no HTTP)")
    .action(async () => {
      const config = loadConfig();
      const app = await createApp(config, { worker: true, workerIntervalMs: config.workerIntervalMs });
      console.log(`casedesk worker is running on ${databaseName(config)}`);
      closeOnSignal(app);
    });

  program
    .command("migrate")
    .description("apply pending database migrations")
    .action(() =>
      withDeps(async (_deps, database) => {
        const applied = await migrate(database);
        console.log(applied.length ? `applied: ${applied.join(", ")}` : "the database is up to date");
      }, { migrate: false }),
    );

  program
    .command("seed")
    .description("load data")
    .option("--demo", "a demo support centre: customers, contracts, staff, ~50 cases")
    .action((options: { demo?: boolean }) =>
      withDeps(async (deps) => {
        if (!options.demo) throw new UsageError("say what to seed: casedesk seed --demo");
        const seeded = await seedDemo(deps, { timerHandlers });
        if (seeded) printDemoLogins(seeded.logins);
        else console.log("demo data is already there");
      }),
    );

  const user = program.command("user").description("manage users");
  user
    .command("create")
    .description("create a user")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .addOption(new Option("--role <role>").choices(ROLES as string[]).makeOptionMandatory())
    .option("--password <password>", "at least 10 characters; without it the user cannot sign in until one is set")
    .option("--customer <id>", "the customer company of a customer user")
    .option("--phone <phone>")
    .action((options: { email: string; name: string; role: Role; password?: string; customer?: string; phone?: string }) =>
      withDeps(async (deps) => {
        if (options.password !== undefined && options.password.length < 10) throw new UsageError("the password needs at least 10 characters");
        const created = await createUser(deps, {
          actor: systemActor,
          email: options.email,
          name: options.name,
          role: options.role,
          password: options.password,
          customerId: options.customer,
          phone: options.phone,
        });
        console.log(`created ${created.role} ${created.email} (${created.id})`);
      }),
    );

  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("mint an API token for a user and print it (only the token, once)")
    .requiredOption("--email <email>")
    .option("--name <name>", "what the token is for", "cli")
    .option("--scope <scope>", "limit the token to one integration: pbx (posts call events, nothing else) or monitoring (pushes maintenance metrics, nothing else)")
    .action((options: { email: string; name: string; scope?: string }) =>
      withDeps(async (deps) => {
        const found = await findUserByEmail(deps.db, options.email);
        if (!found) throw new UsageError(`no user with e-mail ${options.email}`);
        if (options.scope !== undefined && options.scope !== "pbx" && options.scope !== "monitoring") throw new UsageError(`unknown token scope ${options.scope} (known: pbx, monitoring)`);
        const created = await createApiToken(deps, { actor: systemActor, userId: found.id, name: options.name, scope: options.scope });
        process.stdout.write(`${created.token}\n`);
      }),
    );
  token
    .command("list")
    .description("list API tokens (never the tokens themselves): id, owner, name, scope, created, last used, revoked")
    .option("--email <email>", "only this user's")
    .action((options: { email?: string }) =>
      withDeps(async (deps) => {
        const rows = (await listApiTokens(deps, { actor: systemActor, all: true })).filter((row) => !options.email || row.userEmail === options.email.toLowerCase());
        const at = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "-");
        for (const row of rows) {
          console.log([row.id, row.userEmail, JSON.stringify(row.name), row.scope ?? "-", at(row.createdAt), `used ${at(row.lastUsedAt)}`, row.revokedAt ? `REVOKED ${at(row.revokedAt)}` : "active"].join("  "));
        }
      }),
    );
  token
    .command("revoke")
    .description("revoke an API token at once (its id from `token list`)")
    .argument("<id>")
    .action((id: string) =>
      withDeps(async (deps) => {
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new UsageError(`${id} is not a token id (see casedesk token list)`);
        const revoked = await revokeApiToken(deps, { actor: systemActor, tokenId: id });
        console.log(`revoked ${revoked.id} (${revoked.userEmail}, ${JSON.stringify(revoked.name)})`);
      }),
    );

  program
    .command("housekeeping")
    .description("run the daily chores now: drop old raw mail (INBOUND_RAW_RETENTION_DAYS), delete attachment files no attachment names, delete ended rate-limit windows")
    .action(() =>
      withDeps(async (deps) => {
        const report = await runHousekeeping(deps);
        console.log(`raw mail dropped from ${report.inboundTrimmed} message(s); ${report.files.removed} of ${report.files.examined} attachment file(s) deleted (${report.files.bytes} bytes); ${report.rateLimitsCleared} ended rate-limit window(s) deleted`);
      }),
    );

  program
    .command("openapi")
    .description("print the OpenAPI document of this version's HTTP API (keys sorted; no database is opened)")
    .action(async () => {
      process.stdout.write(`${JSON.stringify(await openApiDocument(), null, 2)}\n`);
    });

  program
    .command("verify")
    .description("check every case's activity-log hash chain; exits 1 and names the first broken entry of each broken chain")
    .action(() =>
      withDeps(async (deps) => {
        const result = await verifyActivityLog(deps);
        if (result.breaks.length === 0) {
          console.log(`ok: ${result.entries} entries in ${result.cases} cases, every chain intact`);
          return;
        }
        for (const broken of result.breaks) {
          console.log(`BROKEN case ${broken.caseNumber} entry #${broken.seq} (${broken.entryId}): ${broken.reason}`);
        }
        console.log(`${result.breaks.length} broken chain(s) among ${result.cases} cases, ${result.entries} entries`);
        process.exitCode = 1;
      }),
    );
  addBackupCommands(program, (message) => new UsageError(message));
  return program;
}

class UsageError extends Error {}

/** The database a command opens, as an operator knows it: the data folder, or the URL without its password. */
function databaseName(config: Pick<Config, "databaseUrl" | "dataDir">): string {
  if (!config.databaseUrl) return `the embedded database in ${resolve(config.dataDir)}`;
  const url = new URL(config.databaseUrl);
  url.password = "";
  url.searchParams.delete("password");
  return `PostgreSQL at ${url.toString()}`;
}

/**
 * Ctrl-C or a TERM signal: finish the worker's round, stop serving, close the database, exit.
 * Answers whether that has begun (a demo still loading then fails, and is not to be reported).
 */
function closeOnSignal(app: App): () => boolean {
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return () => stopping;
}

/** The demo's cases while the server serves; then the worker. A failure stops the server, as it would have before it listened. */
async function playDemoInBackground(demo: PreparedDemo, app: App, config: Config, stopping: () => boolean): Promise<void> {
  console.log("loading the demo centre's cases (they appear as they are written)…");
  try {
    const { cases, actions } = await demo.play();
    console.log(`${DEMO_LOADED}: ${cases} cases, ${actions} actions`);
  } catch (error) {
    // a stop while it loads closes the database under it: not a failure of the demo
    if (stopping()) return;
    console.error("casedesk: the demo centre could not be loaded:", error);
    await app.close();
    process.exit(1);
  }
  if (config.worker && !stopping()) await app.startBackground();
}

async function withDeps(
  fn: (deps: Deps, database: Awaited<ReturnType<typeof openForCommand>>["database"]) => Promise<void>,
  options: { migrate?: boolean } = {},
) {
  const config: Config = loadConfig();
  const { deps, database } = await openForCommand(config, options);
  // on stderr, so that what a command prints (a token) stays alone on stdout
  console.error(`casedesk: opened ${databaseName(config)}`);
  try {
    await fn(deps, database);
  } finally {
    await database.close();
  }
}

function printDemoLogins(logins: { role: string; email: string }[]) {
  console.log(`demo logins, every password ${DEMO_PASSWORD}:`);
  for (const login of logins) console.log(`  ${login.role.padEnd(10)} ${login.email}`);
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof UsageError || error instanceof PortUnavailableError || error instanceof BackupError) {
      console.error(error.message);
      process.exit(2);
    }
    const code = (error as { code?: string }).code;
    if (code === "duplicate" || code === "not_found" || code === "validation_failed") {
      console.error(`casedesk: ${code} ${JSON.stringify((error as { params?: unknown }).params ?? {})}`);
      process.exit(2);
    }
    throw error;
  }
}
