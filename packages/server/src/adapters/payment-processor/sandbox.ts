import { createHash } from "node:crypto";
import type { AchDebitOutcome, CardVerification, PaymentProcessor, VerificationStatus } from "./processor.js";

/**
 * The sandbox's documented test bank account numbers (any valid routing number) and what each does. Any
 * other account number is `unverified` and settles. Listed in the server README.
 */
export const SANDBOX_TEST_ACCOUNTS: Readonly<
  Record<string, { readonly verification: VerificationStatus; readonly outcome: AchDebitOutcome }>
> = {
  "000123456789": { verification: "verified", outcome: { kind: "settles" } },
  "000111111111": {
    verification: "verified",
    outcome: { kind: "returned", returnCode: "R01", afterBusinessDays: 2 },
  },
  "000222222222": {
    verification: "verified",
    outcome: { kind: "returned", returnCode: "R02", afterBusinessDays: 2 },
  },
  "000333333333": {
    verification: "verified",
    outcome: { kind: "changed", changeCode: "C01", correctedData: "000123456789" },
  },
  "000444444444": { verification: "micro_deposits_pending", outcome: { kind: "settles" } },
  "000555555555": { verification: "failed", outcome: { kind: "returned", returnCode: "R03", afterBusinessDays: 1 } },
};

/** The sandbox's card tokens: `tok_sandbox_<brand>` is a verified card ending 4242; `tok_sandbox_declined` fails. */
const CARD_BRANDS = new Set(["visa", "mastercard", "amex", "discover"]);

const reference = (prefix: string, value: string) =>
  `${prefix}_${createHash("sha256").update(value).digest("hex").slice(0, 24)}`;

/**
 * The deterministic sandbox processor: no network, the same answer for the same input every time.
 *
 * @example
 * (await sandboxPaymentProcessor.verifyBankAccount({ routingNumber: "021000021", accountNumber: "000111111111", accountType: "checking", holderName: "Ada" })).verificationStatus; // "verified"
 */
export const sandboxPaymentProcessor: PaymentProcessor = {
  name: "sandbox",
  async verifyBankAccount(account) {
    const known = SANDBOX_TEST_ACCOUNTS[account.accountNumber];
    return {
      verificationStatus: known?.verification ?? "unverified",
      processorReference: reference("sba", `${account.routingNumber}:${account.accountNumber}`),
    };
  },
  async verifyCardToken(token): Promise<CardVerification> {
    const brand = token.startsWith("tok_sandbox_") ? token.slice("tok_sandbox_".length) : "";
    const known = CARD_BRANDS.has(brand);
    return {
      verificationStatus: token === "tok_sandbox_declined" ? "failed" : known ? "verified" : "unverified",
      processorReference: reference("sbc", token),
      brand: known ? brand : null,
      lastFour: known ? "4242" : null,
    };
  },
  achDebitOutcome(account) {
    return SANDBOX_TEST_ACCOUNTS[account.accountNumber]?.outcome ?? { kind: "settles" };
  },
};
