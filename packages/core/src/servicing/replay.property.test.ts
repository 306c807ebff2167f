import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date, type LocalDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { accountBalance, trialBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { makeLoan } from "./fixtures.js";
import { closeDay, replay } from "./replay.js";
import { asOfArb, day, eventsArb, loanArb, start } from "./replay-arbitrary.js";
import type { LoanState } from "./state.js";

function tryReplay(
  loan: ReturnType<typeof makeLoan>,
  events: ReadonlyArray<LoanEvent>,
  asOf: LocalDate,
): LoanState | undefined {
  const result = replay(loan, events, asOf);
  return result.ok ? result.value : undefined;
}

describe("replay properties", () => {
  it("is deterministic and independent of the order events arrive in", () => {
    fc.assert(
      fc.property(loanArb, eventsArb, asOfArb, fc.infiniteStream(fc.nat()), (loan, events, asOf, noise) => {
        const state = tryReplay(loan, events, asOf);
        fc.pre(state !== undefined);
        expect(tryReplay(loan, events, asOf)).toEqual(state);
        const keys = events.map(() => noise.next().value);
        const shuffled = events
          .map((e, i) => [keys[i] ?? 0, e] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, e]) => e);
        expect(tryReplay(loan, shuffled, asOf)).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it("allocations sum to each payment, principal repaid never exceeds principal disbursed, books balance", () => {
    fc.assert(
      fc.property(loanArb, eventsArb, asOfArb, (loan, events, asOf) => {
        const state = tryReplay(loan, events, asOf);
        fc.pre(state !== undefined);
        if (!state) return;
        let principalRepaid = 0n;
        for (const t of state.transactions) {
          if ((t.type !== "payment" && t.type !== "credit-application") || !t.allocation) continue;
          const a = t.allocation;
          expect(a.principalMinor + a.interestMinor + a.feesMinor + a.penaltiesMinor + a.creditMinor).toBe(
            t.amountMinor,
          );
          expect((t.lines ?? []).reduce((sum, line) => sum + line.amountMinor, 0n)).toBe(t.amountMinor);
          principalRepaid += a.principalMinor;
        }
        const capitalized = state.transactions.reduce(
          (sum, t) => sum + (t.type === "capitalization" ? t.amountMinor : 0n),
          0n,
        );
        // Principal repaid never exceeds principal lent (disbursed, plus interest a holiday capitalized).
        expect(principalRepaid).toBeLessThanOrEqual(state.disbursedMinor + capitalized);
        const chargedOff = state.chargedOff?.principalMinor ?? 0n;
        expect(state.outstanding.principalMinor).toBe(
          state.disbursedMinor + capitalized - principalRepaid - chargedOff,
        );
        expect(new Set(state.journal.map((e) => e.id)).size).toBe(state.journal.length);
        expect(new Set(state.transactions.map((t) => t.id)).size).toBe(state.transactions.length);
        const tb = trialBalance(state.journal, asOf);
        for (const total of tb.totals) expect(total.balanceMinor).toBe(0n);
        expect(accountBalance(state.journal, "principal_receivable", "USD", asOf)).toBe(
          state.outstanding.principalMinor,
        );
        expect(accountBalance(state.journal, "suspense_liability", "USD", asOf)).toBe(-state.creditBalanceMinor);
      }),
      { numRuns: 80 },
    );
  });

  it("reversing a payment equals never having posted it", () => {
    fc.assert(
      fc.property(loanArb, eventsArb, fc.nat(), fc.integer({ min: 0, max: 60 }), (loan, events, pick, delay) => {
        const payments = events.filter((e) => e.type === "payment");
        fc.pre(payments.length > 0);
        const target = payments[pick % payments.length];
        if (!target) return;
        const reversalDate = addDays(target.effectiveDate, delay);
        const reversal: LoanEvent = {
          id: "rev",
          type: "payment-reversal",
          effectiveDate: reversalDate,
          transactionId: target.id,
        };
        const asOf = addDays(reversalDate, 30);
        const reversed = tryReplay(loan, [...events, reversal], asOf);
        const never = tryReplay(
          loan,
          events.filter((e) => e.id !== target.id),
          asOf,
        );
        fc.pre(reversed !== undefined && never !== undefined);
        if (!reversed || !never) return;
        // "Equal" compares everything but the reversal's own records: the reversed payment's
        // transaction and the reversal's, and the journal entries of those two events.
        const ignored = new Set([target.id, "rev"]);
        const strip = (s: LoanState) => ({
          ...s,
          transactions: s.transactions.filter((t) => !ignored.has(t.id)),
          journal: s.journal.filter((e) => !ignored.has(e.eventId)),
        });
        expect(strip(reversed)).toEqual(strip(never));
        expect(trialBalance(reversed.journal, asOf).totals[0]?.balanceMinor ?? 0n).toBe(0n);
      }),
      { numRuns: 60 },
    );
  });

  it("the daily close, day by day, equals a replay that accrues in spans", () => {
    fc.assert(
      fc.property(
        loanArb,
        eventsArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 70 }),
        (loan, events, from, days) => {
          const saved = tryReplay(loan, events, day(from));
          fc.pre(saved !== undefined);
          if (!saved) return;
          const quiet = events.filter((e) => e.effectiveDate <= day(from));
          let state = saved;
          for (let k = 1; k <= days; k++) state = closeDay(state, day(from + k));
          expect(state).toEqual(unwrap(replay(loan, quiet, day(from + days))));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("bad events get their specific error", () => {
    fc.assert(
      fc.property(
        loanArb,
        eventsArb,
        fc.bigInt({ min: -1_000_000n, max: 0n }),
        fc.integer({ min: 1, max: 30 }),
        (loan, events, amount, before) => {
          const negative: LoanEvent = { id: "bad", type: "payment", effectiveDate: day(5), amountMinor: amount };
          expect(replay(loan, [...events, negative], day(40))).toMatchObject({
            ok: false,
            error: { code: "invalid_amount" },
          });
          const early: LoanEvent = {
            id: "early",
            type: "payment",
            effectiveDate: addDays(start, -before),
            amountMinor: 100n,
          };
          expect(replay(loan, [...events, early], day(40))).toMatchObject({
            ok: false,
            error: { code: "payment_before_disbursement", details: { eventId: "early" } },
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("accrual in one span equals accrual day by day (every day-count convention)", () => {
  it.each(["actual/365-fixed", "actual/360", "actual/actual-isda", "30/360-us", "30e/360"] as const)(
    "%s across a leap year",
    (dayCount) => {
      const loan = makeLoan({
        dayCount,
        principalMinor: 1_234_567n,
        disbursementDate: "2027-12-15",
        firstPaymentDate: "2028-01-31",
        numberOfPayments: 24,
        annualRatePercent: "7.123",
      });
      const events: LoanEvent[] = [
        { id: "d", type: "disbursement", effectiveDate: date("2027-12-15"), amountMinor: 1_234_567n },
      ];
      let state = unwrap(replay(loan, events, date("2027-12-15")));
      for (let k = 1; k <= 500; k++) state = closeDay(state, addDays(date("2027-12-15"), k));
      expect(state).toEqual(unwrap(replay(loan, events, addDays(date("2027-12-15"), 500))));
    },
  );
});
