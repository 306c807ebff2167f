import { z } from "@hono/zod-openapi";

/**
 * Every event type Lendstack emits, with what it means. `data` is always the resource as the API
 * renders it after the change (the operation's response body), except where the description says.
 * Adding a type: add it here; the spec's `EventType` enum and the docs follow.
 */
export const EVENT_CATALOG = {
  "product.created": "A product was created (data: the product).",
  "product.updated": "A product's definition was replaced by a new version (data: the product).",
  "product.archived": "A product was archived and offers no new loans (data: the product).",
  "rule_set.created": "A rule set was created with its first draft (data: the rule set).",
  "rule_set.draft_updated": "A rule set's draft was replaced (data: the rule set).",
  "rule_set.version_published": "A rule set version was published (data: the version).",
  "decision.made": "A credit decision was made (data: the decision).",
  "party.created": "A party was created (data: the party, PII masked, and its possible duplicates).",
  "party.updated": "A party was changed (data: the party after it, PII masked).",
  "payment_instrument.created":
    "A bank account or card token was added to a party (data: the instrument, account number masked).",
  "payment_instrument.verified":
    "A bank account's micro-deposits were confirmed: it is verified and may be debited (data: the instrument, masked).",
  "payment_instrument.verification_failed":
    "A bank account failed micro-deposit verification: three wrong confirmations, or its deposits expired (data: the instrument, masked, and `reason`: locked or expired).",
  "payment_instrument.disabled":
    "A payment instrument was disabled, on request or by an ACH return (data: the instrument, masked).",
  "application.created": "An application was started as a draft (data: the application).",
  "application.updated": "A draft application was changed (data: the application).",
  "application.submitted": "An application was submitted (data: the application).",
  "application.withdrawn": "An application was withdrawn (data: the application).",
  "application.expired":
    "The daily close expired an offered application whose every offer had lapsed (data: the application).",
  "application.decided":
    "An application was decided by a rule set: approved (and offered), referred or declined (data: the application).",
  "application.approved":
    "An underwriter approved a referred application; the final approval makes the offers (data: the application).",
  "application.declined": "An underwriter declined a referred application (data: the application).",
  "application.adverse_action_notice_sent":
    "A declined application's adverse-action notice was recorded as sent (data: the notice).",
  "application.closing_started": "An accepted application entered closing (data: the application).",
  "application.funded": "An application was funded into a loan (data: the application, loan id and disbursement).",
  "offer.accepted": "An offer was accepted; the others are void (data: the application).",
  "offer.countered": "A counter-offer replaced an offer (data: the application).",
  "disbursement.updated": "A disbursement was sent, settled or failed (data: the disbursement).",
  "loan.boarded": "A loan was boarded (data: the loan).",
  "loan.payment_posted": "A payment was posted to a loan (data: the change and the loan after it).",
  "loan.payment_reversed": "A payment was reversed (data: the change and the loan after it).",
  "loan.fee_charged": "A fee was charged (data: the change and the loan after it).",
  "loan.fee_waived": "A fee was waived (data: the change and the loan after it).",
  "loan.rescheduled": "A loan was rescheduled on new terms (data: the change and the loan after it).",
  "loan.payment_holiday_granted": "Installments were deferred (data: the change and the loan after it).",
  "loan.charged_off": "A loan was charged off (data: the change and the loan after it).",
  "loan.credit_refunded": "A credit balance was refunded (data: the change and the loan after it).",
  "loan.recovery_posted": "A recovery was posted on a charged-off loan (data: the change and the loan after it).",
  "loan.written_off": "An amount was written off (data: the change and the loan after it).",
  "loan.rate_changed": "A loan's interest rate changed (data: the change and the loan after it).",
  "loan.tranche_disbursed": "A further tranche was disbursed (data: the change and the loan after it).",
  "autopay.enrolled": "A loan was enrolled in autopay under a recorded authorization (data: the enrollment).",
  "autopay.cancelled": "A loan's autopay was cancelled (data: the enrollment).",
  "autopay.suspended":
    "Autopay stopped by Lendstack: its instrument was disabled, an ACH return said so, or 12 CFR 1041.8 forbids a further attempt (data: the enrollment).",
  "payment_instrument.updated":
    "A notification of change corrected a payment instrument (data: the instrument, account number masked).",
  "card_payment.succeeded":
    "A borrower's card was charged through the processor and the payment posted to the loan (data: the card payment, with the processor's charge id).",
  "card_payment.refunded":
    "A card payment was refunded through the processor and its loan payment reversed (data: the card payment).",
  "ach_file.created": "The daily close originated a NACHA file of autopay debits (data: the file, without its text).",
  "ach_entry.initiated":
    "An autopay debit was sent in an ACH file and its payment posted to the loan (data: the debit).",
  "ach_entry.returned": "An ACH debit came back with an R code; its payment was reversed (data: the debit).",
  "loan.installment_due":
    "The daily close found an installment falling due that day (data: the loan's figures and the installment).",
  "loan.late_fee_assessed": "The daily close assessed a late fee (data: the loan's figures and the fee).",
  "loan.delinquency_changed":
    "The daily close moved a loan to another delinquency bucket (data: the loan's figures and `previousDelinquencyBucket`).",
  "loan.non_performing": "The daily close found a loan newly non-performing (data: the loan's figures).",
  "loan.paid_off": "The daily close found a loan paid off (data: the loan's figures).",
  "notice.late_payment":
    "The daily close charged a late fee and sends the borrower a late payment notice (data: the notice).",
  "notice.delinquency":
    "The daily close found a mortgage more than 45 days delinquent and sends the Regulation Z delinquency notice (data: the notice).",
  "statement.issued":
    "The daily close issued a loan's periodic statement at its cycle end, an installment due date (data: the statement's id, loan, format, currency, period, closing balances, amount and date due and days past due; GET the statement for its transactions).",
  "workflow.created": "A product's next workflow version was created as a draft (data: the workflow version).",
  "workflow.published":
    "A workflow version was put in force for its product; the version before it is superseded (data: the version).",
  "condition.raised":
    "An underwriting condition was raised on an application, by hand or from its workflow when it entered a stage (data: the condition).",
  "condition.cleared": "An underwriting condition was met (data: the condition).",
  "condition.waived": "An underwriting condition was set aside with a reason (data: the condition).",
  "document.uploaded":
    "A document was uploaded for a party, application or loan, possibly as a new version (data: the document).",
  "document.generated":
    "A document was generated from a template (TILA disclosure, loan agreement, adverse-action notice) and stored for an application (data: the document).",
  "document.accepted": "A reviewer accepted a document (data: the document).",
  "document.rejected": "A reviewer rejected a document, with a reason (data: the document).",
  "document.extracted":
    "A pay stub's or bank statement's fields were read by the document parser (data: the extraction with its fields).",
  "envelope.sent": "Documents were sent for signature in an envelope (data: the envelope, without its links).",
  "envelope.signed": "A signer signed an envelope at its signing link (data: the envelope).",
  "envelope.completed":
    "The last signer signed; the signed documents and the certificate of completion are stored (data: the envelope).",
  "envelope.declined": "A signer declined to sign an envelope (data: the envelope).",
  "envelope.voided": "An envelope was voided with a reason (data: the envelope).",
  "task.created":
    "An application entered a workflow stage and the stage made a task, recorded with the application's change (data: the task).",
  "task.claimed": "Someone claimed a task (data: the task).",
  "task.completed": "A task's assignee completed it with an outcome (data: the task).",
  "task.reassigned": "A manager gave a task to someone else (data: the task).",
  "party.held": "A party was put on hold: a sanctions screening raised a hit against it (data: the party, PII masked).",
  "party.released":
    "A party's hold was lifted: none of its sanctions hits is open or confirmed any more (data: the party, PII masked).",
  "screening.completed":
    "A party was screened against the sanctions list, by a request, a new list's load or an application's submission (data: the screening with its hits).",
  "screening_hit.raised":
    "A screening found a party's name matching a sanctions list entry; a review task was created (data: the hit).",
  "screening_hit.cleared": "A reviewer found a sanctions hit a false positive (data: the hit).",
  "screening_hit.confirmed": "A reviewer confirmed a sanctions hit: the party is the listed entry (data: the hit).",
  "credit_report.pulled":
    "A party's credit report was pulled from the bureau, soft or hard, or came back frozen (data: the credit report with its summary, without the report itself).",
  "identity_check.completed": "A party's identity was verified: pass, fail or review (data: the identity check).",
  "contact.logged": "A contact with a borrower was logged on a loan (data: the contact).",
  "contact_preferences.updated":
    "A loan's contact preferences were replaced: time zone, cease-communication, consent, do-not-contact, hours (data: the preferences).",
  "promise.created": "A promise to pay was recorded on a loan (data: the promise).",
  "promise.kept": "The daily close found a promise to pay kept: paid in full by its due date (data: the promise).",
  "promise.broken": "The daily close found a promise to pay broken: its due date passed short (data: the promise).",
  "collections.queue_entered":
    "The daily close placed a loan in a collections queue, or moved it to another, and made a collector's task (data: the account and `previousQueue`).",
  "collections.queue_exited":
    "The daily close took a loan out of collections: it cured, or closed (data: the account and `reason`).",
  "metro2_file.created":
    "A month's Metro 2 file was generated, through the API or `lendstack metro2` (data: the file, without its text).",
  "loan.credit_reporting_updated":
    "A loan's dispute code (Metro 2 compliance condition code) was set or cleared (data: the loan's credit reporting).",
  "loan.scra_protection_started":
    "A borrower's active duty was recorded: SCRA protection starts on its first day, with the rate capped at 6 % (data: the servicemember record).",
  "loan.scra_protection_ended":
    "The end of a borrower's active duty was recorded: SCRA protection ends after `protectedThrough` and the rate is restored (data: the servicemember record).",
  "loan.servicemember_updated":
    "The evidence of a borrower's active duty was replaced; the dates did not change (data: the servicemember record).",
  "loan.hardship_plan_created":
    "A hardship plan (a payment plan or a deferral) was granted on a loan from collections; its reschedule or payment holiday is recorded with it (data: the plan and the schedule after it).",
  "settlement.created":
    "A settlement was agreed on a loan: a lesser amount accepted instead of the balance, paid by a plan (data: the settlement).",
  "settlement.completed":
    "The daily close found a settlement paid as agreed: the rest of the balance was forgiven by the loan's `settlement-forgiveness` event and the loan is `settled` (data: the settlement).",
  "settlement.broken":
    "The daily close found a settlement broken: a plan payment missed past its grace, or not paid by its expiry; the loan goes on under its own terms (data: the settlement).",
  "collections.account_prioritized":
    "A broken promise to pay or settlement moved a loan's account to the front of its queue with a follow-up task (data: the account, `reason` (`promise_broken` or `settlement_broken`) and `promiseId` or `settlementId`).",
  "webhook_endpoint.disabled":
    "Lendstack disabled a webhook endpoint because every delivery to it failed for 3 days (data: the endpoint).",
} as const;

/** One event type of the catalog. @example const type: EventType = "loan.payment_posted"; */
export type EventType = keyof typeof EVENT_CATALOG;

/** Every event type, in catalog order. @example EVENT_TYPES.includes("loan.boarded") */
export const EVENT_TYPES = Object.keys(EVENT_CATALOG) as EventType[];

/**
 * Types recorded by background work (the daily close, the webhook worker, an ACH returns file's entries), or
 * as the consequence of another resource's operation (`task.created`, when an application's state change
 * enters a workflow stage), not as an operation's own event.
 */
export const BACKGROUND_EVENT_TYPES: ReadonlyArray<EventType> = [
  "loan.installment_due",
  "loan.late_fee_assessed",
  "loan.delinquency_changed",
  "loan.non_performing",
  "loan.paid_off",
  "statement.issued",
  "notice.late_payment",
  "notice.delinquency",
  "application.expired",
  "autopay.suspended",
  "ach_file.created",
  "ach_entry.initiated",
  "ach_entry.returned",
  "payment_instrument.updated",
  "webhook_endpoint.disabled",
  "task.created",
  "condition.raised",
  "screening_hit.raised",
  "party.held",
  "party.released",
  "promise.kept",
  "promise.broken",
  "settlement.completed",
  "settlement.broken",
  "collections.queue_entered",
  "collections.queue_exited",
  "collections.account_prioritized",
  // Recorded by the signing page (`/sign/{token}`), which is not an operation of the API.
  "envelope.signed",
  "envelope.completed",
  "envelope.declined",
  "metro2_file.created",
];

/** The catalog in the spec: the `EventType` enum, each value described. @example schema: eventTypeSchema */
export const eventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]).openapi("EventType", {
  description: `What happened. ${EVENT_TYPES.map((type) => `\`${type}\`: ${EVENT_CATALOG[type]}`).join(" ")}`,
});

/**
 * A subscription or filter pattern: an event type, a prefix ending in `.*` (`loan.*`), or `*` for all.
 *
 * @example
 * eventTypePatternSchema.parse("loan.*");
 */
export const eventTypePatternSchema = z
  .string()
  .max(64)
  .refine(isEventTypePattern, "expected an event type from the catalog, a prefix such as loan.*, or *")
  .openapi({ description: "An event type, a prefix such as `loan.*`, or `*`", example: "loan.*" });

/** Whether `pattern` names at least one catalog type. @example isEventTypePattern("loan.*") // true */
export function isEventTypePattern(pattern: string): boolean {
  return EVENT_TYPES.some((type) => matchesEventType(pattern, type));
}

/**
 * Whether `type` is selected by `pattern` (exact, `prefix.*`, or `*`).
 *
 * @example
 * matchesEventType("loan.*", "loan.payment_posted"); // true
 */
export function matchesEventType(pattern: string, type: string): boolean {
  if (pattern === "*") return true;
  if (pattern.endsWith(".*")) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
