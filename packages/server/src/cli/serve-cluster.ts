import cluster, { type Worker } from "node:cluster";
import type { ServerConfig } from "../config.js";
import { createDatabase } from "../db/database.js";
import { seedDemoTenant } from "../demo/seed.js";
import { createIdGenerator } from "../ids.js";
import { createLogger, type Logger } from "../logger.js";
import { keyringFromConfig } from "../pii/master-keys.js";
import { installProcessSafetyNet } from "../process-safety.js";
import { startServer } from "../server.js";
import { assertSafeToServe } from "../startup-safety.js";

/** What a worker tells the primary once it listens. */
interface ListeningMessage {
  readonly type: "lendstack:listening";
  readonly url: string;
}

function isListeningMessage(message: unknown): message is ListeningMessage {
  return (
    typeof message === "object" && message !== null && (message as ListeningMessage).type === "lendstack:listening"
  );
}

/** A worker that dies sooner than this after starting counts as failing to start. */
const QUICK_EXIT_MS = 10_000;
/** Consecutive quick exits after which the primary gives up instead of restarting in a loop. */
const MAX_QUICK_EXITS = 3;

/** What the primary reports once every worker listens. */
export interface ClusterStarted {
  readonly url: string;
  readonly seededProducts: number;
  readonly masterKeyWarning: string | undefined;
  readonly logger: Logger;
}

/**
 * The primary of `lendstack serve` with `LENDSTACK_PROCESSES` > 1: migrates and seeds once (so workers
 * never race on either), makes sure the development PII key exists before anyone reads it, then forks one
 * worker per process. Workers share the port through Node's cluster module (connections are handed out
 * round-robin) and run the API statelessly over the one PostgreSQL; only the first runs the background
 * worker (webhooks, daily closes — safe to run in several, but one is enough). A worker that dies is
 * replaced; if workers keep dying at start the primary stops (exit 1) rather than loop. SIGINT/SIGTERM stop
 * every worker gracefully, then the primary exits 0.
 *
 * @example
 * const started = await startClusterPrimary(loadConfig());
 * console.log(started.url);
 */
export async function startClusterPrimary(config: ServerConfig): Promise<ClusterStarted> {
  assertSafeToServe(config);
  const logger = createLogger(config.logLevel);
  const database = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, ...config.database });
  let seededProducts = 0;
  try {
    await database.migrate();
    const clock = () => new Date();
    seededProducts = await seedDemoTenant(database, { clock, ids: createIdGenerator({ clock }) });
  } finally {
    await database.close();
  }
  const { warning: masterKeyWarning } = keyringFromConfig(config.pii, config.dataDir);

  let stopping = false;
  let quickExits = 0;
  const startedAt = new Map<Worker, number>();
  const fork = (runsWorker: boolean) => {
    const worker = cluster.fork({ LENDSTACK_WORKER: runsWorker ? "on" : "off" });
    startedAt.set(worker, Date.now());
    return worker;
  };
  const backgroundWorker = new Set<Worker>();
  const first = fork(config.runsWorker);
  if (config.runsWorker) backgroundWorker.add(first);
  const workers = [first, ...Array.from({ length: config.processes - 1 }, () => fork(false))];

  cluster.on("exit", (worker, code, signal) => {
    const runsWorker = backgroundWorker.delete(worker);
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    // Exit 0 is a worker stopping on purpose (a signal to the whole process group, say): not replaced.
    if (stopping || code === 0) return;
    quickExits = lived < QUICK_EXIT_MS ? quickExits + 1 : 0;
    if (quickExits >= MAX_QUICK_EXITS) {
      logger.fatal({ code, signal }, "API processes keep dying at start; stopping");
      void stopAll(1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, "an API process died; starting another");
    const replacement = fork(runsWorker);
    if (runsWorker) backgroundWorker.add(replacement);
  });

  const stopAll = async (exitCode: number) => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    await Promise.all(
      alive.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    process.exit(exitCode);
  };
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));

  const urls = await Promise.all(workers.map(listeningUrl));
  return { url: urls[0] ?? "", seededProducts, masterKeyWarning, logger };
}

/** Resolves with the worker's address once it listens; rejects if it exits first. */
function listeningUrl(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`an API process exited with ${code} before listening`));
    worker.once("exit", onExit);
    worker.on("message", (message: unknown) => {
      if (!isListeningMessage(message)) return;
      worker.off("exit", onExit);
      resolve(message.url);
    });
  });
}

/**
 * One worker of the cluster: the API on the shared port (no seeding, the primary did it), reporting its
 * address to the primary; the process safety net as in a single process; SIGTERM/SIGINT close it cleanly.
 *
 * @example
 * if (cluster.isWorker) await runClusterWorker(loadConfig());
 */
export async function runClusterWorker(config: ServerConfig): Promise<void> {
  const server = await startServer(config, { seed: false });
  server.logger.info({ url: server.url, pid: process.pid }, "API process listening");
  installProcessSafetyNet({ logger: server.logger, shutdown: () => server.close() });
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.send?.({ type: "lendstack:listening", url: server.url } satisfies ListeningMessage);
}
