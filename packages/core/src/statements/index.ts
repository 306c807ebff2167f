/**
 * @module statements
 * Periodic statements, pure: a loan's statement at each cycle end (each installment due date) built
 * from `replay` — opening and closing balances, every transaction of the period with how it moved each
 * balance, interest and fees charged in the period and the year, the amount and date due, and for
 * mortgages the Regulation Z § 1026.41 contents (explanation of amount due, past payments, the
 * delinquency box after 45 days).
 */
export { type PeriodActivity, periodActivity } from "./activity.js";
export { amountDueOf, pastDueMinor, paymentParts } from "./amount-due.js";
export { addBalances, balances, balancesOf, subtractBalances, zeroBalances } from "./balances.js";
export { buildStatement, type StatementInput } from "./build-statement.js";
export { isStatementDate, previousCycleEnd } from "./cycle.js";
export { type ServicerContactLines, type StatementParties, servicerRows, statementLayout } from "./layout.js";
export type {
  AmountDue,
  DelinquencyHistoryRow,
  DelinquencyInformation,
  MortgageDisclosures,
  PartialPaymentInformation,
  PaymentParts,
  Statement,
  StatementBalances,
  StatementFormat,
  StatementLine,
  StatementLineType,
} from "./model.js";
export {
  DELINQUENCY_BOX_AFTER_DAYS,
  delinquencyOf,
  mortgageDisclosures,
  partialPaymentOf,
  paymentsApplied,
} from "./mortgage.js";
export { noticeLayout } from "./notice-layout.js";
export { type Notice, type NoticeKind, noticesOn } from "./notices.js";
