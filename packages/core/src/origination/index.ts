/**
 * @module origination
 * The loan origination (LOS) half of Lendstack, pure. What the server calls, by use case:
 *
 * - Lifecycle (`lifecycle.ts`): `transition(state, command)` by the explicit `transitionTable`
 *   (draft → submitted → in_review → approved | declined | referred → offered → accepted →
 *   closing → funded; withdrawn, expired). A refused command is an `IllegalTransitionError`
 *   (`illegal_transition`, with `currentState` and `allowedCommands`): the server's 409.
 * - Submit (`completeness.ts`): `requireComplete(form)` → `application_incomplete` with every
 *   `MissingItem` (path + code): the server's 422. `validateVin` checks the VIN check digit.
 * - Workflow (`workflow-*.ts`): `validateWorkflow(definition)` lists every problem
 *   (`invalid_workflow`) and compiles entry conditions and task conditions with the rule engine;
 *   `enterStage(compiled, state, facts, at, hours)` gives the stage entered and the tasks to
 *   create, each due by its SLA (`slaDueAt`). Underwriting conditions: `raiseCondition`,
 *   `clearCondition`, `waiveCondition`; `checkConditionsFor(conditions, command)` →
 *   `conditions_open` (409) before an approval or funding.
 * - Four-eyes (`four-eyes.ts`): `checkApproval` → `own_referral`, `already_approved`,
 *   `approval_complete` (403), or whether this approval is final.
 * - Offers (`rate-grid.ts`, `offers.ts`, `offer-acceptance.ts`): `lookupRate(grid, score, ltv)`,
 *   `buildOffers` (schedule, APR, finance charge, amount financed, total of payments),
 *   `acceptOffer` (others void; `offer_expired`, `offer_void`… 409), `counterOffer`,
 *   `expireOffers`.
 * - Decline (`adverse-action-notice.ts`): `buildAdverseActionNotice` (Reg B § 1002.9 reasons,
 *   ECOA notice, FCRA § 615(a) block, due date).
 * - Documents (`*-template.ts`, `document-layout.ts`): `buildTilaDisclosure`, `buildLoanAgreement`,
 *   `buildAdverseActionNoticeDocument` lay out generated documents as data (money printed exactly from
 *   minor units); the server renders them to PDF.
 * - Pipeline (`pipeline.ts`): `buildPipelineReport(histories, asOf, rounding)`.
 *
 * Amounts are bigint minor units; rates are `Decimal`s or decimal strings; time comes in as data
 * (`Instant` strings ending in `Z`, `LocalDate`s) — nothing here reads a clock or makes an id.
 */

export type {
  AdverseActionNotice,
  AdverseActionNoticeInput,
  CreditScoreUsed,
  FcraDisclosure,
  KeyFactor,
  NamedParty,
  WeightedReason,
} from "./adverse-action-notice.js";
export {
  adverseActionNoticeDays,
  buildAdverseActionNotice,
  ecoaNoticeStatement,
  fcraStatement,
} from "./adverse-action-notice.js";
export { buildAdverseActionNoticeDocument } from "./adverse-action-notice-template.js";
export type {
  ApplicantEntry,
  ApplicantRole,
  ApplicationForm,
  Collateral,
  CollateralType,
  Consent,
  ConsentType,
  DeclaredAsset,
  DeclaredDebt,
  PostalAddress,
  RealEstateCollateral,
  VehicleCollateral,
} from "./application.js";
export { applicantRoles, collateralTypes, consentTypes, realEstateOccupancies } from "./application.js";
export type { CompletenessOptions, IncompleteApplicationError } from "./completeness.js";
export { checkCompleteness, isIpAddress, requireComplete } from "./completeness.js";
export type { DisclosureBox, DocumentLayout, LayoutBlock, LayoutColumn } from "./document-layout.js";
export { formatAddress, formatLongDate, formatUsDate } from "./document-layout.js";
export type { DocumentType } from "./document-types.js";
export { documentTypes, isDocumentType, requiredDocumentType } from "./document-types.js";
export type { ApprovalRequest, ApprovalVerdict, FourEyesError, PriorApproval } from "./four-eyes.js";
export { checkApproval, fourEyesRefusalCodes } from "./four-eyes.js";
export type { Instant } from "./instant.js";
export { formatInstant, msPerDay, parseInstant, utcDateOf } from "./instant.js";
export type {
  ApplicationCommand,
  ApplicationCommandType,
  ApplicationState,
  DecisionOutcome,
  IllegalTransitionError,
} from "./lifecycle.js";
export {
  allowedCommands,
  applicationCommandTypes,
  applicationStates,
  decidedStates,
  isApplicationState,
  isDecided,
  isTerminal,
  terminalStates,
  transition,
  transitionTable,
} from "./lifecycle.js";
export { buildLoanAgreement } from "./loan-agreement-template.js";
export type { LateCharge, LoanDocumentTerms, PaymentRun, ScheduledPayment } from "./loan-document-terms.js";
export {
  lateChargeSentence,
  paymentRuns,
  prepaymentSentence,
  printMoney,
} from "./loan-document-terms.js";
export type { MissingItem } from "./missing-item.js";
export type { OfferError, OfferLifecycle } from "./offer-acceptance.js";
export { acceptOffer, counterOffer, expireOffers } from "./offer-acceptance.js";
export type { BuildOffersInput, Offer, OfferOption, OfferStatus } from "./offers.js";
export { buildOffers, offerStatuses } from "./offers.js";
export type {
  DateRange,
  FieldBox,
  LabelLayout,
  Located,
  ParsedField,
  PayFrequency,
  TextItem,
  TextLine,
} from "./parsing/index.js";
export {
  BANK_STATEMENT_LABELS,
  boxOf,
  fieldOf,
  findInColumn,
  findLabeled,
  groupLines,
  incomeVarianceBasisPoints,
  inferPayFrequency,
  isNsfFeeLine,
  LAYOUT_CONFIDENCE,
  moneyIn,
  monthlyIncomeFromPay,
  normalizeLabel,
  PAY_STUB_LABELS,
  parseBankStatement,
  parseDateRangeText,
  parseDateText,
  parseMoneyText,
  parsePayStub,
  readPayFrequency,
  withDerivedPayFields,
} from "./parsing/index.js";
export type { CurrencyAmount, FunnelCounts, PipelineFunnel, PipelineReport, StageFigures } from "./pipeline.js";
export { assemblePipelineReport, buildPipelineReport, funnelStates } from "./pipeline.js";
export type { ExpectedClosing, PipelineCandidate } from "./pipeline-expected.js";
export { expectedClosings, statesAheadOfFunding } from "./pipeline-expected.js";
export type { PipelineApplication, StageVisit } from "./pipeline-history.js";
export { percentileOf } from "./pipeline-stages.js";
export type { GridRate, RateGrid } from "./rate-grid.js";
export { lookupRate, validateRateGrid } from "./rate-grid.js";
export type { WorkingHours } from "./sla.js";
export { slaDueAt, slaDueInstant } from "./sla.js";
export { buildTilaDisclosure } from "./tila-disclosure-template.js";
export type { ConditionsOpenError, RaiseConditionInput, UnderwritingCondition } from "./underwriting-conditions.js";
export {
  checkConditionsFor,
  clearCondition,
  gatedKind,
  raiseCondition,
  waiveCondition,
} from "./underwriting-conditions.js";
export { validateVin, vinCheckDigit } from "./vin.js";
export type {
  ConditionKind,
  ConditionTemplate,
  Sla,
  StaffRole,
  TaskTemplate,
  WorkflowDefinition,
  WorkflowStage,
} from "./workflow-definition.js";
export { conditionKinds, slaUnits, staffRoles } from "./workflow-definition.js";
export type { StageEntry, TaskToCreate } from "./workflow-stages.js";
export { enterStage } from "./workflow-stages.js";
export type { CompiledWorkflow, InvalidWorkflowError } from "./workflow-validate.js";
export { maxSlaAmount, validateWorkflow } from "./workflow-validate.js";
