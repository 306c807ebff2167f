/**
 * Waits before each retry of a failed delivery, in seconds: quick at first, then hours apart, about
 * three days in all (the Standard Webhooks guidance, stretched to 3 days). After the last, the delivery is dead.
 */
export const RETRY_DELAYS_SECONDS: ReadonlyArray<number> = [
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  10 * 3600,
  14 * 3600,
  14 * 3600,
  16 * 3600,
];

/**
 * When to try again after `failedAttempts` failures, or undefined when retries are exhausted. Each
 * delay is spread by ±20 % (`random` in [0, 1)) so a receiver coming back is not hit by every retry at once.
 *
 * @example
 * nextAttemptAfter(1, new Date("2026-01-01T00:00:00Z"), () => 0.5); // 2026-01-01T00:00:05Z
 */
export function nextAttemptAfter(
  failedAttempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | undefined {
  const delay = RETRY_DELAYS_SECONDS[failedAttempts - 1];
  if (delay === undefined) return undefined;
  const jitter = 0.8 + 0.4 * random();
  return new Date(now.getTime() + Math.round(delay * jitter * 1000));
}

/** How long an endpoint must have failed everything, with no success, before Lendstack disables it. */
export const DISABLE_AFTER_FAILING_MS = 3 * 24 * 3600 * 1000;
