import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { planSettlement, type SettlementWatch, settlementProgress } from "./settlements.js";

const today = date("2026-09-01");

/** A plan of 1-12 positive installments 16-40 days apart (more than any grace below), and a balance above their sum. */
const planArbitrary = fc
  .array(fc.tuple(fc.bigInt({ min: 1n, max: 5_000_000n }), fc.integer({ min: 16, max: 40 })), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.bigInt({ min: 1n, max: 10n ** 9n })))
  .map(([rows, extra]) => {
    let day = today;
    const installments = rows.map(([amountMinor, gap]) => {
      day = addDays(day, gap);
      return { dueDate: day, amountMinor };
    });
    const amountMinor = installments.reduce((sum, row) => sum + row.amountMinor, 0n);
    return { amountMinor, installments, balanceMinor: amountMinor + extra, lastDue: day };
  });

describe("settlement properties", () => {
  it("accepted + forgiven = the balance, to the minor unit, for every valid plan", () => {
    fc.assert(
      fc.property(planArbitrary, (p) => {
        const terms = {
          amountMinor: p.amountMinor,
          plan: { kind: "installments" as const, installments: p.installments },
          expiresOn: p.lastDue,
        };
        const quote = planSettlement(terms, p.balanceMinor, today);
        expect(quote.ok).toBe(true);
        if (!quote.ok) return;
        expect(quote.value.amountMinor + quote.value.forgivenMinor).toBe(p.balanceMinor);
        expect(quote.value.forgivenMinor > 0n).toBe(true);
      }),
    );
  });

  it("any change of one cent to one installment is refused with the plan's pointer", () => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(), fc.constantFrom(-1n, 1n), (p, pick, delta) => {
        const index = pick % p.installments.length;
        const changed = p.installments.map((row, k) =>
          k === index ? { ...row, amountMinor: row.amountMinor + delta } : row,
        );
        const terms = {
          amountMinor: p.amountMinor,
          plan: { kind: "installments" as const, installments: changed },
          expiresOn: p.lastDue,
        };
        const quote = planSettlement(terms, p.balanceMinor, today);
        expect(quote.ok).toBe(false);
        if (quote.ok) return;
        expect(quote.error.path?.slice(0, 2)).toEqual(["plan", "installments"]);
      }),
    );
  });

  it("paying each installment on its due date completes on the last one; skipping one breaks after its grace", () => {
    fc.assert(
      fc.property(planArbitrary, fc.integer({ min: 0, max: 15 }), fc.nat(), (p, graceDays, pick) => {
        const schedule = p.installments.map((row, k) => ({ number: k + 1, ...row }));
        const watch: SettlementWatch = {
          amountMinor: p.amountMinor,
          schedule,
          startsOn: today,
          graceDays,
          expiresOn: addDays(p.lastDue, graceDays),
        };
        const onTime = p.installments.map((row) => ({ amountMinor: row.amountMinor, receivedOn: row.dueDate }));
        const done = settlementProgress(watch, onTime, addDays(p.lastDue, 100));
        expect(done).toMatchObject({ status: "completed", completedOn: p.lastDue, paidMinor: p.amountMinor });
        const skipped = pick % schedule.length;
        const missing = onTime.filter((_row, k) => k !== skipped);
        const deadline = addDays(schedule[skipped]?.dueDate ?? today, graceDays);
        expect(settlementProgress(watch, missing, deadline).status).not.toBe("broken");
        const broken = settlementProgress(watch, missing, addDays(deadline, 1));
        expect(broken).toMatchObject({
          status: "broken",
          missedInstallment: skipped + 1,
          brokenOn: addDays(deadline, 1),
        });
      }),
    );
  });
});
