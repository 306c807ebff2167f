import type { Instant } from "./instant.js";
import type { ApplicationState } from "./lifecycle.js";

/**
 * One stay of an application in a stage (a workflow stage id, or the lifecycle state when the
 * product has no workflow). The last visit without `exitedAt` is where the application is now.
 *
 * @example const visit: StageVisit = { stage: "manual-review", state: "in_review", enteredAt: "2026-03-02T14:05:00Z", dueAt: "2026-03-04T17:00:00Z" };
 */
export interface StageVisit {
  readonly stage: string;
  readonly state: ApplicationState;
  readonly enteredAt: Instant;
  readonly exitedAt?: Instant;
  /** The stage's SLA deadline, if it has one. */
  readonly dueAt?: Instant;
}

/** An application's stage history. @example const app: PipelineApplication = { id: "app_1", currency: "USD", amountMinor: 2_500_000n, visits: [] }; */
export interface PipelineApplication {
  readonly id: string;
  readonly currency: string;
  /** Requested (or offered) amount, minor units. */
  readonly amountMinor: bigint;
  readonly visits: ReadonlyArray<StageVisit>;
}
