import type { Logger } from "../logger.js";

/** A running background loop. @example await loop.stop(); */
export interface BackgroundLoop {
  /** Finishes the pass in flight, then stops. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` at once, again immediately while it reports work done, and every `idleMs` when idle.
 * A failing pass (a lost database) is logged and tried again after `idleMs`; the loop never dies.
 *
 * @example
 * const loop = startLoop("webhooks", () => deliverDueWebhooks(…).then((pass) => pass.attempted), { logger, idleMs: 1000 });
 */
export function startLoop(
  name: string,
  pass: () => Promise<number>,
  options: { readonly logger: Logger; readonly idleMs: number },
): BackgroundLoop {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const loop = () => {
    current = pass()
      .catch((error: unknown) => {
        options.logger.error({ err: error, loop: name }, "background pass failed; retrying");
        return 0;
      })
      .then((done) => {
        if (!stopping) timer = setTimeout(loop, done > 0 ? 0 : options.idleMs);
      });
  };
  loop();
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current;
    },
  };
}
