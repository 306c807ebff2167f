/**
 * @module compliance
 * Ready compliance rules, each a pure function returning a `ComplianceCheckResult` with its
 * citation: QM and higher-priced price tests, the MLA 36% MAPR cap, state usury caps, TRID timing,
 * HMDA data points, Reg B adverse-action reasons; and OFAC sanctions screening (`screening/`: the SDN
 * files read, names normalized and scored by Jaro-Winkler on tokens, an index over the whole list).
 */
export type { AdverseActionOptions, AdverseActionReasons, PrincipalReason } from "./adverse-action.js";
export { buildAdverseActionReasons, maxPrincipalReasons } from "./adverse-action.js";
export type { Citation, ComplianceCheckResult } from "./check-result.js";
export { parsePercent } from "./check-result.js";
export type { HmdaDataPointStatus, HmdaGatherResult } from "./gather-hmda.js";
export { gatherHmdaDataPoints } from "./gather-hmda.js";
export type { HmdaActionTaken, HmdaCondition, HmdaDataPoint } from "./hmda-data-points.js";
export { hmdaDataPoints, hmdaDataPointsCitation } from "./hmda-data-points.js";
export type { MilitaryLendingInput } from "./military-lending.js";
export { checkMilitaryAnnualPercentageRate, checkMilitaryLendingFromCashFlows } from "./military-lending.js";
export type { GeneralQmPriceInput, LienStatus, RateSpreadInput } from "./price-checks.js";
export {
  checkGeneralQmPriceThreshold,
  checkHigherPricedCoveredTransaction,
  checkHigherPricedMortgageLoan,
} from "./price-checks.js";
export type { LienSpreadThresholds, QmPriceThresholdTable } from "./price-thresholds.js";
export {
  higherPricedCoveredTransactionThresholds,
  higherPricedMortgageLoanThresholds,
  militaryLendingActCap,
  qmPriceThresholdTables,
} from "./price-thresholds.js";
export type { AdverseActionStatement, ReasonStatementMapping } from "./reg-b-sample-reasons.js";
export { regBSampleReasons, regBSampleReasonsCitation } from "./reg-b-sample-reasons.js";
export type {
  OfacFileIssue,
  OfacSdnFiles,
  SanctionsAddress,
  SanctionsAlias,
  SanctionsEntry,
  SanctionsEntryType,
  SanctionsIndex,
  ScreeningHit,
  ScreeningOptions,
} from "./screening/index.js";
export {
  buildSanctionsIndex,
  jaro,
  jaroWinkler,
  normalizeName,
  parseCsvRows,
  parseOfacSdnFiles,
  sampleSdnFiles,
  scoreSimilarityMatrix,
  scoreTokenLists,
  screenName,
  screenNameExhaustively,
  TOKEN_SIMILARITY_FLOOR,
  tokenSimilarity,
  UNPAIRED_TOKEN_WEIGHT,
} from "./screening/index.js";
export type { CreditorBusinessDays } from "./trid-business-days.js";
export {
  creditorClosedOnFederalHolidays,
  generalBusinessDays,
  tridFixedDateHolidays,
  tridSpecificBusinessDayCitation,
  tridSpecificBusinessDays,
} from "./trid-business-days.js";
export type { DisclosureDeliveryMethod } from "./trid-timing.js";
export {
  checkClosingDisclosureTiming,
  checkLoanEstimateTiming,
  disclosureReceivedDate,
  loanEstimateDeadline,
  tridTimingRules,
} from "./trid-timing.js";
export type { UsuryCheckInput } from "./usury-check.js";
export { checkStateUsuryCap } from "./usury-check.js";
export type { UsuryCapRule, UsuryCapTable } from "./usury-table.js";
export { usuryCapTableSchema, usuryRateDefinitions } from "./usury-table.js";
