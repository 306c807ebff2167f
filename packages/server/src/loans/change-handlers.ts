import type { Context } from "hono";
import { EVENT_BY_OPERATION } from "../events/emits.js";
import type { AppEnv, createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { checkFeeOutsideScra } from "../servicemembers/fee-guard.js";
import { appendLoanEvent, type ChangeKind, type EventDraft, previewLoanEvent } from "./append-event.js";
import {
  postChargeOffRoute,
  postDisbursementRoute,
  postFeeRoute,
  postFeeWaiverRoute,
  postHolidayRoute,
  postPaymentRoute,
  postRateChangeRoute,
  postRecoveryRoute,
  postRefundRoute,
  postRescheduleRoute,
  postReversalRoute,
  postWriteOffRoute,
  previewHolidayRoute,
  previewRescheduleRoute,
} from "./change-routes.js";
import {
  draftChargeOff,
  draftDisbursement,
  draftFeeCharge,
  draftFeeWaiver,
  draftPayment,
  draftPaymentHoliday,
  draftRateChange,
  draftRecovery,
  draftRefund,
  draftReschedule,
  draftReversal,
  draftWriteOff,
} from "./commands.js";
import { appendGroupCommitted } from "./group-committed-change.js";
import { toChangeBody, toInstallmentBody } from "./view.js";

type LoanRouter = ReturnType<typeof createRouter>;

const kinds = {
  payment: { prefix: "pmt", action: "loan.payment_posted", event: postPaymentRoute.operationId },
  reversal: { prefix: "rev", action: "loan.payment_reversed" },
  fee: { prefix: "fee", action: "loan.fee_charged" },
  waiver: { prefix: "wvr", action: "loan.fee_waived" },
  reschedule: { prefix: "rsc", action: "loan.rescheduled", mayBeFuture: true },
  holiday: { prefix: "hol", action: "loan.payments_deferred", mayBeFuture: true },
  chargeOff: { prefix: "cof", action: "loan.charged_off" },
  refund: { prefix: "rfd", action: "loan.credit_refunded" },
  recovery: { prefix: "rcv", action: "loan.recovered" },
  writeOff: { prefix: "wof", action: "loan.written_off" },
  rateChange: { prefix: "rtc", action: "loan.rate_changed", mayBeFuture: true },
  disbursement: { prefix: "dsb", action: "loan.tranche_disbursed" },
} satisfies Record<string, ChangeKind & { readonly event?: string }>;

/** `If-Match: 7` or `If-Match: "7"` -> 7; absent -> undefined; anything else -> a 400-class problem. */
function expectedVersionOf(c: Context): { ok: true; value: number | undefined } | { ok: false } {
  const header = c.req.header("if-match");
  if (header === undefined) return { ok: true, value: undefined };
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,8})"?\s*$/.exec(header);
  return match?.[1] === undefined ? { ok: false } : { ok: true, value: Number(match[1]) };
}

/**
 * The servicing changes: each handler turns its body into an event draft and appends it under the loan's
 * row lock (201 with the event and the loan after it), or previews it (200, nothing stored).
 *
 * @example
 * registerChanges(router, deps);
 */
export function registerChanges(router: LoanRouter, deps: ResourceDeps): void {
  const { db } = deps;
  /** The `If-Match` version, or the 400 problem to return. */
  const versionOf = (c: Context<AppEnv>) => {
    const expected = expectedVersionOf(c);
    if (expected.ok) return { ok: true as const, options: { expectedVersion: expected.value } };
    const response = problemResponse(c, {
      code: "bad_request",
      detail: "If-Match must be the loan's version number, e.g. 7.",
      extensions: {
        errors: [
          { location: "header", pointer: "/if-match", code: "invalid_format", detail: "expected a version number" },
        ],
      },
    });
    return { ok: false as const, response };
  };
  const append = async (c: Context<AppEnv>, draft: EventDraft, kind: ChangeKind & { readonly event?: string }) => {
    const version = versionOf(c);
    if (!version.ok) return version.response;
    const loanId = c.req.param("loanId") ?? "";
    const claim = c.get("groupCommit");
    const event = kind.event === undefined ? undefined : EVENT_BY_OPERATION[kind.event];
    if (claim !== undefined && deps.loanChanges !== undefined && event !== undefined) {
      const committed = { groups: deps.loanChanges, claim, eventType: event.type };
      // A plain Response (a replay is the stored text), as the idempotency middleware's answers are.
      return (await appendGroupCommitted(c, deps, committed, loanId, draft, kind, version.options)) as never;
    }
    const result = await appendLoanEvent(db, changeContext(c, deps), loanId, draft, kind, version.options);
    if (!result.ok) return domainProblem(c, result.error);
    await deps.faults?.("before_render");
    return c.json(toChangeBody(result.value), 201);
  };
  const preview = async (c: Context<AppEnv>, draft: EventDraft, kind: ChangeKind) => {
    const version = versionOf(c);
    if (!version.ok) return version.response;
    const loanId = c.req.param("loanId") ?? "";
    const result = await previewLoanEvent(db, changeContext(c, deps), loanId, draft, kind, version.options);
    if (!result.ok) return domainProblem(c, result.error);
    const body = toChangeBody(result.value);
    return c.json({ ...body, schedule: result.value.state.installments.map(toInstallmentBody) }, 200);
  };
  router.openapi(postPaymentRoute, (c) => append(c, draftPayment(c.req.valid("json")), kinds.payment));
  router.openapi(postReversalRoute, (c) => append(c, draftReversal(c.req.valid("json")), kinds.reversal));
  router.openapi(postFeeRoute, async (c) => {
    const body = c.req.valid("json");
    const loanId = c.req.param("loanId") ?? "";
    const allowed = await checkFeeOutsideScra(db, c.get("principal").tenantId, loanId, body.effectiveDate);
    if (!allowed.ok) return domainProblem(c, allowed.error);
    return append(c, draftFeeCharge(body), kinds.fee);
  });
  router.openapi(postFeeWaiverRoute, (c) => append(c, draftFeeWaiver(c.req.valid("json")), kinds.waiver));
  router.openapi(postRescheduleRoute, (c) => append(c, draftReschedule(c.req.valid("json")), kinds.reschedule));
  router.openapi(previewRescheduleRoute, (c) => preview(c, draftReschedule(c.req.valid("json")), kinds.reschedule));
  router.openapi(postHolidayRoute, (c) => append(c, draftPaymentHoliday(c.req.valid("json")), kinds.holiday));
  router.openapi(previewHolidayRoute, (c) => preview(c, draftPaymentHoliday(c.req.valid("json")), kinds.holiday));
  router.openapi(postChargeOffRoute, (c) => append(c, draftChargeOff(c.req.valid("json")), kinds.chargeOff));
  router.openapi(postDisbursementRoute, (c) => append(c, draftDisbursement(c.req.valid("json")), kinds.disbursement));
  router.openapi(postRefundRoute, (c) => append(c, draftRefund(c.req.valid("json")), kinds.refund));
  router.openapi(postRecoveryRoute, (c) => append(c, draftRecovery(c.req.valid("json")), kinds.recovery));
  router.openapi(postWriteOffRoute, (c) => append(c, draftWriteOff(c.req.valid("json")), kinds.writeOff));
  router.openapi(postRateChangeRoute, (c) => append(c, draftRateChange(c.req.valid("json")), kinds.rateChange));
}
