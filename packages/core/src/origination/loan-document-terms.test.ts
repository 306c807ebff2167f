import { describe, expect, it } from "vitest";
import { formatAddress, formatLongDate, formatUsDate } from "./document-layout.js";
import {
  lateChargeSentence,
  paymentRuns,
  prepaymentSentence,
  printMoney,
  type ScheduledPayment,
} from "./loan-document-terms.js";

const payment = (number: number, dueDate: string, amountMinor: bigint): ScheduledPayment => ({
  number,
  dueDate,
  amountMinor,
  principalMinor: 0n,
  interestMinor: 0n,
  balanceMinor: 0n,
});

describe("printMoney", () => {
  it.each([
    { given: [0n, "USD"], want: "$0.00" },
    { given: [1n, "USD"], want: "$0.01" },
    { given: [1_500_000n, "USD"], want: "$15,000.00" },
    // Beyond 2^53 minor units every digit is kept (no float on the way).
    { given: [9_007_199_254_740_993n, "USD"], want: "$90,071,992,547,409.93" },
    { given: [1250n, "JPY"], want: "¥1,250" },
  ] as const)("$given → $want", ({ given, want }) => {
    expect(printMoney(given[0], given[1])).toBe(want);
  });
});

describe("paymentRuns", () => {
  it("groups consecutive equal payments, in order", () => {
    const runs = paymentRuns([
      payment(1, "2027-01-04", 53_846n),
      payment(2, "2027-02-03", 53_846n),
      payment(3, "2027-03-03", 53_830n),
      payment(4, "2027-04-05", 53_846n),
    ]);
    expect(runs).toEqual([
      { count: 2, amountMinor: 53_846n, firstDueDate: "2027-01-04", lastDueDate: "2027-02-03" },
      { count: 1, amountMinor: 53_830n, firstDueDate: "2027-03-03", lastDueDate: "2027-03-03" },
      { count: 1, amountMinor: 53_846n, firstDueDate: "2027-04-05", lastDueDate: "2027-04-05" },
    ]);
    expect(paymentRuns([])).toEqual([]);
  });
});

describe("sentences and dates", () => {
  it("states the late charge (§ 1026.18(l)) and prepayment (§ 1026.18(k)) terms", () => {
    expect(lateChargeSentence({ type: "flat", amountMinor: 700n, graceDays: 1 }, "USD")).toBe(
      "Late charge: if a payment is more than 1 day late, you will be charged $7.00.",
    );
    const percent = { type: "percent", percent: "5", base: "installment", minMinor: 1_500n, graceDays: 15 } as const;
    expect(lateChargeSentence(percent, "USD")).toBe(
      "Late charge: if a payment is more than 15 days late, you will be charged 5% of the scheduled payment (at least $15.00).",
    );
    expect(lateChargeSentence(undefined, "USD")).toBe("Late charge: none.");
    expect(prepaymentSentence(true, 0n)).toBe("Prepayment: if you pay off early, you may have to pay a penalty.");
  });

  it("prints dates and addresses as US documents do", () => {
    expect(formatUsDate("2027-01-04")).toBe("01/04/2027");
    expect(formatLongDate("2027-01-04")).toBe("January 4, 2027");
    expect(formatLongDate("2026-12-31")).toBe("December 31, 2026");
    expect(formatAddress({ line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508" })).toBe(
      "1 Main St, Lincoln, NE 68508",
    );
  });
});
