import type { DomainError, Result } from "../errors/index.js";
import { type Instant, parseInstant } from "./instant.js";
import type { ApplicationCommand } from "./lifecycle.js";
import type { ConditionKind } from "./workflow-definition.js";

/**
 * An underwriting condition on one application: raised by an underwriter, then cleared (met) or
 * waived (set aside, with a reason), each with who (`sub`) and when.
 *
 * @example const c: UnderwritingCondition = { id: "cnd_1", kind: "prior_to_closing", description: "Proof of insurance", status: "open", raisedBy: "ann", raisedAt: "2026-03-02T14:05:00Z" };
 */
export interface UnderwritingCondition {
  readonly id: string;
  readonly kind: ConditionKind;
  readonly description: string;
  readonly status: "open" | "cleared" | "waived";
  readonly raisedBy: string;
  readonly raisedAt: Instant;
  /** Who cleared or waived it, and when (absent while open). */
  readonly resolvedBy?: string;
  readonly resolvedAt?: Instant;
  /** Why it was waived. */
  readonly waiverReason?: string;
}

/** Input of `raiseCondition`. @example const input: RaiseConditionInput = { id: "cnd_1", kind: "prior_to_approval", description: "Two pay stubs", by: "ann", at: "2026-03-02T14:05:00Z" }; */
export interface RaiseConditionInput {
  readonly id: string;
  readonly kind: ConditionKind;
  readonly description: string;
  readonly by: string;
  readonly at: Instant;
}

function checkWhoWhen(by: string, at: Instant): Result<true> {
  if (by.trim() === "") return { ok: false, error: { code: "required", message: "who is required", path: ["by"] } };
  const parsed = parseInstant(at, ["at"]);
  return parsed.ok ? { ok: true, value: true } : parsed;
}

/**
 * A new open condition. Errors: `required` (no `by`), `invalid_instant`.
 *
 * @example raiseCondition({ id: "cnd_1", kind: "prior_to_closing", description: "Proof of insurance", by: "ann", at: "2026-03-02T14:05:00Z" })
 */
export function raiseCondition(input: RaiseConditionInput): Result<UnderwritingCondition> {
  const checked = checkWhoWhen(input.by, input.at);
  if (!checked.ok) return checked;
  const { id, kind, description, by, at } = input;
  return { ok: true, value: { id, kind, description, status: "open", raisedBy: by, raisedAt: at } };
}

function resolve(
  condition: UnderwritingCondition,
  status: "cleared" | "waived",
  by: string,
  at: Instant,
  waiverReason?: string,
): Result<UnderwritingCondition> {
  if (condition.status !== "open") {
    const message = `condition ${condition.id} is already ${condition.status}`;
    return { ok: false, error: { code: "condition_not_open", message, details: { status: condition.status } } };
  }
  const checked = checkWhoWhen(by, at);
  if (!checked.ok) return checked;
  const reason = waiverReason === undefined ? {} : { waiverReason };
  return { ok: true, value: { ...condition, status, resolvedBy: by, resolvedAt: at, ...reason } };
}

/**
 * Marks an open condition met. Errors: `condition_not_open` (409), `required`, `invalid_instant`.
 *
 * @example clearCondition(condition, "bob", "2026-03-03T10:00:00Z") // ok({ …, status: "cleared", resolvedBy: "bob" })
 */
export function clearCondition(
  condition: UnderwritingCondition,
  by: string,
  at: Instant,
): Result<UnderwritingCondition> {
  return resolve(condition, "cleared", by, at);
}

/**
 * Sets an open condition aside, with a reason (required). Errors as `clearCondition`, plus
 * `required` at `["reason"]`.
 *
 * @example waiveCondition(condition, "bob", "2026-03-03T10:00:00Z", "compensating reserves")
 */
export function waiveCondition(
  condition: UnderwritingCondition,
  by: string,
  at: Instant,
  reason: string,
): Result<UnderwritingCondition> {
  if (reason.trim() === "")
    return { ok: false, error: { code: "required", message: "a waiver needs a reason", path: ["reason"] } };
  return resolve(condition, "waived", by, at, reason);
}

/**
 * Which condition kinds must be resolved before which commands: prior-to-approval conditions
 * before an approval (an underwriter's `approve` or an automated `decide` → approved);
 * prior-to-closing conditions before the closing completes, i.e. before `fund`.
 *
 * @example gatedKind({ type: "fund" }) === "prior_to_closing"
 */
export function gatedKind(command: ApplicationCommand): ConditionKind | undefined {
  if (command.type === "approve" || (command.type === "decide" && command.outcome === "approved")) {
    return "prior_to_approval";
  }
  return command.type === "fund" ? "prior_to_closing" : undefined;
}

/**
 * The refusal of a command while conditions it needs resolved are open (the server's 409).
 *
 * @example const e: ConditionsOpenError = { code: "conditions_open", message: "…", conditionIds: ["cnd_1"] };
 */
export interface ConditionsOpenError extends DomainError {
  readonly code: "conditions_open";
  readonly conditionIds: ReadonlyArray<string>;
}

/**
 * Do open conditions block this command? Ok when none of the kind the command needs resolved is
 * still open; else `conditions_open` naming each.
 *
 * @example checkConditionsFor(conditions, { type: "fund" }) // { ok: false, error: { code: "conditions_open", conditionIds: ["cnd_2"] } }
 */
export function checkConditionsFor(
  conditions: ReadonlyArray<UnderwritingCondition>,
  command: ApplicationCommand,
): Result<true, ConditionsOpenError> {
  const kind = gatedKind(command);
  const open = conditions.filter((c) => c.status === "open" && c.kind === kind).map((c) => c.id);
  if (open.length === 0) return { ok: true, value: true };
  const message = `${command.type} needs ${kind} condition(s) cleared or waived: ${open.join(", ")}`;
  return { ok: false, error: { code: "conditions_open", message, conditionIds: open } };
}
