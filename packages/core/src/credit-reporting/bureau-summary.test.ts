import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import type { CreditReport, Tradeline } from "./bureau-report.js";
import {
  derogatoryCounts,
  monthlyDebtFromTradelines,
  revolvingUtilization,
  summarizeCreditReport,
  tradelineMonthlyPayment,
} from "./bureau-summary.js";

const line = (overrides: Partial<Tradeline>): Tradeline => ({
  accountReference: "****0001",
  creditor: "Example Bank",
  type: "installment",
  status: "current",
  openedOn: date("2020-01-15"),
  balanceMinor: 1_000_00n,
  creditLimitMinor: null,
  monthlyPaymentMinor: 100_00n,
  paymentHistory: [],
  ...overrides,
});

const report = (overrides: Partial<CreditReport>): CreditReport => ({
  bureau: "test",
  reportedOn: date("2026-03-02"),
  currency: "USD",
  subject: { taxIdLast4: "0102" },
  score: null,
  tradelines: [],
  inquiries: [],
  publicRecords: [],
  fraudAlerts: [],
  ...overrides,
});

describe("tradelineMonthlyPayment", () => {
  // Given → want; the 5% rule is Fannie Mae Selling Guide B3-6-05, rounded up to the cent.
  it.each([
    ["an open installment's reported payment", line({}), 100_00n],
    ["a delinquent account still owes its payment", line({ status: "delinquent" }), 100_00n],
    ["a paid account", line({ status: "paid" }), 0n],
    ["a closed account", line({ status: "closed" }), 0n],
    ["a charge-off", line({ status: "charged_off" }), 0n],
    ["a collection", line({ status: "collection" }), 0n],
    ["a zero balance", line({ balanceMinor: 0n }), 0n],
    [
      "revolving without a payment: 5% of 1,000.01 = 50.0005 → 50.01",
      line({ type: "revolving", balanceMinor: 1_000_01n, monthlyPaymentMinor: null }),
      50_01n,
    ],
    [
      "a line of credit without a payment: 5% of 200.00",
      line({ type: "line_of_credit", balanceMinor: 200_00n, monthlyPaymentMinor: null }),
      10_00n,
    ],
    ["an installment without a payment", line({ monthlyPaymentMinor: null }), 0n],
  ])("%s", (_, given, want) => {
    expect(tradelineMonthlyPayment(given)).toBe(want);
  });

  it("sums a file's payments", () => {
    const lines = [
      line({}),
      line({ type: "revolving", balanceMinor: 1_000_01n, monthlyPaymentMinor: null }),
      line({ status: "paid" }),
    ];
    expect(monthlyDebtFromTradelines(lines)).toBe(150_01n);
  });
});

describe("derogatoryCounts", () => {
  it("counts late months by severity, charge-offs, collections and items", () => {
    const counted = derogatoryCounts(
      report({
        tradelines: [
          line({ paymentHistory: ["current", "late_30", "late_30", "late_60", "late_90", "late_180", "current"] }),
          line({ status: "charged_off", paymentHistory: ["charge_off", "late_120"] }),
          line({ status: "paid", paymentHistory: ["current", "collection"] }),
          line({ paymentHistory: Array.from({ length: 24 }, () => "current" as const) }),
          // A late month beyond the 24 is not counted.
          line({ paymentHistory: [...Array.from({ length: 24 }, () => "current" as const), "late_30"] }),
        ],
        publicRecords: [
          { type: "civil_judgment", filedOn: date("2024-05-01"), status: "filed", amountMinor: 5_000_00n },
        ],
      }),
    );
    expect(counted).toEqual({
      late30: 2,
      late60: 1,
      late90Plus: 3,
      chargeOffs: 1,
      collections: 1,
      publicRecords: 1,
      delinquentTradelines: 2,
      derogatoryItems: 4,
    });
  });
});

describe("revolvingUtilization", () => {
  const cards = [
    line({ type: "revolving", balanceMinor: 1_234_56n, creditLimitMinor: 5_000_00n }),
    line({ type: "revolving", balanceMinor: 1_000_00n, creditLimitMinor: 3_000_00n }),
    line({ type: "revolving", status: "closed", balanceMinor: 9_000_00n, creditLimitMinor: 9_000_00n }),
    line({ type: "revolving", balanceMinor: 700_00n, creditLimitMinor: null }),
    line({ type: "installment", balanceMinor: 9_000_00n, creditLimitMinor: 10_000_00n }),
  ];

  it("divides open revolving balances by their limits: 2,234.56 / 8,000.00 = 27.932% → 2,793 bp", () => {
    expect(revolvingUtilization(cards, "half-even")).toEqual({
      balanceMinor: 2_234_56n,
      limitMinor: 8_000_00n,
      basisPoints: 2_793n,
    });
    expect(revolvingUtilization(cards, "up").basisPoints).toBe(2_794n);
  });

  it("rounds a tie by the mode named: 1 / 8 = 1,250 bp exactly; 1 / 16,000 = 0.625 bp", () => {
    const tie = [line({ type: "revolving", balanceMinor: 1n, creditLimitMinor: 16_000n })];
    expect(revolvingUtilization(tie, "half-even").basisPoints).toBe(1n);
    expect(revolvingUtilization(tie, "down").basisPoints).toBe(0n);
  });

  it("is null when no open revolving account reports a limit", () => {
    expect(revolvingUtilization([line({})], "half-even").basisPoints).toBeNull();
  });
});

describe("summarizeCreditReport", () => {
  it("counts inquiries of the last six months and fraud alerts in force", () => {
    const summary = summarizeCreditReport(
      report({
        inquiries: [
          { inquiredOn: date("2025-09-02"), subscriber: "Too old" },
          { inquiredOn: date("2025-09-03"), subscriber: "Just in" },
          { inquiredOn: date("2026-03-02"), subscriber: "Today" },
        ],
        fraudAlerts: [
          { type: "initial", placedOn: date("2025-06-01"), expiresOn: date("2026-06-01"), contactPhone: null },
        ],
      }),
      { asOf: date("2026-03-02"), utilizationRounding: "half-even" },
    );
    expect(summary.inquiriesLast6Months).toBe(2);
    expect(summary.hasFraudAlert).toBe(true);
    expect(summary.score).toBeNull();
    expect(summary.monthsSinceOldestTradeline).toBeNull();
  });

  it("counts whole months since the oldest tradeline opened: 2020-01-15 to 2026-03-02 is 73", () => {
    const summary = summarizeCreditReport(report({ tradelines: [line({ openedOn: date("2024-05-01") }), line({})] }), {
      asOf: date("2026-03-02"),
      utilizationRounding: "half-even",
    });
    expect(summary.monthsSinceOldestTradeline).toBe(73);
  });
});
