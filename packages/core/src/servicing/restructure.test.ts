/**
 * Restructure with capitalized arrears, charge-off with a credit balance and business-day adjusted
 * added installments, on the base loan of replay.test.ts: $10,000.00 at 3.65 % Actual/365F ($1.00 of
 * interest a day per $10,000), level payment $849.90, late fee $25 after 15 grace days. Unpaid:
 * installment 1 (1 Feb) = 31 days × 100 = 3,100 interest + 81,890 principal; installment 2 (1 Mar) =
 * 28 × 100 = 2,800 interest + 82,190 principal. Level payments after re-amortization are spreadsheet
 * PMT(3.65%/12, n, -balance), rounded half-up.
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { accountBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

const funded: LoanEvent[] = [disburse("2026-01-01", 1_000_000n, "dsb")];
const balance = (journal: Parameters<typeof accountBalance>[0], account: Parameters<typeof accountBalance>[1]) =>
  accountBalance(journal, account, "USD", on("2100-01-01"));
const reschedule = (capitalizeArrears: boolean): LoanEvent => ({
  id: "rs",
  type: "reschedule",
  effectiveDate: on("2026-03-10"),
  firstPaymentDate: on("2026-04-01"),
  numberOfPayments: 12,
  capitalizeArrears,
});

describe("restructure with capitalization of arrears", () => {
  it("moves overdue principal, interest and the late fee into the new schedule; the loan is current", () => {
    const loan = makeLoan();
    const state = unwrap(replay(loan, [...funded, reschedule(true)], on("2026-03-10")));
    // Interest 3,100 + 2,800 and the 2,500 late fee (17 Feb) become principal: 1,000,000 + 8,400.
    expect(state.transactions.find((t) => t.id === "capitalization:rs")?.amountMinor).toBe(8_400n);
    expect(state.outstanding).toMatchObject({ principalMinor: 1_008_400n, interestMinor: 0n, penaltiesMinor: 0n });
    expect(state.overdue.totalMinor).toBe(0n);
    expect(state.daysPastDue).toBe(0);
    expect(state.levelInstallmentMinor).toBe(85_704n); // PMT(3.65%/12, 12, -10084) = 857.0399
    expect(state.installments.slice(0, 2).map((i) => [i.status, i.capitalizedMinor])).toEqual([
      ["paid", 84_990n],
      ["paid", 84_990n],
    ]);
    expect(state.charges.find((c) => c.id === "late-fee:1")?.capitalizedMinor).toBe(2_500n);
    expect(balance(state.journal, "principal_receivable")).toBe(1_008_400n);
    expect(balance(state.journal, "interest_receivable")).toBe(0n); // 1-10 Mar accrues until 31 Mar
    expect(balance(state.journal, "penalty_receivable")).toBe(0n);
    // No late fee for installment 2 (its check, 17 Mar, finds nothing unpaid).
    const later = unwrap(replay(loan, [...funded, reschedule(true)], on("2026-03-20")));
    expect(later.charges.some((c) => c.id === "late-fee:2")).toBe(false);
  });

  it("on the cash basis the capitalized interest and fee are recognized as income", () => {
    const loan = makeLoan({}, { accountingBasis: "cash" });
    const state = unwrap(replay(loan, [...funded, reschedule(true)], on("2026-03-10")));
    expect(-balance(state.journal, "interest_income")).toBe(5_900n);
    expect(-balance(state.journal, "penalty_income")).toBe(2_500n);
    expect(balance(state.journal, "principal_receivable")).toBe(1_008_400n);
  });

  it("without the option the arrears stay due and the loan stays delinquent", () => {
    const state = unwrap(replay(makeLoan(), [...funded, reschedule(false)], on("2026-03-10")));
    expect(state.overdue.totalMinor).toBe(81_890n + 82_190n + 5_900n + 2_500n);
    expect(state.daysPastDue).toBe(37); // from 1 Feb
    // New schedule over the principal not yet due: 1,000,000 − 164,080 = 835,920.
    expect(state.levelInstallmentMinor).toBe(71_045n); // PMT(3.65%/12, 12, -8359.20) = 710.4490
  });
});

describe("charge-off with a credit balance", () => {
  const holdLoan = makeLoan({}, { overpayment: "hold-as-credit" });
  const chargeOff: LoanEvent = { id: "co", type: "charge-off", effectiveDate: on("2026-01-20") };

  it("applies the credit first (principal, then accrued interest) and charges off the rest", () => {
    // 15 Jan: 1,001,000 is less than the 1,001,400 payoff, so it is held. 20 Jan: it prepays all the
    // principal, then 1,000 of the 1,900 interest accrued (19 days × 100); 900 is charged off.
    const events = [...funded, pay("2026-01-15", 1_001_000n, "p1"), chargeOff];
    const state = unwrap(replay(holdLoan, events, on("2026-01-20")));
    expect(state.transactions.find((t) => t.id === "co:credit")?.allocation).toMatchObject({
      principalMinor: 1_000_000n,
      interestMinor: 1_000n,
    });
    expect(state.creditBalanceMinor).toBe(0n);
    expect(state.chargedOff).toMatchObject({ principalMinor: 0n, interestMinor: 900n, totalMinor: 900n });
    expect(balance(state.journal, "suspense_liability")).toBe(0n);
    expect(balance(state.journal, "principal_receivable")).toBe(0n);
  });

  it("refuses with nothing_to_charge_off when the credit covers everything owed", () => {
    // Two payments, each under the payoff, held: 1,100,000 ≥ 1,000,000 + 1,900 owed on 20 Jan.
    const events = [...funded, pay("2026-01-15", 600_000n, "p1"), pay("2026-01-15", 500_000n, "p2"), chargeOff];
    expect(replay(holdLoan, events, on("2026-01-20"))).toMatchObject({
      ok: false,
      error: { code: "nothing_to_charge_off", details: { eventId: "co" } },
    });
  });
});

describe("business-day adjusted installments added after boarding", () => {
  const weekends = businessCalendar({ name: "weekends", holidays: [] });
  const loan = makeLoan({ numberOfPayments: 6, businessDays: { calendar: weekends, convention: "following" } });
  it("a payment holiday's added installment moves off a Saturday (1 Aug 2026 -> Mon 3 Aug)", () => {
    const holiday: LoanEvent = {
      id: "hol",
      type: "payment-holiday",
      effectiveDate: on("2026-01-15"),
      installments: 1,
      interest: "defer",
    };
    const state = unwrap(replay(loan, [...funded, holiday], on("2026-01-15")));
    // Contract dates (buildSchedule): Sun 1 Feb -> Mon 2 Feb, Sun 1 Mar -> Mon 2 Mar, then 1 Apr .. 1 Jul.
    expect(state.installments.map((i) => i.dueDate)).toEqual([
      "2026-02-02",
      "2026-03-02",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-03",
    ]);
  });
  it("a reschedule's dates are adjusted, the first included (Sun 1 Mar -> Mon 2 Mar)", () => {
    const event: LoanEvent = {
      id: "rs",
      type: "reschedule",
      effectiveDate: on("2026-01-15"),
      firstPaymentDate: on("2026-03-01"),
      numberOfPayments: 6,
    };
    const state = unwrap(replay(loan, [...funded, event], on("2026-01-15")));
    expect(state.installments.map((i) => i.dueDate)).toEqual([
      "2026-03-02",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-03",
    ]);
    const plain = unwrap(replay(makeLoan({ numberOfPayments: 6 }), [...funded, event], on("2026-01-15")));
    expect(plain.installments.at(-1)?.dueDate).toBe("2026-08-01");
  });
});
