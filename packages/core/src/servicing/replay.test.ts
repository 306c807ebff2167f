/**
 * Scenario tests for replay: disbursement, daily accrual, payments (on time, early, late),
 * delinquency, late fees and allocation. The base loan ($10,000.00 at 3.65 % Actual/365F, 12
 * monthly payments from 2026-02-01) earns exactly 100 minor units ($1.00) a day on the full
 * principal: 1,000,000 × 3.65 / 100 / 365 = 100. Its level payment (the schedule module's
 * `regularPaymentMinor` for periodic terms) is PMT(3.65%/12, 12, -10000) = 849.9008 → $849.90
 * (84,990, half-up), the spreadsheet formula P·i / (1 − (1 + i)^−n). Servicing still accrues the
 * interest daily by Actual/365F on the principal actually outstanding.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

const loan = makeLoan();
const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];

describe("replay: disbursement and daily accrual", () => {
  it("derives the level payment from PMT and accrues $1.00 a day", () => {
    const state = unwrap(replay(loan, funded, on("2026-01-16")));
    expect(state.levelInstallmentMinor).toBe(84_990n);
    expect(state.status).toBe("active");
    expect(state.outstanding.principalMinor).toBe(1_000_000n);
    expect(state.accruedInterestMinor).toBe(1_500n); // 15 days (Jan 1-15) × 100
    expect(state.installments.map((i) => i.status)).toEqual(Array(12).fill("future"));
  });

  it("before any disbursement the loan is pending", () => {
    expect(unwrap(replay(loan, [], on("2026-01-10"))).status).toBe("pending");
  });
});

describe("replay: payments", () => {
  it("on time: January's 31 days of interest, the rest to principal", () => {
    const state = unwrap(replay(loan, [...funded, pay("2026-02-01", 84_990n, "p1")], on("2026-02-01")));
    const first = state.installments[0];
    expect(first?.interestDueMinor).toBe(3_100n); // 31 × 100
    expect(first?.principalDueMinor).toBe(81_890n); // 84,990 − 3,100
    expect(first?.status).toBe("paid");
    expect(state.outstanding.principalMinor).toBe(918_110n);
    expect(state.transactions.find((t) => t.id === "p1")?.allocation).toEqual({
      principalMinor: 81_890n,
      interestMinor: 3_100n,
      feesMinor: 0n,
      penaltiesMinor: 0n,
      creditMinor: 0n,
    });
    // February: 28 days × 918,110 × 0.0001 = 2,570.708 → 2,571 (half-up) due on 1 March.
    const march = unwrap(replay(loan, [...funded, pay("2026-02-01", 84_990n, "p1")], on("2026-03-01")));
    expect(march.installments[1]?.interestDueMinor).toBe(2_571n);
  });

  it("early: a prepayment on 16 Jan halves the balance and the interest from that day", () => {
    const state = unwrap(replay(loan, [...funded, pay("2026-01-16", 500_000n)], on("2026-02-01")));
    const first = state.installments[0];
    expect(first?.interestDueMinor).toBe(2_300n); // 15 days × 100 + 16 days × 50
    expect(first?.principalDueMinor).toBe(82_690n); // reduce-term: level 84,990 − 2,300
    expect(first?.status).toBe("due");
    expect(state.outstanding.principalMinor).toBe(500_000n);
  });

  it("late: ten days late costs ten days of interest on the unpaid principal", () => {
    const events = [...funded, pay("2026-02-11", 84_990n)];
    const during = unwrap(replay(loan, events, on("2026-02-05")));
    expect(during.daysPastDue).toBe(4);
    expect(during.delinquencyBucket).toBe("1-30");
    expect(during.installments[0]?.status).toBe("overdue");
    expect(during.overdue.totalMinor).toBe(84_990n);
    // Feb 1-10 on 1,000,000 = 1,000; Feb 11-28 on 918,110 = 18 × 91.811 = 1,652.598; total 2,652.598 → 2,653
    const march = unwrap(replay(loan, events, on("2026-03-01")));
    expect(march.installments[1]?.interestDueMinor).toBe(2_653n);
    expect(march.daysPastDue).toBe(0);
  });
});

describe("replay: delinquency and late fees", () => {
  it.each([
    // Oldest unpaid installment due 2026-02-01; days past due = asOf − due date.
    { asOf: "2026-02-01", dpd: 0, bucket: "current", npl: false },
    { asOf: "2026-02-02", dpd: 1, bucket: "1-30", npl: false },
    { asOf: "2026-03-04", dpd: 31, bucket: "31-60", npl: false },
    { asOf: "2026-05-01", dpd: 89, bucket: "61-90", npl: false },
    { asOf: "2026-05-02", dpd: 90, bucket: "61-90", npl: false }, // non-performing only beyond 90
    { asOf: "2026-05-03", dpd: 91, bucket: "91-120", npl: true },
    { asOf: "2026-06-01", dpd: 120, bucket: "91-120", npl: true },
  ])("no payments, as of $asOf: $dpd days past due, $bucket", ({ asOf, dpd, bucket, npl }) => {
    const state = unwrap(replay(loan, funded, on(asOf)));
    expect(state.daysPastDue).toBe(dpd);
    expect(state.delinquencyBucket).toBe(bucket);
    expect(state.isNonPerforming).toBe(npl);
  });

  it("charges the flat late fee the day after the 15 grace days", () => {
    const before = unwrap(replay(loan, funded, on("2026-02-16")));
    expect(before.charges).toEqual([]);
    const after = unwrap(replay(loan, funded, on("2026-02-17")));
    expect(after.charges.map((c) => [c.id, c.amountMinor, c.dueDate])).toEqual([["late-fee:1", 2_500n, "2026-02-17"]]);
    expect(after.outstanding.penaltiesMinor).toBe(2_500n);
  });

  it("a payment within the grace days avoids the fee", () => {
    const state = unwrap(replay(loan, [...funded, pay("2026-02-16", 84_990n)], on("2026-03-01")));
    expect(state.charges).toEqual([]);
  });

  it.each([
    // 5 % of the unpaid 84,990 = 4,249.5 → 4,250 (half-up); a 4,000 cap applies; a 5,000 minimum lifts it.
    {
      rule: { type: "percent" as const, percent: { units: 5n, scale: 0 }, rounding: "half-up" as const },
      want: 4_250n,
    },
    {
      rule: {
        type: "percent" as const,
        percent: { units: 5n, scale: 0 },
        rounding: "half-up" as const,
        maxMinor: 4_000n,
      },
      want: 4_000n,
    },
    {
      rule: {
        type: "percent" as const,
        percent: { units: 5n, scale: 0 },
        rounding: "half-up" as const,
        minMinor: 5_000n,
      },
      want: 5_000n,
    },
  ])("percent late fee: $want", ({ rule, want }) => {
    const percentLoan = makeLoan({}, { lateFee: { rule, graceDays: 15 } });
    const state = unwrap(replay(percentLoan, funded, on("2026-02-17")));
    expect(state.charges[0]?.amountMinor).toBe(want);
  });
});

describe("replay: allocation waterfall", () => {
  // Unpaid: installment 1 (I 3,100, P 81,890), its late fee 2,500 (17 Feb), installment 2 due 1 Mar
  // with February's interest on the full principal: 28 × 100 = 2,800, principal 84,990 − 2,800 = 82,190.
  const events = [...funded, pay("2026-03-05", 86_000n, "p")];
  it("vertical settles installment 1 (late fee, interest, principal) before installment 2", () => {
    const state = unwrap(replay(makeLoan({}, { allocation: "vertical" }), events, on("2026-03-05")));
    // 2,500 + 3,100 + 80,400 = 86,000
    expect(state.transactions.find((t) => t.id === "p")?.allocation).toEqual({
      principalMinor: 80_400n,
      interestMinor: 3_100n,
      feesMinor: 0n,
      penaltiesMinor: 2_500n,
      creditMinor: 0n,
    });
  });
  it("horizontal settles each bucket across installments: penalties, then all interest, then principal", () => {
    const state = unwrap(replay(makeLoan({}, { allocation: "horizontal" }), events, on("2026-03-05")));
    // 2,500 + (3,100 + 2,800) + 77,600 = 86,000
    expect(state.transactions.find((t) => t.id === "p")?.allocation).toEqual({
      principalMinor: 77_600n,
      interestMinor: 5_900n,
      feesMinor: 0n,
      penaltiesMinor: 2_500n,
      creditMinor: 0n,
    });
  });
  it("a custom order (interest before penalties) is followed", () => {
    const policy = {
      allocation: "horizontal" as const,
      waterfall: ["interest", "principal", "penalties", "fees"] as const,
    };
    const state = unwrap(
      replay(makeLoan({}, { ...policy, waterfall: [...policy.waterfall] }), events, on("2026-03-05")),
    );
    // 5,900 interest, then principal 80,100 of 164,080 due; nothing left for the fee
    expect(state.transactions.find((t) => t.id === "p")?.allocation?.penaltiesMinor).toBe(0n);
    expect(state.transactions.find((t) => t.id === "p")?.allocation?.principalMinor).toBe(80_100n);
  });
});

describe("replay: the loan to maturity", () => {
  it("twelve on-time payments (the last one settling the remainder) pay the loan off and the books net to zero", () => {
    const payments = [];
    for (let k = 1; k <= 11; k++) payments.push(pay(`2026-${String(k + 1).padStart(2, "0")}-01`, 84_990n));
    const before = unwrap(replay(loan, [...funded, ...payments], on("2027-01-01")));
    const last = before.installments[11];
    const lastAmount = (last?.principalDueMinor ?? 0n) + (last?.interestDueMinor ?? 0n);
    const state = unwrap(replay(loan, [...funded, ...payments, pay("2027-01-01", lastAmount)], on("2027-01-01")));
    expect(state.status).toBe("paid-off");
    expect(state.outstanding.totalMinor).toBe(0n);
    expect(state.installments.every((i) => i.status === "paid")).toBe(true);
    const interest = state.installments.reduce((sum, i) => sum + i.interestDueMinor, 0n);
    const paid = state.transactions.reduce((sum, t) => sum + (t.type === "payment" ? t.amountMinor : 0n), 0n);
    expect(paid - interest).toBe(1_000_000n); // every cent of principal repaid exactly once
    const tb = trialBalance(state.journal, on("2027-01-01"));
    const balances = Object.fromEntries(tb.rows.map((r) => [r.account, r.balanceMinor]));
    expect(balances.principal_receivable).toBe(0n);
    expect(balances.interest_receivable).toBe(0n);
    expect(balances.interest_income).toBe(-interest);
    expect(tb.totals[0]?.balanceMinor).toBe(0n);
  });
});
