import { type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Log levels accepted by `LOG_LEVEL`. @example LOG_LEVELS.includes("debug") */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** One of {@link LOG_LEVELS}. @example const level: LogLevel = "info"; */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Structured JSON logs (one object per line) through pino. Tests pass `"silent"`.
 *
 * @example
 * const logger = createLogger("info");
 * logger.info({ requestId }, "request completed");
 */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "lendstack" }, timestamp: pino.stdTimeFunctions.isoTime });
}
