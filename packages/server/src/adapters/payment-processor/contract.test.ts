import { describe, expect, it } from "vitest";
import type { PaymentProcessor } from "./processor.js";
import { SANDBOX_TEST_ACCOUNTS, sandboxPaymentProcessor } from "./sandbox.js";

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
  it("knows card brands by token and declines the declined token", async () => {
    expect(await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_visa")).toMatchObject({
      verificationStatus: "verified",
      brand: "visa",
      lastFour: "4242",
    });
    expect((await sandboxPaymentProcessor.verifyCardToken("tok_sandbox_declined")).verificationStatus).toBe("failed");
  });
});
