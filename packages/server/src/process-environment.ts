import { z } from "zod";

const PROCESSES = { error: "must be a whole number from 1 to 64" };
const HEAP_GROWTH = { error: "must be a whole number from 0 to 400 (0: V8's own choice)" };

/** The variables that shape the processes: the in-process worker, API processes, V8's heap growth. */
export const processEnvironment = {
  LENDSTACK_WORKER: z.enum(["on", "off"]).default("on"),
  LENDSTACK_PROCESSES: z.coerce.number(PROCESSES).int(PROCESSES).min(1, PROCESSES).max(64, PROCESSES).default(1),
  LENDSTACK_HEAP_GROWTH_PERCENT: z.coerce
    .number(HEAP_GROWTH)
    .int(HEAP_GROWTH)
    .min(0, HEAP_GROWTH)
    .max(400, HEAP_GROWTH)
    .default(100),
};

/** What {@link unshareableState} reads of the parsed environment. */
interface SharedStateSettings {
  readonly LENDSTACK_PROCESSES: number;
  readonly DATABASE_URL?: string | undefined;
  readonly LENDSTACK_MASTER_KEY?: unknown;
  readonly LENDSTACK_DATA_DIR: string;
  readonly RATE_LIMIT_STORE: string;
  readonly RATE_LIMIT_PER_MINUTE: number;
}

/**
 * Several processes must share everything a request depends on: the embedded database, an in-memory
 * master key and in-memory rate-limit counters each belong to one process, so each is named as a problem.
 *
 * @example
 * unshareableState({ LENDSTACK_PROCESSES: 2, LENDSTACK_DATA_DIR: "./data", RATE_LIMIT_STORE: "postgres", RATE_LIMIT_PER_MINUTE: 0 });
 * // ["the embedded PGlite database belongs to one process: set DATABASE_URL"]
 */
export function unshareableState(env: SharedStateSettings): string[] {
  if (env.LENDSTACK_PROCESSES === 1) return [];
  const problems: string[] = [];
  if (env.DATABASE_URL === undefined) {
    problems.push("the embedded PGlite database belongs to one process: set DATABASE_URL");
  }
  if (env.LENDSTACK_MASTER_KEY === undefined && env.LENDSTACK_DATA_DIR === "memory") {
    problems.push("an in-memory PII key would differ per process: set LENDSTACK_MASTER_KEY or LENDSTACK_DATA_DIR");
  }
  if (env.RATE_LIMIT_STORE === "memory" && env.RATE_LIMIT_PER_MINUTE > 0) {
    problems.push("RATE_LIMIT_STORE=memory counts per process: set RATE_LIMIT_STORE=postgres");
  }
  return problems;
}
