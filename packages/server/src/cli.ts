#!/usr/bin/env node
import { parseArgs } from "node:util";
import { mintDevelopmentToken } from "./auth/development-token.js";
import { CLOSE_DAY_USAGE, closeDayCommand } from "./cli/close-day.js";
import { serveCommand } from "./cli/serve.js";
import { ConfigError, loadConfig, type ServerConfig } from "./config.js";
import { createDatabase } from "./db/database.js";
import { DEMO_TENANT, seedDemoTenant } from "./demo/seed.js";
import { createIdGenerator } from "./ids.js";
import { allScopes } from "./resources.js";

const USAGE = `Usage: lendstack <command>

  serve                               migrate, seed the demo tenant if empty, and start the API
  migrate                             apply the database migrations
  seed                                give the demo tenant its demo products (does nothing if it has any)
  token --tenant <id> [--scopes a,b] [--ttl 1h]
                                      print a development token (HS256, JWT_SECRET or the development secret)
${CLOSE_DAY_USAGE}

Environment: PORT, HOST (default 127.0.0.1), PUBLIC_URL, NODE_ENV, DATABASE_URL, LENDSTACK_DATA_DIR, JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, JWKS_URL,
LOG_LEVEL, BODY_LIMIT_BYTES.`;

function developmentSigning(config: ServerConfig) {
  if (config.jwt.secret === undefined) {
    throw new ConfigError("JWKS_URL is set: tokens come from your identity provider, not `lendstack token`.");
  }
  return { secret: config.jwt.secret, issuer: config.jwt.issuer, audience: config.jwt.audience };
}

async function withDatabase(
  config: ServerConfig,
  work: (database: Awaited<ReturnType<typeof createDatabase>>) => Promise<void>,
) {
  const database = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  const config = loadConfig();
  switch (command) {
    case "serve":
      await serveCommand(config);
      return -1;
    case "migrate":
      await withDatabase(config, async (database) => {
        await database.migrate();
        process.stdout.write(`Migrations applied (${database.kind}).\n`);
      });
      return 0;
    case "seed":
      await withDatabase(config, async (database) => {
        await database.migrate();
        const clock = () => new Date();
        const created = await seedDemoTenant(database, { clock, ids: createIdGenerator({ clock }) });
        process.stdout.write(
          created > 0
            ? `Seeded ${created} products for tenant "${DEMO_TENANT}".\n`
            : `Tenant "${DEMO_TENANT}" already has products.\n`,
        );
      });
      return 0;
    case "token": {
      const { values } = parseArgs({
        args: rest,
        options: { tenant: { type: "string" }, scopes: { type: "string" }, ttl: { type: "string", default: "1h" } },
      });
      if (values.tenant === undefined) throw new ConfigError("token needs --tenant <id>");
      const scopes = values.scopes === undefined ? allScopes() : values.scopes.split(",").map((scope) => scope.trim());
      const token = await mintDevelopmentToken({
        tenant: values.tenant,
        scopes,
        ttl: values.ttl,
        ...developmentSigning(config),
      });
      process.stdout.write(`${token}\n`);
      return 0;
    }
    case "close-day": {
      let code = 1;
      await withDatabase(config, async (database) => {
        code = await closeDayCommand(rest, database);
      });
      return code;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`lendstack: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
