import type { Context, MiddlewareHandler } from "hono";
import { responseText } from "../http/response-text.js";
import type { EventType } from "./catalog.js";

/** Records an event of the request's tenant and returns its id. @example await c.get("recordEvent")({ type, resourceType, resourceId, data }); */
export type RecordEvent = (event: {
  readonly type: EventType;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly data: Record<string, unknown>;
}) => Promise<string>;

type EmitterEnv = { Variables: { recordEvent: RecordEvent } };

/** Which event an operation's success records, about which resource. */
interface OperationEvent {
  readonly type: EventType;
  readonly resourceType: string;
  /** The path parameter naming the resource; the response body's `id` when absent. */
  readonly idParam?: string;
  /** Record only on this status (an operation whose repeat answers 200 with what its first call made, 201). */
  readonly onStatus?: number;
}

const application = (type: EventType): OperationEvent => ({
  type,
  resourceType: "application",
  idParam: "applicationId",
});
const task = (type: EventType): OperationEvent => ({ type, resourceType: "task", idParam: "taskId" });
const loanChange = (type: EventType): OperationEvent => ({ type, resourceType: "loan", idParam: "loanId" });

/**
 * The event each state-changing operation records (by `operationId`). Every POST, PUT, PATCH and DELETE
 * of the spec is here, in {@link EVENT_RECORDED_BY_HANDLER} or in {@link OPERATIONS_WITHOUT_EVENTS}; a test walks
 * the spec to keep it so.
 */
export const EVENT_BY_OPERATION: Readonly<Record<string, OperationEvent>> = {
  createProduct: { type: "product.created", resourceType: "product" },
  updateProduct: { type: "product.updated", resourceType: "product" },
  archiveProduct: { type: "product.archived", resourceType: "product" },
  createRuleSet: { type: "rule_set.created", resourceType: "rule_set" },
  updateRuleSetDraft: { type: "rule_set.draft_updated", resourceType: "rule_set", idParam: "ruleSetId" },
  publishRuleSetVersion: { type: "rule_set.version_published", resourceType: "rule_set", idParam: "ruleSetId" },
  makeDecision: { type: "decision.made", resourceType: "decision" },
  createParty: { type: "party.created", resourceType: "party" },
  updateParty: { type: "party.updated", resourceType: "party", idParam: "partyId" },
  verifyPartyIdentity: { type: "identity_check.completed", resourceType: "identity_check" },
  pullPartyCreditReport: { type: "credit_report.pulled", resourceType: "credit_report", onStatus: 201 },
  screenParty: { type: "screening.completed", resourceType: "screening" },
  clearScreeningHit: { type: "screening_hit.cleared", resourceType: "screening_hit", idParam: "screeningHitId" },
  confirmScreeningHit: { type: "screening_hit.confirmed", resourceType: "screening_hit", idParam: "screeningHitId" },
  createPaymentInstrument: { type: "payment_instrument.created", resourceType: "payment_instrument" },
  disablePaymentInstrument: {
    type: "payment_instrument.disabled",
    resourceType: "payment_instrument",
    idParam: "instrumentId",
  },
  enrollLoanAutopay: { type: "autopay.enrolled", resourceType: "autopay" },
  cancelLoanAutopay: { type: "autopay.cancelled", resourceType: "autopay" },
  createCardPayment: { type: "card_payment.succeeded", resourceType: "card_payment" },
  refundCardPayment: { type: "card_payment.refunded", resourceType: "card_payment", idParam: "cardPaymentId" },
  createApplication: { type: "application.created", resourceType: "application" },
  updateApplication: application("application.updated"),
  submitApplication: application("application.submitted"),
  withdrawApplication: application("application.withdrawn"),
  decideApplication: application("application.decided"),
  approveApplication: application("application.approved"),
  declineApplication: application("application.declined"),
  recordAdverseActionNoticeDelivery: application("application.adverse_action_notice_sent"),
  startApplicationClosing: application("application.closing_started"),
  fundApplication: { ...application("application.funded"), onStatus: 201 },
  acceptApplicationOffer: application("offer.accepted"),
  counterApplicationOffer: application("offer.countered"),
  createWorkflow: { type: "workflow.created", resourceType: "workflow" },
  publishWorkflow: { type: "workflow.published", resourceType: "workflow", idParam: "workflowId" },
  clearApplicationCondition: { type: "condition.cleared", resourceType: "condition", idParam: "conditionId" },
  waiveApplicationCondition: { type: "condition.waived", resourceType: "condition", idParam: "conditionId" },
  uploadDocument: { type: "document.uploaded", resourceType: "document" },
  generateApplicationDocument: { type: "document.generated", resourceType: "document" },
  rejectDocument: { type: "document.rejected", resourceType: "document", idParam: "documentId" },
  extractDocument: { type: "document.extracted", resourceType: "document_extraction" },
  createEnvelope: { type: "envelope.sent", resourceType: "envelope" },
  voidEnvelope: { type: "envelope.voided", resourceType: "envelope", idParam: "envelopeId" },
  claimTask: task("task.claimed"),
  completeTask: task("task.completed"),
  reassignTask: task("task.reassigned"),
  updateDisbursementStatus: { type: "disbursement.updated", resourceType: "disbursement", idParam: "disbursementId" },
  boardLoan: { type: "loan.boarded", resourceType: "loan" },
  postLoanPayment: loanChange("loan.payment_posted"),
  reverseLoanPayment: loanChange("loan.payment_reversed"),
  chargeLoanFee: loanChange("loan.fee_charged"),
  waiveLoanFee: loanChange("loan.fee_waived"),
  rescheduleLoan: loanChange("loan.rescheduled"),
  deferLoanPayments: loanChange("loan.payment_holiday_granted"),
  chargeOffLoan: loanChange("loan.charged_off"),
  refundLoanCredit: loanChange("loan.credit_refunded"),
  recoverLoan: loanChange("loan.recovery_posted"),
  writeOffLoan: loanChange("loan.written_off"),
  changeLoanRate: loanChange("loan.rate_changed"),
  disburseLoanTranche: loanChange("loan.tranche_disbursed"),
  logLoanContact: { type: "contact.logged", resourceType: "contact" },
  setLoanContactPreferences: { type: "contact_preferences.updated", resourceType: "loan", idParam: "loanId" },
  recordLoanPromise: { type: "promise.created", resourceType: "promise" },
  createLoanHardshipPlan: { type: "loan.hardship_plan_created", resourceType: "loan", idParam: "loanId" },
  createLoanSettlement: { type: "settlement.created", resourceType: "settlement" },
  setLoanCreditReporting: loanChange("loan.credit_reporting_updated"),
};

/**
 * State-changing methods that change nothing a partner follows: calculations and previews, and the
 * webhook configuration itself (its own audit trail is the endpoint's `updatedAt` and deliveries).
 */
export const OPERATIONS_WITHOUT_EVENTS: ReadonlySet<string> = new Set([
  "createQuote",
  "validateRuleSet",
  "simulateRuleSetVersion",
  "previewLoanReschedule",
  "previewLoanPaymentHoliday",
  "previewLoanHardshipPlan",
  "previewLoanSettlement",
  "createWebhookEndpoint",
  "updateWebhookEndpoint",
  "deleteWebhookEndpoint",
  "rotateWebhookSecret",
  "replayWebhookEvents",
  // Settings change no resource a partner follows; an advance's own changes (the closes) record their events.
  "updateSettings",
  "advanceTestClock",
  // Each return and NOC applied records its own events (ach_entry.returned, payment_instrument.*, autopay.*).
  "ingestAchReturns",
  // An import's loans are audited one by one (`loan.imported`); a partner event per import is still to come.
  "createImport",
  "resumeImport",
  // A new signing link changes nothing a partner follows (and its token must not travel); it is audited
  // (`envelope.link_issued`) and chained into the envelope's evidence log.
  "issueEnvelopeSigningLink",
  // The service records metro2_file.created itself, so a file made by `lendstack metro2` has one too.
  "generateCreditReportingFile",
]);

/**
 * Operations whose handler records their event itself, so that it comes before the events it causes: a
 * condition raised already met by an accepted document (`condition.cleared` follows), a document whose
 * acceptance meets conditions (each `condition.cleared` follows); or whose event depends on what the operation
 * changed (a servicemember's start, end or evidence).
 */
export const EVENT_RECORDED_BY_HANDLER: Readonly<Record<string, EventType | ReadonlyArray<EventType>>> = {
  raiseApplicationCondition: "condition.raised",
  acceptDocument: "document.accepted",
  // Which of these depends on what the PUT changed: a start, an end (or both), or only the evidence.
  setLoanServicemember: ["loan.scra_protection_started", "loan.scra_protection_ended", "loan.servicemember_updated"],
  endLoanServicemember: "loan.scra_protection_ended",
  // Recorded also when the answer is a 422 or 409 whose attempt is kept (the third wrong guess, expiry).
  verifyPaymentInstrument: ["payment_instrument.verified", "payment_instrument.verification_failed"],
  // The slim data the close records too (ids and totals), not the response body.
  createLoanStatement: "statement.issued",
};

/**
 * The route middleware recording `operationId`'s event when it succeeds (2xx), with the response body as
 * the event's data, in the request's transaction; undefined for an operation without one. Idempotent
 * replays are answered before route middleware runs, so a retry records nothing twice.
 *
 * @example
 * const emitter = eventEmitterFor("postLoanPayment");
 */
export function eventEmitterFor(operationId: string | undefined): MiddlewareHandler<EmitterEnv> | undefined {
  const operation = operationId === undefined ? undefined : EVENT_BY_OPERATION[operationId];
  if (operation === undefined) return undefined;
  return async (c: Context<EmitterEnv>, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300) return;
    if (operation.onStatus !== undefined && c.res.status !== operation.onStatus) return;
    const request = c as unknown as Context<
      EmitterEnv & { Variables: { redactedBody?: string; groupCommit?: object } }
    >;
    // A group-committed change stores its event in its batch (loans/group-commit.ts).
    if (request.get("groupCommit") !== undefined) return;
    const kept = request.get("redactedBody");
    const data = JSON.parse(kept ?? (await responseText(c.res))) as Record<string, unknown>;
    const resourceId = operation.idParam === undefined ? String(data.id) : (c.req.param(operation.idParam) ?? "");
    await c.get("recordEvent")({ type: operation.type, resourceType: operation.resourceType, resourceId, data });
  };
}
