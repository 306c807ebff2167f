export type {
  DelinquencyBucket,
  Fee,
  OriginationFee,
  ProductDefinition,
  ProductDefinitionInput,
} from "./schema.js";
export { defaultDelinquencyBuckets, productDefinitionSchema } from "./schema.js";
export type {
  AllocationBucket,
  AllocationStrategy,
  Amortization,
  BusinessDayAdjustment,
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
  businessDayAdjustments,
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
