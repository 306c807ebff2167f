import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { InvariantError, unwrap } from "../errors/index.js";
import { formatDecimal, type RoundingMode } from "../money/index.js";
import { defaultDelinquencyBuckets } from "../products/index.js";
import { validateScheduleTerms } from "../schedule/index.js";
import { replay } from "../servicing/index.js";
import { options, summary } from "./fixtures.js";
import { buildPortfolioReport } from "./portfolio.js";
import { ratioOf } from "./ratio.js";
import { summarizeLoan } from "./summary.js";

const asOf = "2026-03-31";
// A hand-built book. USD principal outstanding of active loans: 100,000 + 50,000 + 40,000 + 30,000 +
// 20,000 = 240,000 minor units; F, G are off the portfolio, H is the only EUR loan.
const book = [
  summary("A", asOf, { principalMinor: 100_000n, accruedInterestMinor: 250n }),
  summary("B", asOf, { daysPastDue: 15, principalMinor: 50_000n, interestMinor: 1_200n, feesMinor: 2_500n }),
  summary("C", asOf, { daysPastDue: 30, principalMinor: 40_000n, interestMinor: 900n, penaltiesMinor: 100n }),
  summary("D", asOf, { daysPastDue: 45, principalMinor: 30_000n, interestMinor: 700n, feesMinor: 2_500n }),
  summary("E", asOf, { daysPastDue: 95, principalMinor: 20_000n, interestMinor: 1_500n, isNonPerforming: true }),
  summary("F", asOf, { status: "paid-off" }),
  summary("G", asOf, { status: "charged-off", daysPastDue: 150, isNonPerforming: true }),
  summary("H", asOf, { currency: "EUR", daysPastDue: 61, principalMinor: 10_000n }),
];

describe("buildPortfolioReport", () => {
  const report = buildPortfolioReport(book, date(asOf), options);
  const usd = report.currencies.find((c) => c.currency === "USD");
  const eur = report.currencies.find((c) => c.currency === "EUR");

  it("totals the outstanding per bucket and per currency, active loans only", () => {
    expect(report.currencies.map((c) => c.currency)).toEqual(["EUR", "USD"]);
    expect(report.statusCounts).toEqual({ active: 6, "paid-off": 1, "charged-off": 1 });
    expect(usd?.loanCount).toBe(5);
    // interest 1,200 + 900 + 700 + 1,500 = 4,300; fees 2,500 × 2; penalties 100.
    expect(usd?.outstanding).toEqual({
      principalMinor: 240_000n,
      interestMinor: 4_300n,
      feesMinor: 5_000n,
      penaltiesMinor: 100n,
      totalMinor: 249_400n,
      accruedInterestMinor: 250n,
    });
    expect(eur?.outstanding.principalMinor).toBe(10_000n);
  });

  it("groups by delinquency bucket from days past due", () => {
    expect(usd?.buckets.map((b) => [b.name, b.loanCount, b.principalMinor, b.totalMinor])).toEqual([
      ["current", 1, 100_000n, 100_000n],
      ["1-30", 2, 90_000n, 94_700n], // B 53,700 + C 41,000
      ["31-60", 1, 30_000n, 33_200n],
      ["61-90", 0, 0n, 0n],
      ["91-120", 1, 20_000n, 21_500n],
      ["120+", 0, 0n, 0n],
    ]);
  });

  it("computes PAR as principal at least n days late over principal outstanding", () => {
    // PAR30: C, D, E = 90,000 / 240,000 = 0.375; PAR60 and PAR90: E = 20,000 / 240,000 = 0.0833…
    expect(usd?.par.map((p) => [p.days, p.loanCount, p.principalMinor, formatDecimal(p.ratio)])).toEqual([
      [30, 3, 90_000n, "0.375000"],
      [60, 1, 20_000n, "0.083333"],
      [90, 1, 20_000n, "0.083333"],
    ]);
    expect(formatDecimal(usd?.nonPerforming.ratio ?? ratioOf(0n, 0n, options.ratio))).toBe("0.083333");
    expect(eur?.par.map((p) => formatDecimal(p.ratio))).toEqual(["1.000000", "1.000000", "0.000000"]);
  });

  it("reads the CGAP 'more than 30 days' PAR with thresholds 31/61/91", () => {
    const cgap = buildPortfolioReport(book, date(asOf), { ...options, parDays: [31, 61, 91] });
    // C at exactly 30 days drops out: D + E = 50,000 / 240,000 = 0.208333…
    expect(cgap.currencies[1]?.par.map((p) => formatDecimal(p.ratio))).toEqual(["0.208333", "0.083333", "0.083333"]);
  });

  it("lists loans outside every bucket as unbucketed", () => {
    const narrow = buildPortfolioReport(book, date(asOf), {
      ...options,
      buckets: defaultDelinquencyBuckets.slice(0, 2),
    });
    expect(narrow.currencies[1]?.buckets.at(-1)).toEqual({
      name: "unbucketed",
      loanCount: 2,
      principalMinor: 50_000n,
      totalMinor: 54_700n,
    });
  });

  it("is empty and zero for no loans", () => {
    expect(buildPortfolioReport([], date(asOf), options)).toEqual({ asOf, statusCounts: {}, currencies: [] });
  });

  it("refuses summaries of another date, duplicates and negative balances (bugs)", () => {
    expect(() => buildPortfolioReport([summary("A", "2026-03-30")], date(asOf), options)).toThrow(InvariantError);
    expect(() =>
      buildPortfolioReport(
        [book[0], book[0]].flatMap((s) => (s ? [s] : [])),
        date(asOf),
        options,
      ),
    ).toThrow(InvariantError);
    expect(() => buildPortfolioReport([summary("A", asOf, { feesMinor: -1n })], date(asOf), options)).toThrow(
      InvariantError,
    );
  });
});

describe("ratioOf", () => {
  // given numerator, denominator, scale, mode -> want; long division by hand.
  const cases: ReadonlyArray<[bigint, bigint, number, RoundingMode, string]> = [
    [2n, 3n, 6, "half-even", "0.666667"],
    [2n, 3n, 6, "down", "0.666666"],
    [1n, 8n, 2, "half-even", "0.12"],
    [3n, 8n, 2, "half-even", "0.38"],
    [1n, 8n, 2, "half-up", "0.13"],
    [5n, 0n, 6, "half-even", "0.000000"],
    [7n, 7n, 4, "down", "1.0000"],
  ];
  it.each(cases)("%s / %s at %s places, %s = %s", (numerator, denominator, scale, mode, want) => {
    expect(formatDecimal(ratioOf(numerator, denominator, { scale, mode }))).toBe(want);
  });
});

describe("summarizeLoan", () => {
  it("takes a replayed loan's balances and delinquency", () => {
    const terms = unwrap(
      validateScheduleTerms({
        currency: "USD",
        principalMinor: 1_200_000n,
        annualRatePercent: "0",
        disbursementDate: "2026-01-01",
        firstPaymentDate: "2026-02-01",
        numberOfPayments: 12,
        frequency: "monthly",
        interestMethod: "declining-balance",
        amortization: "equal-installments",
        interestCalculation: "periodic",
        dayCount: "actual/365-fixed",
        rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
      }),
    );
    const policy = {
      waterfall: ["penalties", "fees", "interest", "principal"] as const,
      allocation: "vertical" as const,
      overpayment: "apply-to-principal" as const,
      prepayment: "reduce-term" as const,
      delinquencyBuckets: defaultDelinquencyBuckets,
      nonPerformingAfterDays: 90,
      accountingBasis: "accrual" as const,
    };
    const events = [
      { id: "d", type: "disbursement" as const, effectiveDate: date("2026-01-01"), amountMinor: 1_200_000n },
    ];
    // At 0 % the installment is 1,200,000 / 12 = 100,000; nothing paid, the 1 Feb and 1 Mar installments
    // are overdue on 15 Mar: 42 days past the oldest (28 days of February + 14).
    const state = unwrap(replay({ terms, policy }, events, date("2026-03-15")));
    const loan = summarizeLoan("loan_1", state);
    expect(loan).toMatchObject({ loanId: "loan_1", asOf: "2026-03-15", status: "active", daysPastDue: 42 });
    expect(loan.principalMinor).toBe(1_200_000n);
  });
});
