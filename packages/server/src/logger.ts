import { type DestinationStream, type Logger, pino } from "pino";
import { loggableError } from "./http/loggable-error.js";

export type { Logger } from "pino";

/** Log levels accepted by `LOG_LEVEL`. @example LOG_LEVELS.includes("debug") */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** One of {@link LOG_LEVELS}. @example const level: LogLevel = "info"; */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fields that hold PII or credentials, at any of the first four levels of a logged object. */
const SENSITIVE_FIELDS = [
  "taxId",
  "ssn",
  "itin",
  "ein",
  "dateOfBirth",
  "accountNumber",
  "routingNumber",
  "authorization",
];

/**
 * The paths pino replaces with `[redacted]` in every line: each sensitive field at the top level and up
 * to three objects down (`taxId`, `*.taxId`, `*.*.taxId`, `*.*.*.taxId`).
 *
 * @example
 * REDACTED_PATHS.includes("*.dateOfBirth"); // true
 */
export const REDACTED_PATHS: ReadonlyArray<string> = SENSITIVE_FIELDS.flatMap((field) =>
  ["", "*.", "*.*.", "*.*.*."].map((prefix) => `${prefix}${field}`),
);

/**
 * Structured JSON logs (one object per line) through pino. Tests pass `"silent"` (or a destination to
 * read the lines). Errors under `err` are logged without query parameters or row values, and PII fields
 * (tax ids, dates of birth, account numbers) and authorization headers are redacted wherever they appear.
 *
 * @example
 * const logger = createLogger("info");
 * logger.info({ requestId }, "request completed");
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "lendstack" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A failed query's parameters (request data) never reach the log; see loggableError.
    serializers: { err: loggableError },
    redact: { paths: [...REDACTED_PATHS], censor: "[redacted]" },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * `parent.child(bindings)`, made the first time it is used. Making a child runs its bindings through the
 * redaction (about 14 KB of garbage and 20 µs a request), and most requests log nothing but their completion
 * line, which does not need it.
 *
 * @example
 * const requestLogger = childOnFirstUse(logger, { requestId });
 * requestLogger.warn("database unavailable"); // the child is made here
 */
export function childOnFirstUse(parent: Logger, bindings: Record<string, string>): Logger {
  let child: Logger | undefined;
  const made = () => {
    child ??= parent.child(bindings);
    return child;
  };
  return new Proxy({} as Logger, {
    get(_target, property) {
      const logger = made();
      const value: unknown = Reflect.get(logger, property, logger);
      return typeof value === "function" ? value.bind(logger) : value;
    },
    set: (_target, property, value) => Reflect.set(made(), property, value),
    has: (_target, property) => Reflect.has(made(), property),
  });
}
