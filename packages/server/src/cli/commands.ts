import type { ServerConfig } from "../config.js";
import { createDatabase, type Database } from "../db/database.js";
import { DEMO_TENANT, seedDemoTenant } from "../demo/seed.js";
import { createIdGenerator } from "../ids.js";
import { keyringFromConfig } from "../pii/master-keys.js";
import { parseCommandArgs } from "./args.js";
import { AUDIT_VERIFY_USAGE, formatAuditVerification, parseAuditArgs, verifyAuditChains } from "./audit-verify.js";
import { CLOSE_DAY_USAGE, closeDayCommand, parseCloseDayArgs } from "./close-day.js";
import { DOCUMENTS_USAGE, documentsCommand, parseDocumentsArgs } from "./documents.js";
import { EXPORT_USAGE, exportCommand, parseExportArgs } from "./export.js";
import { IMPORT_USAGE, importCommand, parseImportArgs } from "./import.js";
import { METRO2_USAGE, metro2Command, parseMetro2Args } from "./metro2.js";
import { newMasterKeyFrom, ROTATE_KEYS_USAGE, rotateKeysCommand } from "./rotate-keys.js";
import { parseSanctionsArgs, SANCTIONS_USAGE, sanctionsCommand } from "./sanctions.js";
import { serveCommand } from "./serve.js";
import { TOKEN_USAGE, tokenCommand } from "./token.js";
import { WORKER_USAGE, workerCommand } from "./worker.js";

/**
 * One `lendstack` command: its usage lines and what it does. `run` resolves to the exit code, or -1 for a
 * command that keeps running (serve).
 */
export interface CliCommand {
  readonly usage: string;
  run(args: ReadonlyArray<string>, config: ServerConfig): Promise<number>;
}

async function withDatabase(config: ServerConfig, work: (database: Database) => Promise<number>): Promise<number> {
  const database = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, ...config.database });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function auditVerify(database: Database, tenantId: string | undefined): Promise<number> {
  await database.migrate();
  const result = await verifyAuditChains(database.db, tenantId);
  process.stdout.write(formatAuditVerification(result));
  return result.broken === undefined ? 0 : 1;
}

async function seed(database: Database): Promise<number> {
  await database.migrate();
  const clock = () => new Date();
  const created = await seedDemoTenant(database, { clock, ids: createIdGenerator({ clock }) });
  process.stdout.write(
    created > 0
      ? `Seeded ${created} products for tenant "${DEMO_TENANT}".\n`
      : `Tenant "${DEMO_TENANT}" already has products.\n`,
  );
  return 0;
}

/**
 * The commands by name; `lendstack <name> --help` prints `usage` and runs nothing.
 *
 * @example
 * await COMMANDS.migrate?.run([], loadConfig());
 */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  serve: {
    usage: `  serve                               migrate, seed the demo tenant if empty, and start the API;
                                      prints the docs address and an export TOKEN=… line`,
    run: async (args, config) => {
      parseCommandArgs("serve", args, {});
      await serveCommand(config);
      return -1;
    },
  },
  migrate: {
    usage: "  migrate                             apply the database migrations",
    run: (args, config) => {
      parseCommandArgs("migrate", args, {});
      return withDatabase(config, async (database) => {
        await database.migrate();
        process.stdout.write(`Migrations applied (${database.kind}).\n`);
        return 0;
      });
    },
  },
  seed: {
    usage: "  seed                                give the demo tenant its demo products (does nothing if it has any)",
    run: (args, config) => {
      parseCommandArgs("seed", args, {});
      return withDatabase(config, seed);
    },
  },
  token: { usage: TOKEN_USAGE, run: tokenCommand },
  "close-day": {
    usage: CLOSE_DAY_USAGE,
    run: (args, config) => {
      parseCloseDayArgs([...args], new Date()); // refuse bad arguments before opening the database
      const pii = keyringFromConfig(config.pii, config.dataDir);
      return withDatabase(config, (database) => closeDayCommand([...args], database, process.stderr, pii));
    },
  },
  audit: {
    usage: AUDIT_VERIFY_USAGE,
    run: (args, config) => {
      const { tenantId } = parseAuditArgs([...args]); // refuse bad arguments before opening the database
      return withDatabase(config, (database) => auditVerify(database, tenantId));
    },
  },
  worker: { usage: WORKER_USAGE, run: workerCommand },
  sanctions: {
    usage: SANCTIONS_USAGE,
    run: (args, config) => {
      parseSanctionsArgs(args); // refuse bad arguments before opening the database
      return withDatabase(config, (database) => sanctionsCommand(args, config, database));
    },
  },
  import: {
    usage: IMPORT_USAGE,
    run: (args, config) => {
      parseImportArgs(args); // refuse bad arguments before opening the database
      return withDatabase(config, (database) => importCommand(args, database));
    },
  },
  export: {
    usage: EXPORT_USAGE,
    run: (args, config) => {
      parseExportArgs(args); // refuse bad arguments before opening the database
      return withDatabase(config, (database) => exportCommand(args, database));
    },
  },
  metro2: {
    usage: METRO2_USAGE,
    run: (args, config) => {
      parseMetro2Args(args); // refuse bad arguments before opening the database
      const pii = keyringFromConfig(config.pii, config.dataDir);
      return withDatabase(config, (database) => metro2Command(args, database, pii));
    },
  },
  documents: {
    usage: DOCUMENTS_USAGE,
    run: (args, config) => {
      parseDocumentsArgs(args); // refuse bad arguments before opening the database
      return withDatabase(config, (database) => documentsCommand(args, config, database, new Date()));
    },
  },
  "rotate-keys": {
    usage: ROTATE_KEYS_USAGE,
    run: (args, config) => {
      parseCommandArgs("rotate-keys", args, {}); // refuse bad arguments before opening the database
      newMasterKeyFrom(process.env);
      return withDatabase(config, (database) => rotateKeysCommand(args, config, database, process.env));
    },
  },
};
