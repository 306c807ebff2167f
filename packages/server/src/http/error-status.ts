/**
 * The one table from error `code` to HTTP status. Codes from core's `DomainError`s and the server's own
 * problems both go through it. A code not listed is a domain rule the request broke: 422, or 404 when it
 * ends in `_not_found`.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  // 400: the request itself is unusable.
  malformed_json: 400,
  invalid_cursor: 400,
  unknown_query_parameter: 400,
  invalid_idempotency_key: 400,
  idempotency_key_required: 400,
  bad_request: 400,
  malformed_multipart: 400,
  // An e-signature provider's status callback whose signature, timestamp or body does not hold.
  callback_rejected: 400,
  too_many_parts: 400,
  // 401 / 403: who is calling and what they may do.
  missing_token: 401,
  invalid_token: 401,
  token_expired: 401,
  invalid_token_claims: 401,
  missing_tenant: 401,
  insufficient_scope: 403,
  not_a_sandbox: 403,
  // 404 / 405.
  not_found: 404,
  method_not_allowed: 405,
  // 409: the resource's state forbids it now.
  conflict: 409,
  product_archived: 409,
  idempotency_request_in_progress: 409,
  rule_set_exists: 409,
  duplicate_external_reference: 409,
  // Parties: a tax id is one party per tenant.
  duplicate_party: 409,
  version_immutable: 409,
  no_draft: 409,
  rule_set_not_published: 409,
  rule_set_version_not_published: 409,
  // Loans: the loan's lifecycle or history forbids the event now.
  already_reversed: 409,
  loan_closed: 409,
  loan_charged_off: 409,
  loan_not_charged_off: 409,
  loan_version_conflict: 409,
  // SCRA: no default action while a servicemember is protected; recorded service dates are loan events.
  scra_protected: 409,
  scra_protected_fee: 422,
  scra_dates_recorded: 409,
  // Applications: the lifecycle refuses the command in the current state.
  illegal_transition: 409,
  application_not_editable: 409,
  offer_expired: 409,
  offer_void: 409,
  offer_already_accepted: 409,
  illegal_disbursement_status: 409,
  application_not_declined: 409,
  offer_not_accepted: 409,
  adverse_action_notice_sent: 409,
  // Workflows and tasks: versions in force, who works a task.
  workflow_version_outdated: 409,
  task_claimed: 409,
  task_completed: 409,
  not_task_assignee: 403,
  task_role_mismatch: 403,
  // Underwriting conditions: open ones block approvals and funding.
  conditions_open: 409,
  condition_not_open: 409,
  // Documents: versions and reviews.
  document_superseded: 409,
  document_not_pending: 409,
  // E-signature: an envelope's state, its routing order, its links.
  envelope_completed: 409,
  envelope_voided: 409,
  envelope_declined: 409,
  envelopes_not_completed: 409,
  signer_out_of_order: 409,
  signer_not_pending: 409,
  consent_required: 409,
  envelope_document_changed: 409,
  envelope_signed_externally: 409,
  // The tenant's chosen e-signature provider is not configured on this server.
  e_signature_provider_not_configured: 409,
  envelope_expired: 410,
  signing_link_expired: 410,
  signing_link_used: 410,
  // Sanctions screening: a list must be loaded; a review is final.
  sanctions_list_not_loaded: 409,
  screening_hit_reviewed: 409,
  // Collections: the borrower asked not to be contacted (12 CFR 1006.6(c)), on this channel or at all.
  cease_communication: 409,
  do_not_contact: 409,
  contact_consent_withdrawn: 409,
  // Settlements: one active settlement per loan.
  settlement_active: 409,
  statement_exists: 409,
  // Four-eyes: who may approve a referral.
  own_referral: 403,
  already_approved: 403,
  approval_complete: 403,
  // Credit reports: no pull without the consumer's consent.
  credit_report_consent_required: 422,
  party_not_on_application: 422,
  // Payment instruments: micro-deposit verification is over (verified, failed, expired) or never began.
  payment_instrument_already_verified: 409,
  micro_deposits_not_pending: 409,
  micro_deposits_expired: 409,
  verification_locked: 409,
  // Card payments: the processor declined the charge (Stripe's 402); nothing was posted.
  card_declined: 402,
  card_payment_refunded: 409,
  card_payment_declined: 409,
  refund_exceeds_refundable: 422,
  reversal_exceeds_payment: 422,
  // 408 / 413 / 415 / 431: how the request arrived.
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  content_type_not_allowed: 415,
  request_header_fields_too_large: 431,
  // 422: well-formed but invalid.
  validation_failed: 422,
  amount_out_of_range: 422,
  invalid_product: 422,
  idempotency_key_reused: 422,
  // Settings: an e-signature provider this server does not have.
  e_signature_provider_unavailable: 422,
  // Documents: the bytes are not what the upload declares.
  content_type_mismatch: 422,
  unsafe_file_name: 422,
  // Decisions: a fact the rule-set version does not declare as an input.
  undeclared_fact: 422,
  // A figure beyond 2^53 - 1 minor units, which a JSON number cannot carry exactly (http/safe-integer.ts).
  unsafe_integer: 422,
  // Reports: the daily close has not run for the date asked about.
  snapshot_missing: 422,
  invalid_date_range: 422,
  // Collections: Regulation F refuses the call (12 CFR 1006.14(b), 1006.6(b)(1)(i)), or the borrower's hours.
  call_limit_reached: 422,
  call_after_conversation: 422,
  call_outside_hours: 422,
  contact_outside_preferred_times: 422,
  promise_date_in_past: 422,
  // SCRA covers only obligations incurred before active duty (50 U.S.C. § 3937(a)).
  scra_obligation_after_service: 422,
  // Payment instruments: the amounts are not the micro-deposits sent (an attempt used; `attemptsRemaining`).
  micro_deposit_amounts_mismatch: 422,
  // 429: too many requests for this token in this window.
  rate_limited: 429,
  // 5xx.
  internal_error: 500,
  // A stored row its schema refuses: the server's fault, never the request's.
  corrupt_record: 500,
  // An outside provider (the credit bureau) failed or answered outside its protocol.
  credit_bureau_unavailable: 502,
  // The document parsing provider failed or answered outside its protocol.
  extraction_provider_unavailable: 502,
  // The external e-signature provider refused or failed a request.
  e_signature_provider_refused: 502,
  service_unavailable: 503,
  database_unavailable: 503,
};

/**
 * The codes the status table declares, sorted: the spec publishes them as the `ErrorCode` enum, so the
 * client's error `code` union follows this table.
 *
 * @example
 * declaredErrorCodes().includes("insufficient_scope"); // true
 */
export function declaredErrorCodes(): string[] {
  return Object.keys(STATUS_BY_CODE).sort();
}

/**
 * The HTTP status for an error code.
 *
 * @example
 * statusForCode("product_not_found"); // 404
 * statusForCode("rate_above_maximum"); // 422
 */
export function statusForCode(code: string): number {
  const status = STATUS_BY_CODE[code];
  if (status !== undefined) return status;
  if (code.endsWith("_not_found")) return 404;
  return 422;
}

/** Standard reason phrases used as problem titles. */
const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** @example titleForStatus(404); // "Not Found" */
export function titleForStatus(status: number): string {
  return TITLES[status] ?? "Error";
}
