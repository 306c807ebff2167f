/**
 * @module credit-reporting
 * Credit reporting both ways, pure. Out: Metro 2 (CDIA) from month-end loan states: the header record,
 * a 426-byte base segment per account (status code, payment rating, 24-month payment history profile,
 * balances in whole dollars, dates, ECOA code, compliance condition code), J1/J2 segments for
 * co-borrowers, and the trailer with its totals; the layouts are tables the writer follows. In: a
 * bureau's consumer report normalised (score and its factors, tradelines with 24 months of payment
 * history, inquiries, public records, fraud alerts) and what a decision reads from it: monthly debt,
 * derogatory counts, revolving utilization in basis points.
 */
export type {
  CreditInquiry,
  CreditReport,
  CreditScore,
  FraudAlert,
  FraudAlertType,
  PaymentHistoryCode,
  PermissiblePurpose,
  PublicRecord,
  PublicRecordType,
  PullKind,
  ScoreFactor,
  Tradeline,
  TradelineStatus,
  TradelineType,
} from "./bureau-report.js";
export {
  fraudAlertTypes,
  paymentHistoryCodes,
  paymentHistoryMonths,
  permissiblePurposes,
  publicRecordTypes,
  tradelineStatuses,
  tradelineTypes,
} from "./bureau-report.js";
export type { CreditReportSummary, DerogatoryCounts, RevolvingUtilization } from "./bureau-summary.js";
export {
  derogatoryCounts,
  monthlyDebtFromTradelines,
  revolvingPaymentPercentWhenUnreported,
  revolvingUtilization,
  summarizeCreditReport,
  tradelineMonthlyPayment,
} from "./bureau-summary.js";
export type { Metro2Person } from "./metro2-consumer.js";
export { isSameAddress, metro2AddressOf, metro2ConsumerOf } from "./metro2-consumer.js";
export { buildMetro2File, type Metro2File } from "./metro2-file.js";
export type {
  Metro2AccountState,
  Metro2Address,
  Metro2ComplianceConditionCode,
  Metro2Consumer,
  Metro2EcoaCode,
  Metro2FileHeaderInput,
  Metro2HistoryMonth,
  Metro2Standing,
} from "./metro2-input.js";
export { metro2ComplianceConditionCodes } from "./metro2-input.js";
export type { Metro2Field } from "./metro2-layout.js";
export {
  metro2BaseLayout,
  metro2HeaderLayout,
  metro2J1Layout,
  metro2J2Layout,
  metro2Lengths,
  metro2TrailerLayout,
  metro2TrailerStatusCodes,
} from "./metro2-layout.js";
export type {
  Metro2LoanInput,
  Metro2LoanMapping,
  Metro2MonthEndSnapshot,
  Metro2SkipReason,
} from "./metro2-loan.js";
export { historyMonthOf, metro2AccountFromLoan } from "./metro2-loan.js";
export type { Metro2Month } from "./metro2-month.js";
export { lastDayOfMonth, parseMetro2Month, previousMonthEnds } from "./metro2-month.js";
export type { Metro2Value } from "./metro2-record.js";
export { metro2Date, readMetro2Record, writeMetro2Record } from "./metro2-record.js";
export { metro2AccountRecord, metro2HeaderRecord, wholeDollars } from "./metro2-segments.js";
export type { Metro2AccountStatus } from "./metro2-status.js";
export {
  metro2AccountStatus,
  metro2PaymentRating,
  paymentHistoryCode,
  paymentHistoryProfile,
} from "./metro2-status.js";
export { validateMetro2Account } from "./metro2-validate.js";
