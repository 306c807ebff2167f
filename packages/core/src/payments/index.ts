/**
 * @module payments
 * Payment instruments' rules and ACH origination, pure: the ABA routing number check digit, NACHA
 * files (build, parse, check controls), returns and notifications of change, the one table of
 * R-code actions, NACHA return-rate thresholds, and the CFPB payday rule's payment provision
 * (12 CFR 1041.8). Amounts are integer cents (bigint).
 */
export { checkAchControls, totalsOfEntries } from "./ach-check.js";
export type { AchFile } from "./ach-file.js";
export { buildAchFile } from "./ach-file.js";
export type {
  AchAccountKind,
  AchBatchInput,
  AchDirection,
  AchEntryInput,
  AchFileInput,
  AchSecCode,
} from "./ach-input.js";
export { maxAchEntryMinor, maxAchTotalMinor, retryEntryDescription } from "./ach-input.js";
export { parseAchFile } from "./ach-parse.js";
export type {
  ParsedAchAddenda,
  ParsedAchBatch,
  ParsedAchEntry,
  ParsedAchFile,
  ParsedChangeAddenda,
  ParsedOtherAddenda,
  ParsedPaymentAddenda,
  ParsedReturnAddenda,
} from "./ach-parsed.js";
export { directionOfTransactionCode } from "./ach-parsed.js";
export type { AchControlTotals } from "./ach-records.js";
export { achBlockingFactor, achRecordLength, transactionCode } from "./ach-records.js";
export type { AchChangeNotice, AchReturnNotice, AchReturnsReport } from "./ach-returns.js";
export { readAchReturns } from "./ach-returns.js";
export { validateAchFileInput } from "./ach-validate.js";
export { achEffectiveEntryDate } from "./effective-date.js";
export type { InstrumentCorrection } from "./notification-of-change.js";
export { achChangeCodes, readNotificationOfChange } from "./notification-of-change.js";
export type {
  PaymentReauthorization,
  PaymentTransferAttempt,
  PaymentTransferDecision,
} from "./payment-transfer-limit.js";
export { checkPaymentTransferAllowed } from "./payment-transfer-limit.js";
export type { AchReturnCategory, AchReturnRule } from "./return-codes.js";
export { achReturnRule, achReturnRules, decideAchReturn } from "./return-codes.js";
export type { AchReturnRate, AchReturnRates } from "./return-rates.js";
export { achReturnRates, achReturnRatesOfCounts, achReturnRateThresholds } from "./return-rates.js";
export type { RoutingNumber } from "./routing-number.js";
export { abaCheckDigit, hasValidAbaChecksum, parseRoutingNumber, routingNumber } from "./routing-number.js";
