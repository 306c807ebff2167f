/**
 * The steps of an idempotent change where a test may inject a failure. In order: before the key is
 * claimed, after the claim (inside the transaction), after the change's event row is written (inside the
 * transaction), just before the response body is built (the view), and after the commit but before the
 * response leaves the server.
 */
export type FaultStep = "before_claim" | "after_claim" | "after_event_insert" | "before_render" | "after_commit";

/**
 * A test-only hook called at each {@link FaultStep}; it fails the step by throwing (or pauses it by not
 * resolving, for a kill test). Production apps leave it unset: every call site is `faults?.(step)`.
 *
 * @example
 * const faults: FaultHook = (step) => { if (step === "after_claim") throw new Error("injected"); };
 */
export type FaultHook = (step: FaultStep) => void | Promise<void>;
