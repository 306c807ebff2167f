import type { Db } from "../db/types.js";
import type { IdGenerator } from "../ids.js";
import { boardQueuedImport } from "../imports/worker.js";
import type { Logger } from "../logger.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import type { WebhookUrlPolicy } from "../webhook-endpoints/url-policy.js";
import { runDueCloses } from "./close-day/scheduler.js";
import { deliverDueWebhooks } from "./webhooks/deliver.js";
import { startLoop } from "./worker.js";

/** The background work of one process. @example await worker.stop(); */
export interface BackgroundWorker {
  stop(): Promise<void>;
}

/**
 * Starts the background work: webhook deliveries (checked every second), the daily close of every
 * tenant once its cutoff passes (checked every minute), and the boarding of background imports
 * (checked every second). Runs inside `lendstack serve`, or alone in
 * `lendstack worker`; several on one PostgreSQL database share the work without doing anything twice
 * at once.
 *
 * @example
 * const worker = startBackgroundWorker({ db: database.db, clock, ids, policy, logger });
 */
export function startBackgroundWorker(options: {
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly policy: WebhookUrlPolicy;
  readonly logger: Logger;
  /** The PII master keys: the close's ACH step opens account numbers with them (without, it skips ACH). */
  readonly pii?: MasterKeyring | undefined;
}): BackgroundWorker {
  const deliveries = startLoop(
    "webhooks",
    async () => {
      const pass = await deliverDueWebhooks(options);
      if (pass.attempted > 0) options.logger.info({ ...pass }, "webhook deliveries attempted");
      return pass.attempted;
    },
    { logger: options.logger, idleMs: 1000 },
  );
  const closes = startLoop(
    "close-day",
    async () => {
      const closed = await runDueCloses(options);
      if (closed > 0) options.logger.info({ closed }, "daily closes run");
      return 0; // nothing more is due until the next cutoff
    },
    { logger: options.logger, idleMs: 60_000 },
  );
  const boarding = startLoop(
    "imports",
    async () => {
      const boarded = await boardQueuedImport(options);
      if (boarded === undefined) return 0;
      if (boarded.ok)
        options.logger.info({ importId: boarded.value.id, boarded: boarded.value.boarded }, "import boarded");
      else options.logger.error({ error: boarded.error }, "import not boarded");
      return 1;
    },
    { logger: options.logger, idleMs: 1000 },
  );
  return {
    async stop() {
      await Promise.all([deliveries.stop(), closes.stop(), boarding.stop()]);
    },
  };
}
