import { createHash } from "node:crypto";
import type {
  AchDebitOutcome,
  CardChargeResult,
  CardVerification,
  PaymentProcessor,
  ProcessorInstrument,
  VerificationStatus,
} from "./processor.js";

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

/**
 * The sandbox's documented test card tokens (Stripe's test cards, by token): what verifying each answers
 * and what charging it does. `tok_sandbox_<brand>` (visa, mastercard, amex, discover) is a verified card
 * ending 4242 whose charges succeed; any other token is `unverified`. Listed in the server README.
 */
export const SANDBOX_TEST_CARDS: Readonly<
  Record<
    string,
    {
      readonly verification: VerificationStatus;
      readonly brand: string | null;
      readonly lastFour: string | null;
      /** A charge's decline code; absent: charges succeed. */
      readonly declineCode?: string;
    }
  >
> = {
  tok_sandbox_visa: { verification: "verified", brand: "visa", lastFour: "4242" },
  tok_sandbox_mastercard: { verification: "verified", brand: "mastercard", lastFour: "4242" },
  tok_sandbox_amex: { verification: "verified", brand: "amex", lastFour: "4242" },
  tok_sandbox_discover: { verification: "verified", brand: "discover", lastFour: "4242" },
  tok_sandbox_charge_declined: {
    verification: "verified",
    brand: "visa",
    lastFour: "0341",
    declineCode: "generic_decline",
  },
  tok_sandbox_insufficient_funds: {
    verification: "verified",
    brand: "visa",
    lastFour: "9995",
    declineCode: "insufficient_funds",
  },
  tok_sandbox_declined: { verification: "failed", brand: null, lastFour: null, declineCode: "generic_decline" },
};

const digest = (value: string) => createHash("sha256").update(value).digest();
const reference = (prefix: string, value: string) => `${prefix}_${digest(value).toString("hex").slice(0, 24)}`;

/**
 * The two micro-deposits the sandbox sends to an instrument, 1 to 99 cents each, derived from its
 * processor reference (so the same bank account always gets the same two). The API shows them on a
 * pending sandbox instrument as `microDeposits.sandboxAmounts`.
 *
 * @example
 * sandboxMicroDepositAmounts({ processorReference: "sba_…" }) // [32, 45]
 */
export function sandboxMicroDepositAmounts(instrument: ProcessorInstrument): readonly [number, number] {
  const bytes = digest(`micro-deposits:${instrument.processorReference}`);
  return [1 + (bytes.readUInt16BE(0) % 99), 1 + (bytes.readUInt16BE(2) % 99)];
}

const sameAmounts = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) => {
  const sorted = (list: ReadonlyArray<number>) => [...list].sort((x, y) => x - y).join(",");
  return a.length === b.length && sorted(a) === sorted(b);
};

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
    const known = SANDBOX_TEST_CARDS[token];
    return {
      verificationStatus: known?.verification ?? "unverified",
      processorReference: reference("sbc", token),
      brand: known?.brand ?? null,
      lastFour: known?.lastFour ?? null,
    };
  },
  achDebitOutcome(account) {
    return SANDBOX_TEST_ACCOUNTS[account.accountNumber]?.outcome ?? { kind: "settles" };
  },
  async sendMicroDeposits() {
    return { count: 2, currency: "USD" };
  },
  async confirmMicroDeposits(instrument, amountsMinor) {
    return sameAmounts(sandboxMicroDepositAmounts(instrument), amountsMinor);
  },
  testMicroDepositAmounts: sandboxMicroDepositAmounts,
  async chargeCard(charge): Promise<CardChargeResult> {
    const chargeId = reference(
      "ch_sandbox",
      `${charge.idempotencyKey}:${charge.processorToken}:${charge.amountMinor}:${charge.currency}`,
    );
    const known = SANDBOX_TEST_CARDS[charge.processorToken];
    if (known === undefined) return { status: "declined", chargeId, declineCode: "invalid_token" };
    if (known.declineCode !== undefined) return { status: "declined", chargeId, declineCode: known.declineCode };
    return { status: "succeeded", chargeId };
  },
  async refundCharge(refund) {
    return { refundId: reference("re_sandbox", `${refund.idempotencyKey}:${refund.chargeId}:${refund.amountMinor}`) };
  },
};
