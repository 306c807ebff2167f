export { type AchEntryRow, type AchFileRow, achEntries, achFiles } from "./ach-files.js";
export { type ApplicationConditionRow, applicationConditions } from "./application-conditions.js";
export { type ApplicationStageVisitRow, applicationStageVisits } from "./application-stage-visits.js";
export { type ApplicationRow, applications, type StoredApproval, type StoredStateVisit } from "./applications.js";
export { type AuditHeadRow, auditHeads } from "./audit-heads.js";
export { type AuditRecordRow, auditRecords } from "./audit-records.js";
export { type AutopayEnrollmentRow, autopayEnrollments, type StoredAuthorization } from "./autopay-enrollments.js";
export { type CardPaymentRow, cardPayments } from "./card-payments.js";
export { type CloseRunRow, closeRuns } from "./close-runs.js";
export { type CollectionAccountRow, collectionAccounts } from "./collection-accounts.js";
export { type CollectionContactRow, collectionContacts } from "./collection-contacts.js";
export {
  type ContactPreferencesRow,
  contactPreferences,
  type StoredChannelPreference,
} from "./contact-preferences.js";
export { type CreditReportRow, creditReports, type StoredCreditConsent } from "./credit-reports.js";
export { type DecisionRow, decisions } from "./decisions.js";
export { type DisbursementRow, disbursements } from "./disbursements.js";
export { type DocumentExtractionRow, documentExtractions, type StoredExtractedField } from "./document-extractions.js";
export { type DocumentRow, documents } from "./documents.js";
export {
  type EnvelopeEventRow,
  type EnvelopeRow,
  type EnvelopeSignerRow,
  envelopeEvents,
  envelopeSigners,
  envelopes,
  type StoredEnvelopeDocument,
  type StoredEnvelopeOutput,
  type StoredSignature,
} from "./envelopes.js";
export { type EventRow, events } from "./events.js";
export { type HardshipPlanRow, hardshipPlans } from "./hardship-plans.js";
export { type IdempotencyKeyRow, idempotencyKeys } from "./idempotency-keys.js";
export { type IdentityCheckRow, identityChecks } from "./identity-checks.js";
export { type ImportRecordRow, type ImportResultRow, importResults, imports } from "./imports.js";
export { type LoanCheckpointRow, loanCheckpoints } from "./loan-checkpoints.js";
export { type LoanEventRow, loanEvents } from "./loan-events.js";
export { type LoanServicememberRow, loanServicemembers } from "./loan-servicemembers.js";
export { type LoanSnapshotRow, loanSnapshots } from "./loan-snapshots.js";
export { LOAN_STATEMENT_DATE_INDEX, type LoanStatementRow, loanStatements } from "./loan-statements.js";
export { type LoanRow, loans } from "./loans.js";
export {
  type LoanCreditReportingRow,
  loanCreditReporting,
  type Metro2FileRow,
  metro2Files,
  type StoredMetro2Skip,
} from "./metro2-files.js";
export { type PartyRow, parties } from "./parties.js";
export {
  type PaymentInstrumentVerificationRow,
  paymentInstrumentVerifications,
} from "./payment-instrument-verifications.js";
export { type PaymentInstrumentRow, paymentInstruments } from "./payment-instruments.js";
export { type ProductVersionRow, productVersions } from "./product-versions.js";
export { type ProductRow, products } from "./products.js";
export { type PromiseToPayRow, promisesToPay } from "./promises-to-pay.js";
export { type RateLimitCounterRow, rateLimitCounters } from "./rate-limit-counters.js";
export { type RuleSetVersionRow, ruleSetVersions } from "./rule-set-versions.js";
export { type RuleSetRow, ruleSets } from "./rule-sets.js";
export { type SanctionsListRow, sanctionsLists } from "./sanctions-lists.js";
export { type ScreeningHitRow, screeningHits } from "./screening-hits.js";
export { type ScreeningRow, screenings } from "./screenings.js";
export { type SettlementRow, type StoredSettlementInstallment, settlements } from "./settlements.js";
export { type TaskRow, tasks } from "./tasks.js";
export { type TenantKeysRow, tenantKeys } from "./tenant-keys.js";
export { type TenantSettingsRow, tenantSettings } from "./tenant-settings.js";
export {
  type StoredWebhookSecret,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "./webhooks.js";
export { type StoredWorkingHours, type WorkflowRow, workflows } from "./workflows.js";
