/**
 * @module products
 * Loan products: the zod schema that is the single source of truth for what a product
 * configures, its cross-field validation, the vocabulary (frequencies, fee bases, allocation
 * buckets), delinquency buckets, and the mapping of a loan request to schedule terms.
 */

export {
  type CompatibilityProfile,
  compatibilityProfileSettings,
  compatibilityProfiles,
  withCompatibilityProfile,
} from "./compatibility-profiles.js";
export type { DelinquencyBucket } from "./delinquency.js";
export {
  defaultDelinquencyBuckets,
  delinquencyBucketFor,
  delinquencyBucketIndex,
  delinquencyBucketNames,
  UNBUCKETED,
} from "./delinquency.js";
export { downPaymentMinor, downPaymentSchema, type ProductDownPayment } from "./down-payment-schema.js";
export type { FeeName } from "./fee-bases.js";
export { feeBasesByFee, feeNames } from "./fee-bases.js";
export type { ProductIssue } from "./issues.js";
export type { CheckedLoanRequest, LoanRequest } from "./loan-request.js";
export { checkLoanRequest } from "./loan-request.js";
export type { Metro2AccountType, Metro2Classification, Metro2PortfolioType } from "./metro2-classification.js";
export { metro2AccountTypes, metro2ClassificationOf, metro2PortfolioTypes } from "./metro2-classification.js";
export type {
  Fee,
  OriginationFee,
  ProductDefinition,
  ProductDefinitionInput,
} from "./schema.js";
export { frequencySchema, productDefinitionSchema } from "./schema.js";
export type { ScheduleOptions, ScheduleRequest } from "./to-schedule-terms.js";
export { originationFeeMinor, toScheduleTerms } from "./to-schedule-terms.js";
export type { ProductValidationError } from "./validate.js";
export { validateProductDefinition } from "./validate.js";
export type {
  AllocationBucket,
  AllocationStrategy,
  Amortization,
  BusinessDayConvention,
  CalendarFrequency,
  DayCountConvention,
  FeeBase,
  FeeTreatment,
  Frequency,
  InterestCalculation,
  InterestMethod,
  OverpaymentHandling,
  PrepaymentHandling,
  ProductRoundingMode,
} from "./vocabulary.js";
export {
  allocationBuckets,
  allocationStrategies,
  amortizations,
  businessDayConventions,
  dayCountConventions,
  feeBases,
  feeTreatments,
  frequencies,
  interestCalculations,
  interestMethods,
  overpaymentHandlings,
  prepaymentHandlings,
  productRoundingModes,
} from "./vocabulary.js";
