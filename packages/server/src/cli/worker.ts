import type { ServerConfig } from "../config.js";
import { ConfigError } from "../config.js";
import { createDatabase } from "../db/database.js";
import { createIdGenerator } from "../ids.js";
import { startBackgroundWorker } from "../jobs/background.js";
import { createLogger } from "../logger.js";
import { keyringFromConfig } from "../pii/master-keys.js";
import { parseCommandArgs } from "./args.js";

/** Usage of `lendstack worker`. */
export const WORKER_USAGE = `  worker                              run background work only (webhook deliveries, daily closes), beside one or more
                                      servers started with LENDSTACK_WORKER=off; needs DATABASE_URL`;

/**
 * `lendstack worker`: delivers webhooks and runs due daily closes until SIGINT/SIGTERM, then finishes the pass in flight. Several
 * workers share one PostgreSQL database without delivering anything twice at once. The embedded
 * database has one owner, so there the worker runs inside `lendstack serve` and this command refuses.
 *
 * @example
 * await workerCommand([], loadConfig());
 */
export async function workerCommand(args: ReadonlyArray<string>, config: ServerConfig): Promise<number> {
  parseCommandArgs("worker", args, {});
  if (config.databaseUrl === undefined) {
    throw new ConfigError(
      "worker needs DATABASE_URL (PostgreSQL); on the embedded database the worker runs inside lendstack serve",
    );
  }
  const logger = createLogger(config.logLevel);
  const database = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, ...config.database });
  await database.migrate();
  const clock = () => new Date();
  const worker = startBackgroundWorker({
    db: database.db,
    clock,
    ids: createIdGenerator({ clock }),
    policy: config.webhookUrlPolicy,
    logger,
    pii: keyringFromConfig(config.pii, config.dataDir),
  });
  logger.info("worker started");
  const stop = async () => {
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return -1;
}
