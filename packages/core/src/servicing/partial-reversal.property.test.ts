import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { accountBalance, assertBalanced, trialBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, pay } from "./fixtures.js";
import { replay } from "./replay.js";
import { paymentsNetOfReversals } from "./reversal.js";

// Partial reversals (issue 12: partial refunds of card payments). A reversal with `amountMinor` returns that
// much of a payment: the loan replays as if the payment had been that much smaller; several may return a
// payment piece by piece, never more than it was; one without an amount returns all that is left.
// Loan: $10,000 disbursed 1 Jan 2026, 12 monthly at 3.65 % (fixtures); the payment on 1 Feb 2026.

const loan = makeLoan({ numberOfPayments: 12, annualRatePercent: "3.65" });
const asOf = date("2026-06-30");
const disbursement = disburse("2026-01-01", 1_000_000n, "dsb");

const reversal = (id: string, day: string, amountMinor?: bigint): LoanEvent => ({
  id,
  type: "payment-reversal",
  effectiveDate: date(day),
  transactionId: "pmt",
  ...(amountMinor === undefined ? {} : { amountMinor }),
});

/** What a replay shows of the loan's money: balances by bucket, principal, and the cash account. */
function figures(events: ReadonlyArray<LoanEvent>) {
  const state = unwrap(replay(loan, events, asOf));
  return {
    outstanding: state.outstanding,
    principalBalanceMinor: state.principalBalanceMinor,
    cashMinor: accountBalance(state.journal, "cash", "USD", asOf),
  };
}

describe("partial reversals", () => {
  it("property: the loan replays as if the payment were smaller, the ledger balances, never more than paid", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 200_000n }),
        fc.array(fc.bigInt({ min: 1n, max: 120_000n }), { maxLength: 5 }),
        (paidMinor, asked) => {
          const events: LoanEvent[] = [disbursement, pay("2026-02-01", paidMinor, "pmt")];
          let returnedMinor = 0n;
          asked.forEach((amountMinor, k) => {
            const refund = reversal(`rev${k}`, addDays(date("2026-02-05"), 3 * k), amountMinor);
            if (returnedMinor + amountMinor > paidMinor) {
              const refused = replay(loan, [...events, refund], asOf);
              expect(refused.ok ? undefined : refused.error).toMatchObject({
                code: returnedMinor === paidMinor ? "already_reversed" : "reversal_exceeds_payment",
              });
              return;
            }
            events.push(refund);
            returnedMinor += amountMinor;
          });
          const state = unwrap(replay(loan, events, asOf));
          for (const entry of state.journal) assertBalanced(entry);
          for (const total of trialBalance(state.journal, asOf).totals) expect(total.balanceMinor).toBe(0n);
          const reversed = state.transactions.filter((t) => t.type === "payment-reversal");
          expect(reversed.reduce((sum, t) => sum + t.amountMinor, 0n)).toBe(returnedMinor);
          expect(returnedMinor <= paidMinor).toBe(true);
          const smaller = returnedMinor === paidMinor ? [] : [pay("2026-02-01", paidMinor - returnedMinor, "pmt")];
          expect(figures(events)).toEqual(figures([disbursement, ...smaller]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("one without an amount returns the rest; then the payment is already reversed", () => {
    const events = [
      disbursement,
      pay("2026-02-01", 90_000n, "pmt"),
      reversal("rev1", "2026-02-10", 30_000n),
      reversal("rev2", "2026-02-20"),
    ];
    const state = unwrap(replay(loan, events, asOf));
    expect(state.transactions.filter((t) => t.type === "payment-reversal").map((t) => t.amountMinor)).toEqual([
      30_000n,
      60_000n,
    ]);
    expect(state.transactions.find((t) => t.id === "pmt")).toMatchObject({ reversedById: "rev2" });
    expect(figures(events)).toEqual(figures([disbursement]));
    const again = replay(loan, [...events, reversal("rev3", "2026-02-21", 1n)], asOf);
    expect(again.ok ? undefined : again.error).toMatchObject({ code: "already_reversed" });
  });

  it("refuses a zero amount and more than is left", () => {
    const paid = [disbursement, pay("2026-02-01", 90_000n, "pmt")];
    const zero = replay(loan, [...paid, reversal("rev1", "2026-02-10", 0n)], asOf);
    expect(zero.ok ? undefined : zero.error).toMatchObject({ code: "invalid_amount" });
    const over = replay(
      loan,
      [...paid, reversal("rev1", "2026-02-10", 50_000n), reversal("rev2", "2026-02-11", 40_001n)],
      asOf,
    );
    expect(over.ok ? undefined : over.error).toMatchObject({
      code: "reversal_exceeds_payment",
      details: { eventId: "rev2", reversibleMinor: 40_000n },
    });
  });

  it("a payment stands at its amount less what its reversals returned (for promises and settlements)", () => {
    const paid = [disbursement, pay("2026-02-01", 90_000n, "pmt"), pay("2026-03-01", 5_000n, "pmt2")];
    const partly = [...paid, reversal("rev1", "2026-02-10", 30_000n)];
    expect([...paymentsNetOfReversals(partly)]).toEqual([
      ["pmt", 60_000n],
      ["pmt2", 5_000n],
    ]);
    expect(paymentsNetOfReversals([...partly, reversal("rev2", "2026-02-20")]).get("pmt")).toBe(0n);
  });

  it("before its date a partial reversal changes nothing", () => {
    const events = [disbursement, pay("2026-02-01", 90_000n, "pmt"), reversal("rev1", "2026-07-10", 30_000n)];
    expect(figures(events)).toEqual(figures([disbursement, pay("2026-02-01", 90_000n, "pmt")]));
  });
});
