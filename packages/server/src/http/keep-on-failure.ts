import type { Context } from "hono";
import type { AppEnv } from "./app-env.js";

/**
 * Marks the request's changes as kept even though it answers 400 or more: `tenantScope` and `idempotency`
 * then commit its transaction instead of rolling it back (the `Idempotency-Key`, if any, is released: a
 * failure is never replayed). For a failure that is itself a fact, such as a wrong micro-deposit guess that
 * uses one of the instrument's three attempts. Only a 4xx keeps them: a throw or a 5xx still rolls back.
 *
 * @example
 * keepChangesOnFailure(c);
 * return problemResponse(c, { code: "micro_deposit_amounts_mismatch", detail, extensions: { attemptsRemaining: 2 } });
 */
export function keepChangesOnFailure(c: Context<AppEnv>): void {
  c.set("keepChangesOnFailure", true);
}

/**
 * Whether the request's failed answer keeps its changes: the handler asked to and the answer is a 4xx.
 *
 * @example if (c.res.status >= 400 && !keepsChangesOnFailure(c)) throw new RollBack();
 */
export function keepsChangesOnFailure(c: Context<AppEnv>): boolean {
  return c.get("keepChangesOnFailure") === true && c.res.status < 500;
}
