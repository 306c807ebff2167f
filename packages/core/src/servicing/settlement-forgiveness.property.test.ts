import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { makeLoan } from "./fixtures.js";
import { replay } from "./replay.js";
import { settlementBalanceOf } from "./settlement-forgiveness.js";

const disbursed = date("2026-01-01");

/**
 * A settlement paid in one lump sum on day D and completed the same day: the payment plus what is forgiven is
 * exactly the balance on D (to the minor unit), whatever the loan, the payments before, the overpayment rule and
 * the accounting basis; the journal balances and every receivable is 0 afterwards.
 */
describe("settlement forgiveness properties", () => {
  it("paid + forgiven = the balance on the day, and the ledger balances", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 50_000n, max: 50_000_000n }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.bigInt({ min: 1n, max: 100_000n })), { maxLength: 4 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 9_999 }),
        fc.constantFrom("apply-to-principal" as const, "hold-as-credit" as const),
        fc.constantFrom("accrual" as const, "cash" as const),
        (principalMinor, rateHundredths, earlier, settleDay, shareBasisPoints, overpayment, accountingBasis) => {
          const loan = makeLoan(
            { principalMinor, annualRatePercent: (rateHundredths / 100).toFixed(2) },
            { overpayment, accountingBasis },
          );
          const settleOn = addDays(disbursed, settleDay);
          const events: LoanEvent[] = [
            { id: "dsb", type: "disbursement", effectiveDate: disbursed, amountMinor: principalMinor },
          ];
          earlier.forEach(([day, amountMinor], k) => {
            if (day < settleDay)
              events.push({ id: `pmt_${k}`, type: "payment", effectiveDate: addDays(disbursed, day), amountMinor });
          });
          const before = replay(loan, events, settleOn);
          fc.pre(before.ok && before.value.status === "active");
          if (!before.ok) return;
          const balance = settlementBalanceOf(before.value);
          const paid = (balance * BigInt(shareBasisPoints)) / 10_000n;
          fc.pre(paid > 0n && paid < balance);
          events.push({ id: "pmt_settle", type: "payment", effectiveDate: settleOn, postedAt: 1, amountMinor: paid });
          events.push({
            id: "sfg",
            type: "settlement-forgiveness",
            effectiveDate: settleOn,
            postedAt: 2,
            settlementId: "stl",
          });
          const state = unwrap(replay(loan, events, addDays(settleOn, 45)));
          const forgiven = state.transactions.find((t) => t.type === "settlement-forgiveness")?.amountMinor ?? 0n;
          expect(paid + forgiven).toBe(balance);
          expect(state.status).toBe("settled");
          expect(state.outstanding.totalMinor).toBe(0n);
          const tb = trialBalance(state.journal, state.asOf);
          for (const total of tb.totals) expect(total.balanceMinor).toBe(0n);
          for (const row of tb.rows) {
            if (row.account.endsWith("_receivable")) expect(row.balanceMinor).toBe(0n);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
