import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date, type LocalDate } from "../calendar/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import { type Loan, type LoanEvent, replay, type ServicingPolicy } from "../servicing/index.js";
import { addBalances } from "./balances.js";
import { buildStatement } from "./build-statement.js";
import type { Statement } from "./model.js";

const start = date("2026-01-01");
const day = (offset: number): LocalDate => addDays(start, offset);

const loanArb = fc
  .record({
    overpayment: fc.constantFrom<ServicingPolicy["overpayment"]>("apply-to-principal", "hold-as-credit", "refund"),
    allocation: fc.constantFrom<ServicingPolicy["allocation"]>("vertical", "horizontal"),
    accountingBasis: fc.constantFrom<ServicingPolicy["accountingBasis"]>("accrual", "cash"),
    dayCount: fc.constantFrom("actual/365-fixed" as const, "30/360-us" as const, "actual/360" as const),
    numberOfPayments: fc.integer({ min: 3, max: 8 }),
  })
  .map(
    ({ dayCount, numberOfPayments, ...policy }): Loan =>
      makeLoan({ dayCount, numberOfPayments, annualRatePercent: "9.5" }, policy),
  );

type Spec = { kind: string; offset: number; amount: bigint; target: number };
const spec = (weight: number, kind: string, maxOffset: number, min: bigint, max: bigint) => ({
  weight,
  arbitrary: fc.record({
    kind: fc.constant(kind),
    offset: fc.integer({ min: 0, max: maxOffset }),
    amount: fc.bigInt({ min, max }),
    target: fc.nat({ max: 20 }),
  }),
});

function toEvents(specs: ReadonlyArray<Spec>): LoanEvent[] {
  const events: LoanEvent[] = [{ id: "dsb", type: "disbursement", effectiveDate: start, amountMinor: 1_000_000n }];
  const payments: LoanEvent[] = [];
  const reversed = new Set<string>();
  specs.forEach((s, i) => {
    const base = { id: `e${String(i).padStart(2, "0")}`, effectiveDate: day(s.offset) };
    if (s.kind === "payment") {
      const payment: LoanEvent = { ...base, type: "payment", amountMinor: s.amount };
      payments.push(payment);
      events.push(payment);
    } else if (s.kind === "fee")
      events.push({ ...base, type: "fee-charge", amountMinor: s.amount, feeType: "document" });
    else if (s.kind === "waiver")
      events.push({ ...base, type: "fee-waiver", chargeId: "late-fee:1", amountMinor: s.amount });
    else if (s.kind === "holiday")
      events.push({ ...base, type: "payment-holiday", installments: 1, interest: i % 2 ? "capitalize" : "defer" });
    else if (s.kind === "reversal") {
      const target = payments[s.target % Math.max(payments.length, 1)];
      if (target === undefined || reversed.has(target.id)) return;
      reversed.add(target.id);
      events.push({
        ...base,
        effectiveDate: addDays(target.effectiveDate, 1 + (s.offset % 40)),
        type: "payment-reversal",
        transactionId: target.id,
        nsf: i % 2 === 0,
      });
    }
  });
  return events;
}

const eventsArb = (withReversals: boolean) =>
  fc
    .array(
      fc.oneof(
        spec(10, "payment", 260, 1n, 200_000n),
        spec(2, "fee", 260, 1n, 5_000n),
        spec(1, "waiver", 260, 1n, 2_500n),
        spec(1, "holiday", 150, 0n, 0n),
        ...(withReversals ? [spec(3, "reversal", 60, 0n, 0n)] : []),
      ),
      { maxLength: 12 },
    )
    .map(toEvents);

/** Every statement of the loan over its first year, each chained to the one before; undefined if replay refuses the history. */
function statementsOf(loan: Loan, events: ReadonlyArray<LoanEvent>, chain: boolean): Statement[] | undefined {
  const final = replay(loan, events, day(300));
  if (!final.ok) return undefined;
  const dates = [
    ...new Set(
      [...final.value.installments, ...final.value.scheduleHistory.flatMap((h) => h.installments)].map(
        (i) => i.dueDate,
      ),
    ),
  ].sort();
  const built: Statement[] = [];
  for (const statementDate of dates) {
    if (statementDate > day(300)) break;
    const previous = built.at(-1);
    const result = buildStatement({
      loan,
      events,
      statementDate,
      ...(chain && previous !== undefined
        ? { previous: { statementDate: previous.statementDate, closing: previous.closing } }
        : {}),
    });
    if (!result.ok) {
      if (result.error.code === "not_a_statement_date") continue;
      return undefined;
    }
    built.push(result.value);
  }
  return built;
}

function expectReconciles(statement: Statement): void {
  const moved = statement.lines.reduce((sum, line) => addBalances(sum, line.change), statement.opening);
  expect(moved).toEqual(statement.closing);
  expect(statement.closing.totalMinor).toBe(
    statement.opening.totalMinor + statement.chargesMinor - statement.creditsMinor,
  );
  for (const line of statement.lines) {
    expect(line.date >= statement.periodStart && line.date <= statement.periodEnd).toBe(true);
  }
}

describe("statement properties", () => {
  it("closing = opening + charges − credits in every bucket, and each statement opens where the last closed", () => {
    fc.assert(
      fc.property(loanArb, eventsArb(true), (loan, events) => {
        const statements = statementsOf(loan, events, false);
        fc.pre(statements !== undefined && statements.length > 0);
        if (statements === undefined) return;
        statements.forEach((statement, k) => {
          expectReconciles(statement);
          const previous = statements[k - 1];
          if (previous !== undefined) {
            expect(statement.opening).toEqual(previous.closing);
            expect(statement.periodStart).toBe(addDays(previous.statementDate, 1));
          }
        });
        // Chained on the previous statement's balances as issued, the figures are the same.
        expect(statementsOf(loan, events, true)).toEqual(statements);
      }),
      { numRuns: 80 },
    );
  });

  it("without returned payments every change is a transaction or interest: no adjustment, interest never negative", () => {
    fc.assert(
      fc.property(loanArb, eventsArb(false), (loan, events) => {
        const statements = statementsOf(loan, events, false);
        fc.pre(statements !== undefined && statements.length > 0);
        for (const statement of statements ?? []) {
          expect(statement.lines.filter((line) => line.type === "adjustment")).toEqual([]);
          expect(statement.interestChargedMinor >= 0n).toBe(true);
          expect(statement.amountDue.totalMinor >= 0n).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
