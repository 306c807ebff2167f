export type {
  AchDebitOutcome,
  BankAccountToVerify,
  CardVerification,
  InstrumentVerification,
  PaymentProcessor,
  VerificationStatus,
} from "./processor.js";
export { SANDBOX_TEST_ACCOUNTS, sandboxPaymentProcessor } from "./sandbox.js";
export { sandboxReturnsFile } from "./sandbox-returns.js";
