import type { DomainError, Result } from "../errors/index.js";

/**
 * One underwriter's approval already recorded on a referred application.
 *
 * @example const prior: PriorApproval = { sub: "user_ann", at: "2026-03-02T14:05:00Z" };
 */
export interface PriorApproval {
  /** The token `sub` of the approver. */
  readonly sub: string;
  readonly at?: string;
}

/**
 * An underwriter asks to approve a referred application.
 *
 * @example
 * const request: ApprovalRequest = { sub: "user_bob", amountMinor: 5_000_000n, authorityLimitMinor: 2_500_000n, referredBy: "user_ann", priorApprovals: [] };
 */
export interface ApprovalRequest {
  /** The token `sub` of the person approving now. */
  readonly sub: string;
  /** The amount being approved, minor units. */
  readonly amountMinor: bigint;
  /** The product's authority limit, minor units: one approver up to it, two above it. */
  readonly authorityLimitMinor: bigint;
  /** The `sub` of whoever referred the application; absent when the rule engine referred it. */
  readonly referredBy?: string;
  readonly priorApprovals: ReadonlyArray<PriorApproval>;
}

/**
 * An approval that may be recorded. When `isFinal` the application moves to `approved`
 * (`approve` command); otherwise it stays `referred` awaiting the second approver.
 *
 * @example
 * const verdict = checkApproval(request);
 * if (verdict.ok && verdict.value.isFinal) transition(state, { type: "approve" });
 */
export interface ApprovalVerdict {
  readonly isFinal: boolean;
  /** 1 up to the authority limit, 2 above it. */
  readonly approvalsRequired: number;
  /** Approvals including this one. */
  readonly approvalsGiven: number;
}

/** @example fourEyesRefusalCodes.includes("own_referral") */
export const fourEyesRefusalCodes = ["own_referral", "already_approved", "approval_complete"] as const;

/**
 * A refused approval (the server's 403): `own_referral` (the approver referred it),
 * `already_approved` (the same `sub` approved before), `approval_complete` (enough approvals
 * are already recorded).
 *
 * @example const error: FourEyesError = { code: "own_referral", message: "…", sub: "user_ann" };
 */
export interface FourEyesError extends DomainError {
  readonly code: (typeof fourEyesRefusalCodes)[number];
  readonly sub: string;
}

function refuse(code: FourEyesError["code"], sub: string, message: string): { ok: false; error: FourEyesError } {
  return { ok: false, error: { code, message, sub } };
}

/**
 * The four-eyes rule for approving a referral: an amount above the product's authority limit
 * needs two approvals by different people; nobody approves their own referral; nobody approves
 * twice. The amount exactly at the limit needs one approval.
 *
 * @example
 * checkApproval({ sub: "bob", amountMinor: 5_000_000n, authorityLimitMinor: 2_500_000n, referredBy: "ann", priorApprovals: [] })
 * // ok({ isFinal: false, approvalsRequired: 2, approvalsGiven: 1 })
 */
export function checkApproval(request: ApprovalRequest): Result<ApprovalVerdict, FourEyesError> {
  const { sub, priorApprovals } = request;
  if (request.referredBy !== undefined && request.referredBy === sub) {
    return refuse("own_referral", sub, `${sub} referred this application and cannot approve it`);
  }
  if (priorApprovals.some((approval) => approval.sub === sub)) {
    return refuse("already_approved", sub, `${sub} has already approved this application; a second person must`);
  }
  const approvalsRequired = request.amountMinor > request.authorityLimitMinor ? 2 : 1;
  if (priorApprovals.length >= approvalsRequired) {
    return refuse("approval_complete", sub, `the application already has ${priorApprovals.length} approval(s)`);
  }
  const approvalsGiven = priorApprovals.length + 1;
  return { ok: true, value: { isFinal: approvalsGiven >= approvalsRequired, approvalsRequired, approvalsGiven } };
}
