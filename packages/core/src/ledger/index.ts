/**
 * @module ledger
 * Double-entry bookkeeping for servicing: the chart of accounts, balanced journal entries
 * derived from loan events, and trial balances as of any date.
 */
export type { AccountCode, AccountDefinition, AccountingBasis, AccountType } from "./accounts.js";
export { accountCodes, chartOfAccounts } from "./accounts.js";
export type { JournalEntry, JournalLine } from "./journal-entry.js";
export { assertBalanced, credit, debit, entryTotals, makeEntry, reverseEntry } from "./journal-entry.js";
export type { ReceiptParts } from "./postings.js";
export {
  accrualLines,
  arrearsCapitalizationLines,
  capitalizationLines,
  chargeLines,
  chargeOffLines,
  disbursementLines,
  forgivenessLines,
  openingLines,
  prepaidFeeLines,
  receiptLines,
  recoveryLines,
  refundLines,
  waiverLines,
} from "./postings.js";
export type { TrialBalance, TrialBalanceRow } from "./trial-balance.js";
export { accountBalance, trialBalance } from "./trial-balance.js";
