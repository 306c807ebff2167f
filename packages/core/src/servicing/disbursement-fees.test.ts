/**
 * Fees taken at disbursement (an origination fee deducted from the proceeds, financed, or prepaid at
 * closing), on the base loan of replay.test.ts: $10,000.00 at 3.65 % Actual/365F, 100 cents of
 * interest a day, level payment 84,990. The borrower owes the full principal and interest runs on
 * it; the fee is fee income on the disbursement date. Expected balances are the event amounts
 * summed by hand (debit positive, credit negative).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { type AccountCode, accountBalance, trialBalance } from "../ledger/index.js";
import type { DisbursementEvent, LoanEvent } from "./events.js";
import { makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import { replay } from "./replay.js";

const disbursed = (fees: Partial<DisbursementEvent> = {}, amountMinor = 1_000_000n): DisbursementEvent => ({
  id: "dsb",
  type: "disbursement",
  effectiveDate: date("2026-01-01"),
  amountMinor,
  ...fees,
});

function balances(events: ReadonlyArray<LoanEvent>, asOf: string, basis: "accrual" | "cash" = "accrual") {
  const principalMinor = events[0]?.type === "disbursement" ? events[0].amountMinor : 0n;
  const state = unwrap(replay(makeLoan({ principalMinor }, { accountingBasis: basis }), events, on(asOf)));
  const of = (account: AccountCode) => accountBalance(state.journal, account, "USD", on(asOf));
  const total = trialBalance(state.journal, on(asOf)).totals[0]?.balanceMinor;
  return { state, of, total };
}

describe("a disbursement with fees: cash, principal and fee income on the disbursement date", () => {
  const cases = [
    {
      given: "5 % ($500) deducted from the proceeds",
      event: disbursed({ deductedFeesMinor: 50_000n }),
      want: { cash: -950_000n, principal: 1_000_000n, feeIncome: -50_000n },
    },
    {
      given: "a $100 fee paid at closing",
      event: disbursed({ prepaidFeesMinor: 10_000n }),
      want: { cash: -1_000_000n + 10_000n, principal: 1_000_000n, feeIncome: -10_000n },
    },
    {
      given: "a $500 fee financed: principal $10,500, $10,000 paid out",
      event: disbursed({ deductedFeesMinor: 50_000n }, 1_050_000n),
      want: { cash: -1_000_000n, principal: 1_050_000n, feeIncome: -50_000n },
    },
    {
      given: "both: $300 withheld and $200 paid at closing",
      event: disbursed({ deductedFeesMinor: 30_000n, prepaidFeesMinor: 20_000n }),
      want: { cash: -970_000n + 20_000n, principal: 1_000_000n, feeIncome: -50_000n },
    },
    {
      given: "no fee",
      event: disbursed(),
      want: { cash: -1_000_000n, principal: 1_000_000n, feeIncome: 0n },
    },
  ];
  for (const basis of ["accrual", "cash"] as const) {
    it.each(cases)(`${basis} basis: $given`, ({ event, want }) => {
      const { of, total, state } = balances([event], "2026-01-01", basis);
      expect({ cash: of("cash"), principal: of("principal_receivable"), feeIncome: of("fee_income") }).toEqual(want);
      expect(total).toBe(0n);
      expect(state.disbursedMinor).toBe(event.amountMinor);
      expect(state.outstanding.feesMinor).toBe(0n); // taken at disbursement: nothing left owed
    });
  }
});

describe("the loan after a deducted fee", () => {
  const events = [disbursed({ deductedFeesMinor: 50_000n, prepaidFeesMinor: 10_000n })];

  it("owes and accrues on the full principal: installment 1 is 31 × 100 interest, 84,990 − 3,100 principal", () => {
    const { state } = balances(events, "2026-02-01");
    expect(state.installments[0]).toMatchObject({ interestDueMinor: 3_100n, principalDueMinor: 81_890n });
    expect(state.principalBalanceMinor).toBe(1_000_000n);
  });

  it("lists each fee as a paid disbursement-fee transaction and books one entry per movement", () => {
    const { state } = balances(events, "2026-01-01");
    expect(state.transactions.map((t) => [t.id, t.type, t.amountMinor])).toEqual([
      ["dsb", "disbursement", 1_000_000n],
      ["dsb:deducted-fee", "disbursement-fee", 50_000n],
      ["dsb:prepaid-fee", "disbursement-fee", 10_000n],
    ]);
    expect(state.journal.map((e) => [e.id, e.memo])).toEqual([
      ["dsb:1", "disbursement"],
      ["dsb:2", "fee paid at closing"],
    ]);
  });

  it("paid off, every receivable is zero and cash is payments − net proceeds + prepaid fee", () => {
    const onTime = [...events, pay("2026-02-01", 84_990n, "p1")];
    const quote = unwrap(quotePayoff(makeLoan(), onTime, on("2026-02-02")));
    // 918,110 principal left + 1 day of interest: 918,110 × 3.65 % / 365 = 91.811 → 92.
    expect(quote.amountMinor).toBe(918_110n + 92n);
    const { state, of, total } = balances([...onTime, pay("2026-02-02", quote.amountMinor, "p2")], "2026-02-02");
    expect(state.status).toBe("paid-off");
    expect(of("principal_receivable")).toBe(0n);
    expect(of("interest_receivable")).toBe(0n);
    expect(of("interest_income")).toBe(-(3_100n + 92n));
    expect(of("fee_income")).toBe(-60_000n);
    expect(of("cash")).toBe(-950_000n + 10_000n + 84_990n + 918_202n);
    expect(total).toBe(0n);
  });
});

describe("bad fees are refused with a specific code", () => {
  const cases = [
    { given: { deductedFeesMinor: 1_000_000n }, code: "fees_exceed_disbursement", path: ["deductedFeesMinor"] },
    { given: { deductedFeesMinor: 1_000_001n }, code: "fees_exceed_disbursement", path: ["deductedFeesMinor"] },
    { given: { deductedFeesMinor: -1n }, code: "invalid_amount", path: ["deductedFeesMinor"] },
    { given: { prepaidFeesMinor: -1n }, code: "invalid_amount", path: ["prepaidFeesMinor"] },
  ];
  it.each(cases)("$code at $path", ({ given, code, path }) => {
    const result = replay(makeLoan(), [disbursed(given)], on("2026-01-01"));
    expect(result).toMatchObject({ ok: false, error: { code, path, details: { eventId: "dsb" } } });
  });
});

describe("fees at disbursement: properties", () => {
  it("books balance; fee income is the fees; cash is −(principal − deducted) + prepaid + payments", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1_000n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 999n }),
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.bigInt({ min: 1n, max: 200_000n })), { maxLength: 6 }),
        fc.constantFrom("accrual" as const, "cash" as const),
        (principal, deductedThousandths, prepaid, payments, basis) => {
          const deducted = (principal * deductedThousandths) / 1_000n;
          const events: LoanEvent[] = [
            { ...disbursed({ deductedFeesMinor: deducted, prepaidFeesMinor: prepaid }), amountMinor: principal },
            ...payments.map(([day, amount], k) => pay(addDays(date("2026-01-01"), day), amount, `p${k}`)),
          ];
          const loan = makeLoan({ principalMinor: principal }, { accountingBasis: basis });
          const asOf = on("2027-03-01");
          const state = unwrap(replay(loan, events, asOf));
          const of = (account: AccountCode) => accountBalance(state.journal, account, "USD", asOf);
          const received = payments.reduce((sum, [, amount]) => sum + amount, 0n);
          expect(trialBalance(state.journal, asOf).totals[0]?.balanceMinor).toBe(0n);
          expect(of("fee_income")).toBe(-(deducted + prepaid));
          expect(of("cash")).toBe(-(principal - deducted) + prepaid + received - state.refundedMinor);
          expect(of("principal_receivable")).toBe(state.principalBalanceMinor);
        },
      ),
      { numRuns: 100 },
    );
  });
});
