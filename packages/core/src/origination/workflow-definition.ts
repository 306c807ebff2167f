import type { RuleSetInput } from "../rules/index.js";
import type { ApplicationState } from "./lifecycle.js";

/** @example staffRoles.includes("underwriter") */
export const staffRoles = ["processor", "underwriter", "closer", "admin", "collector"] as const;
/** Who works a task; a token holds a role as the scope `roles:<role>`. @example const role: StaffRole = "closer"; */
export type StaffRole = (typeof staffRoles)[number];

/** @example slaUnits[0] === "business_hours" */
export const slaUnits = ["business_hours", "business_days", "calendar_days"] as const;

/**
 * How long a task (or a stage) may take: business hours inside the working hours of business
 * days, whole business days, or calendar days.
 *
 * @example const sla: Sla = { unit: "business_hours", amount: 4 };
 */
export interface Sla {
  readonly unit: (typeof slaUnits)[number];
  /** A whole number ≥ 1. */
  readonly amount: number;
}

/**
 * A task the workflow creates when a stage is entered, routed to a queue and a role.
 *
 * @example const task: TaskTemplate = { id: "verify-income", name: "Verify income", queue: "verifications", role: "processor", sla: { unit: "business_days", amount: 1 } };
 */
export interface TaskTemplate {
  /** Unique within its stage; with the stage id it names the task's origin. */
  readonly id: string;
  readonly name: string;
  readonly queue: string;
  readonly role: StaffRole;
  readonly sla: Sla;
  /** Create the task only when this rule-language expression over the facts is true. */
  readonly when?: string;
}

/**
 * A stage: a named step of the product's process inside one lifecycle state. Several stages may
 * map onto one state; the application is in the first of them (in definition order) whose entry
 * condition holds, so the last stage of every state used must have no condition (the fallback).
 *
 * @example const stage: WorkflowStage = { id: "manual-review", name: "Manual review", state: "in_review", entryCondition: "amount > 2500000", tasks: [] };
 */
export interface WorkflowStage {
  readonly id: string;
  readonly name: string;
  readonly state: ApplicationState;
  /** A boolean rule-language expression over `facts`; absent means always. */
  readonly entryCondition?: string;
  /** How long the application should stay in this stage (pipeline SLA breaches). */
  readonly sla?: Sla;
  readonly tasks: ReadonlyArray<TaskTemplate>;
}

/** @example conditionKinds.includes("prior_to_closing") */
export const conditionKinds = ["prior_to_approval", "prior_to_closing"] as const;
/** @example const kind: ConditionKind = "prior_to_approval"; */
export type ConditionKind = (typeof conditionKinds)[number];

/**
 * A standard underwriting condition an underwriter can raise from the product's list.
 *
 * @example const c: ConditionTemplate = { id: "proof-of-insurance", kind: "prior_to_closing", description: "Proof of insurance" };
 */
export interface ConditionTemplate {
  readonly id: string;
  readonly kind: ConditionKind;
  readonly description: string;
  /** A reviewer accepting a document of this type for the application meets it (see `documentTypes`). */
  readonly documentType?: string;
}

/**
 * A versioned workflow for one product: the facts its expressions read (declared exactly like a
 * rule set's `inputs`), its stages in order, and its standard underwriting conditions.
 *
 * @example
 * const definition: WorkflowDefinition = { productId: "prd_auto", version: 1, facts: [{ name: "amount", type: "number" }], stages: [], conditions: [] };
 */
export interface WorkflowDefinition {
  readonly productId: string;
  /** 1, 2, 3… like product versions; a published version never changes. */
  readonly version: number;
  readonly facts: ReadonlyArray<RuleSetInput>;
  readonly stages: ReadonlyArray<WorkflowStage>;
  readonly conditions: ReadonlyArray<ConditionTemplate>;
}
