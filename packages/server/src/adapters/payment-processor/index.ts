export type {
  AchDebitOutcome,
  BankAccountToVerify,
  CardChargeRequest,
  CardChargeResult,
  CardVerification,
  ChargeRefundRequest,
  InstrumentVerification,
  MicroDepositsSent,
  PaymentProcessor,
  ProcessorInstrument,
  VerificationStatus,
} from "./processor.js";
export {
  SANDBOX_TEST_ACCOUNTS,
  SANDBOX_TEST_CARDS,
  sandboxMicroDepositAmounts,
  sandboxPaymentProcessor,
} from "./sandbox.js";
export { sandboxReturnsFile } from "./sandbox-returns.js";
