#!/usr/bin/env node
import { wantsHelp } from "./cli/args.js";
import { COMMANDS } from "./cli/commands.js";
import { ConfigError, loadConfig } from "./config.js";
import { applyHeapGrowth } from "./heap-growth.js";

const ENVIRONMENT = `Environment: PORT (default 3000; 0 = any free port), HOST (default 127.0.0.1), PUBLIC_URL, NODE_ENV,
DATABASE_URL, DATABASE_POOL_MAX, DATABASE_CONNECT_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS,
DATABASE_PREPARED_STATEMENTS (on|off, default on), LENDSTACK_DATA_DIR,
JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, JWKS_URL, LOG_LEVEL, BODY_LIMIT_BYTES, CORS_ORIGINS, REQUEST_TIMEOUT_MS,
HEADERS_TIMEOUT_MS, RATE_LIMIT_PER_MINUTE, RATE_LIMIT_STORE, WEBHOOK_ALLOW_PRIVATE_URLS (default false),
LENDSTACK_WORKER (on|off, default on), LENDSTACK_PROCESSES (serve: API processes, default 1),
LENDSTACK_HEAP_GROWTH_PERCENT (default 100; 0 = V8's own), LENDSTACK_MASTER_KEY, LENDSTACK_PREVIOUS_MASTER_KEY, LENDSTACK_NEW_MASTER_KEY
(rotate-keys).`;

const USAGE = `Usage: lendstack <command> [options]      (lendstack <command> --help for one command)

${Object.values(COMMANDS)
  .map((command) => command.usage)
  .join("\n")}

${ENVIRONMENT}`;

/**
 * Runs one command. Help (`--help`, `-h`, `help [command]`) is printed before the configuration is even
 * read, so it never acts and never fails on a bad environment. Usage and configuration errors are one
 * line on stderr and exit 2; other failures exit 1.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    process.stdout.write(`${topic === undefined ? USAGE : `Usage: lendstack\n${topic.usage}\n\n${ENVIRONMENT}`}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    throw new ConfigError(
      `unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see lendstack --help)`,
    );
  }
  if (wantsHelp(rest)) {
    process.stdout.write(`Usage: lendstack\n${command.usage}\n\n${ENVIRONMENT}\n`);
    return 0;
  }
  const config = loadConfig();
  applyHeapGrowth(config.heapGrowthPercent);
  return command.run(rest, config);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`lendstack: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
