import { describe, expect, it } from "vitest";
import type { PaymentProcessor } from "./processor.js";
import {
  SANDBOX_TEST_ACCOUNTS,
  SANDBOX_TEST_CARDS,
  sandboxMicroDepositAmounts,
  sandboxPaymentProcessor,
} from "./sandbox.js";

// The contract every payment processor implementation passes: deterministic answers, a reference per
// instrument, and outcomes of the documented shapes. Then the sandbox's documented test numbers.

function processorContract(name: string, processor: PaymentProcessor) {
  describe(`${name} processor contract`, () => {
    const account = { routingNumber: "021000021", accountNumber: "000123456789", accountType: "checking" as const };
    it("answers the same for the same account, with a reference", async () => {
      const first = await processor.verifyBankAccount({ ...account, holderName: "Ada Lovelace" });
      const second = await processor.verifyBankAccount({ ...account, holderName: "Ada Lovelace" });
      expect(first).toEqual(second);
      expect(first.processorReference.length).toBeGreaterThan(0);
    });
    it("gives every debit an outcome of a known kind", () => {
      expect(["settles", "returned", "changed"]).toContain(processor.achDebitOutcome(account).kind);
    });
    it("verifies card tokens without a card number", async () => {
      const card = await processor.verifyCardToken("tok_sandbox_visa");
      expect(["unverified", "micro_deposits_pending", "verified", "failed"]).toContain(card.verificationStatus);
    });
    it("sends two micro-deposits and confirms them only with the amounts sent, in either order", async () => {
      const instrument = { processorReference: "sba_contract" };
      expect(await processor.sendMicroDeposits(instrument)).toEqual({ count: 2, currency: "USD" });
      expect(await processor.confirmMicroDeposits(instrument, [0, 0])).toBe(false);
      expect(await processor.confirmMicroDeposits(instrument, [1])).toBe(false);
      const amounts = processor.testMicroDepositAmounts?.(instrument);
      if (amounts === undefined) return; // a live processor never reveals them
      for (const amount of amounts) expect(Number.isInteger(amount) && amount >= 1 && amount <= 99).toBe(true);
      expect(await processor.confirmMicroDeposits(instrument, amounts)).toBe(true);
      expect(await processor.confirmMicroDeposits(instrument, [amounts[1], amounts[0]])).toBe(true);
      expect(await processor.confirmMicroDeposits(instrument, [...amounts, 1])).toBe(false);
    });
    it("charges a card once per idempotency key: the same key, the same charge", async () => {
      const charge = {
        processorToken: "tok_sandbox_visa",
        amountMinor: 12_345n,
        currency: "USD",
        idempotencyKey: "k1",
      };
      const first = await processor.chargeCard(charge);
      expect(["succeeded", "declined"]).toContain(first.status);
      expect(first.chargeId.length).toBeGreaterThan(0);
      expect(await processor.chargeCard(charge)).toEqual(first);
      expect((await processor.chargeCard({ ...charge, idempotencyKey: "k2" })).chargeId).not.toBe(first.chargeId);
    });
    it("refunds a charge with a refund id of its own", async () => {
      const refund = await processor.refundCharge({
        chargeId: "ch_1",
        amountMinor: 100n,
        currency: "USD",
        idempotencyKey: "r1",
      });
      expect(refund.refundId.length).toBeGreaterThan(0);
    });
  });
}

processorContract("sandbox", sandboxPaymentProcessor);

describe("sandbox test numbers", () => {
  const routingNumber = "021000021";
  it.each([
    ["000123456789", "verified", { kind: "settles" }],
    ["000111111111", "verified", { kind: "returned", returnCode: "R01", afterBusinessDays: 2 }],
    ["000222222222", "verified", { kind: "returned", returnCode: "R02", afterBusinessDays: 2 }],
    ["000333333333", "verified", { kind: "changed", changeCode: "C01", correctedData: "000123456789" }],
    ["000444444444", "micro_deposits_pending", { kind: "settles" }],
    ["987654321", "unverified", { kind: "settles" }],
  ])("account %s is %s and its debits come to %o", async (accountNumber, status, outcome) => {
    const verification = await sandboxPaymentProcessor.verifyBankAccount({
      routingNumber,
      accountNumber,
      accountType: "savings",
      holderName: "Ada Lovelace",
    });
    expect(verification.verificationStatus).toBe(status);
    expect(sandboxPaymentProcessor.achDebitOutcome({ routingNumber, accountNumber })).toEqual(outcome);
  });
  it("documents each test account it knows", () => {
    expect(Object.keys(SANDBOX_TEST_ACCOUNTS)).toHaveLength(6);
  });
  it("sends each instrument its own deposits, 1 to 99 cents, from its reference", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const amounts = sandboxMicroDepositAmounts({ processorReference: `sba_${i}` });
      expect(amounts).toEqual(sandboxMicroDepositAmounts({ processorReference: `sba_${i}` }));
      for (const amount of amounts) expect(amount >= 1 && amount <= 99).toBe(true);
      seen.add(amounts.join(","));
    }
    expect(seen.size).toBeGreaterThan(150);
  });
  it.each([
    ["tok_sandbox_visa", { status: "succeeded" }],
    ["tok_sandbox_mastercard", { status: "succeeded" }],
    ["tok_sandbox_charge_declined", { status: "declined", declineCode: "generic_decline" }],
    ["tok_sandbox_insufficient_funds", { status: "declined", declineCode: "insufficient_funds" }],
    ["tok_sandbox_declined", { status: "declined", declineCode: "generic_decline" }],
    ["tok_unknown_to_the_sandbox", { status: "declined", declineCode: "invalid_token" }],
  ])("charging %s comes to %o", async (processorToken, outcome) => {
    const charged = await sandboxPaymentProcessor.chargeCard({
      processorToken,
      amountMinor: 5_000n,
      currency: "USD",
      idempotencyKey: "test",
    });
    expect(charged).toMatchObject(outcome);
    expect(charged.chargeId).toMatch(/^ch_sandbox_[0-9a-f]{24}$/);
  });
  it("verifies the declining test cards (they fail only when charged)", async () => {
    expect(await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_charge_declined")).toMatchObject({
      verificationStatus: "verified",
      lastFour: "0341",
    });
    expect(await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_insufficient_funds")).toMatchObject({
      verificationStatus: "verified",
      lastFour: "9995",
    });
    expect(Object.keys(SANDBOX_TEST_CARDS)).toHaveLength(7);
  });
  it("knows card brands by token and declines the declined token", async () => {
    expect(await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_visa")).toMatchObject({
      verificationStatus: "verified",
      brand: "visa",
      lastFour: "4242",
    });
    expect((await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_declined")).verificationStatus).toBe("failed");
  });
});
