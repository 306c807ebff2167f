import { isDatabaseUnavailable } from "./db/unavailable.js";
import type { Logger } from "./logger.js";

/** What {@link installProcessSafetyNet} needs. @example { logger, shutdown: () => server.close() } */
export interface SafetyNetOptions {
  readonly logger: Logger;
  /** Stops taking requests and closes the database; awaited at most `shutdownTimeoutMs` before exiting. */
  readonly shutdown: () => Promise<void>;
  /** Default 10 s. */
  readonly shutdownTimeoutMs?: number;
  /** Default `process.exit`; tests pass a spy. */
  readonly exit?: (code: number) => void;
  /** Default `process`; tests pass an EventEmitter. */
  readonly target?: Pick<NodeJS.Process, "on" | "off">;
}

/**
 * The process-level safety net of `lendstack serve`. An `uncaughtException` or `unhandledRejection` is
 * logged with the error, then:
 *
 * - a known-transient database error (connection refused, reset or terminated, the server shutting
 *   down or starting up — see `isDatabaseUnavailable`) is logged at `error` and the server keeps serving:
 *   the pool replaces the broken connection and requests meanwhile get 503 `database_unavailable`;
 * - anything else is a bug that may have left the process in an unknown state: it is logged at `fatal`,
 *   the server stops taking requests and closes the database (at most `shutdownTimeoutMs`), and the
 *   process exits with 1 so that a supervisor (systemd, Kubernetes, a container runtime) starts a fresh one.
 *
 * Returns a function that removes the handlers.
 *
 * @example
 * const uninstall = installProcessSafetyNet({ logger, shutdown: () => server.close() });
 */
export function installProcessSafetyNet(options: SafetyNetOptions): () => void {
  const target = options.target ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let exiting = false;
  const onFailure = (error: unknown, origin: "uncaughtException" | "unhandledRejection") => {
    if (isDatabaseUnavailable(error)) {
      options.logger.error({ err: error, origin }, "transient database error outside a request; still serving");
      return;
    }
    options.logger.fatal({ err: error, origin }, "unexpected error outside a request; shutting down (exit 1)");
    if (exiting) return;
    exiting = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, options.shutdownTimeoutMs ?? 10_000).unref());
    void Promise.race([options.shutdown().catch(() => undefined), timeout]).then(() => exit(1));
  };
  const onException = (error: Error) => onFailure(error, "uncaughtException");
  const onRejection = (reason: unknown) => onFailure(reason, "unhandledRejection");
  target.on("uncaughtException", onException);
  target.on("unhandledRejection", onRejection);
  return () => {
    target.off("uncaughtException", onException);
    target.off("unhandledRejection", onRejection);
  };
}
