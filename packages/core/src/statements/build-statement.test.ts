import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import { type LoanEvent, openingBalanceOf, replay } from "../servicing/index.js";
import { balancesOf } from "./balances.js";
import { buildStatement } from "./build-statement.js";
import type { Statement } from "./model.js";

// $10,000.00 at 12 % a year, 30/360: every 30-day month's interest is exactly 1 % of the balance, so each
// figure below is checked by hand. Level installment PMT(1 %, 12, 10,000) = $888.49. Late fee $25.00 after
// 15 grace days (charged on due date + 16), NSF fee $30.00 (core's servicing fixtures).
const loan = makeLoan({
  annualRatePercent: "12",
  dayCount: "30/360-us",
  disbursementDate: "2025-01-01",
  firstPaymentDate: "2025-02-01",
});
const events: LoanEvent[] = [
  { id: "dsb", type: "disbursement", effectiveDate: date("2025-01-01"), amountMinor: 1_000_000n },
  { id: "pmt_a", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 88_849n },
  { id: "pmt_b", type: "payment", effectiveDate: date("2025-03-05"), amountMinor: 88_849n },
  { id: "rev_b", type: "payment-reversal", effectiveDate: date("2025-03-10"), transactionId: "pmt_b", nsf: true },
  { id: "pmt_c", type: "payment", effectiveDate: date("2025-03-20"), amountMinor: 94_349n },
];

function statementsThrough(dates: ReadonlyArray<string>, format: Statement["format"] = "standard"): Statement[] {
  const built: Statement[] = [];
  for (const day of dates) {
    const previous = built.at(-1);
    built.push(
      unwrap(
        buildStatement({
          loan,
          events,
          statementDate: date(day),
          format,
          ...(previous === undefined
            ? {}
            : { previous: { statementDate: previous.statementDate, closing: previous.closing } }),
        }),
      ),
    );
  }
  return built;
}

const changeOf = (statement: Statement, id: string) => statement.lines.find((line) => line.id === id)?.change;

describe("buildStatement, worked example", () => {
  const [first, second, third] = statementsThrough(["2025-02-01", "2025-03-01", "2025-04-01"]) as [
    Statement,
    Statement,
    Statement,
  ];

  it("first cycle: the disbursement, installment 1 paid on its due date, $100.00 interest", () => {
    expect(first.periodStart).toBe("2025-01-01");
    expect(first.periodEnd).toBe("2025-02-01");
    expect(first.opening.totalMinor).toBe(0n);
    expect(first.lines.map((line) => [line.type, line.amountMinor])).toEqual([
      ["disbursement", 1_000_000n],
      ["payment", 88_849n],
      ["interest", 10_000n], // 10,000.00 × 1 %
    ]);
    expect(changeOf(first, "pmt_a")).toMatchObject({ principalMinor: -78_849n, interestMinor: -10_000n });
    expect(first.closing).toEqual({
      principalMinor: 921_151n,
      interestMinor: 0n,
      feesMinor: 0n,
      unappliedMinor: 0n,
      totalMinor: 921_151n,
    });
    // Next: installment 2 on 2025-03-01, its interest 9,211.51 × 1 % = 92.1151 → $92.12, principal 888.49 − 92.12.
    expect(first.amountDue).toMatchObject({
      dueDate: "2025-03-01",
      installmentNumber: 2,
      pastDueMinor: 0n,
      feesDueMinor: 0n,
      totalMinor: 88_849n,
      lateFee: { amountMinor: 2_500n, chargedOn: "2025-03-17" },
    });
    expect(first.amountDue.regularPayment).toMatchObject({ principalMinor: 79_637n, interestMinor: 9_212n });
  });

  it("second cycle: nothing paid; installment 2 falls due on the statement date and is asked for with installment 3", () => {
    expect(second.opening).toEqual(first.closing);
    expect(second.lines.map((line) => [line.type, line.amountMinor])).toEqual([["interest", 9_212n]]);
    expect(second.closing.totalMinor).toBe(930_363n); // 921,151 + 9,212
    expect(second.amountDue).toMatchObject({ dueDate: "2025-04-01", pastDueMinor: 88_849n, totalMinor: 177_698n });
  });

  it("third cycle: a returned payment, its NSF fee, a late fee, a payment covering all of it, new interest", () => {
    expect(third.opening).toEqual(second.closing);
    expect(third.lines.map((line) => [line.id, line.type, line.amountMinor])).toEqual([
      ["pmt_b", "payment", 88_849n],
      ["rev_b", "payment-reversal", 88_849n],
      ["rev_b:nsf", "nsf-fee", 3_000n],
      ["late-fee:2", "late-fee", 2_500n],
      ["pmt_c", "payment", 94_349n],
      // (921,151 × 19 days + 841,514 × 11 days) × 12 % / 360 = 8,919.51 cents → 8,920 (half-up).
      ["interest:2025-04-01", "interest", 8_920n],
    ]);
    expect(third.lines[0]?.reversedById).toBe("rev_b");
    expect(changeOf(third, "rev_b")).toMatchObject({
      principalMinor: 79_637n,
      interestMinor: 9_212n,
      totalMinor: 88_849n,
    });
    // The payment settles the late fee, the NSF fee, then installment 2 (interest 92.12, principal 796.37).
    expect(changeOf(third, "pmt_c")).toEqual({
      principalMinor: -79_637n,
      interestMinor: -9_212n,
      feesMinor: -5_500n,
      unappliedMinor: 0n,
      totalMinor: -94_349n,
    });
    expect(third.closing).toEqual({
      principalMinor: 841_514n,
      interestMinor: 8_920n,
      feesMinor: 0n,
      unappliedMinor: 0n,
      totalMinor: 850_434n,
    });
    // 930,363 + (88,849 + 3,000 + 2,500 + 8,920) − (88,849 + 94,349) = 850,434
    expect(third.chargesMinor).toBe(103_269n);
    expect(third.creditsMinor).toBe(183_198n);
    expect(third.interestChargedMinor).toBe(8_920n);
    expect(third.feesChargedMinor).toBe(5_500n);
    expect(third.interestChargedYearToDateMinor).toBe(28_132n); // 10,000 + 9,212 + 8,920
    expect(third.feesChargedYearToDateMinor).toBe(5_500n);
    // Installment 3 (principal 888.49 − 89.20 = 799.29) fell due today, unpaid; installment 4's interest 8,415.14 → 84.15.
    expect(third.amountDue).toMatchObject({ dueDate: "2025-05-01", pastDueMinor: 88_849n, totalMinor: 177_698n });
    expect(third.amountDue.regularPayment).toMatchObject({ principalMinor: 80_434n, interestMinor: 8_415n });
    expect(third.daysPastDue).toBe(0);
    expect(third.mortgage).toBeNull();
  });

  it("mortgage format: payments since the last statement and this year as applied", () => {
    const mortgage = statementsThrough(["2025-02-01", "2025-03-01", "2025-04-01"], "mortgage")[2]?.mortgage;
    expect(mortgage?.paymentsSinceLastStatement).toMatchObject({
      principalMinor: 79_637n,
      interestMinor: 9_212n,
      feesMinor: 5_500n,
      totalMinor: 94_349n,
    });
    expect(mortgage?.paymentsYearToDate).toMatchObject({
      principalMinor: 158_486n,
      interestMinor: 19_212n,
      feesMinor: 5_500n,
      totalMinor: 183_198n,
    });
    expect(mortgage?.explanationOfAmountDue).toMatchObject({
      pastDueMinor: 88_849n,
      feesSinceLastStatementMinor: 5_500n,
      totalDueMinor: 177_698n,
    });
    expect(mortgage?.delinquency).toBeNull();
  });

  it("refuses a date that ends no cycle", () => {
    const refused = buildStatement({ loan, events, statementDate: date("2025-02-15") });
    expect(refused.ok ? undefined : refused.error.code).toBe("not_a_statement_date");
  });

  it("a loan migrated in from opening balances: the opening balances are a line, and the figures are the original's", () => {
    const original = unwrap(replay(loan, events, date("2025-03-12")));
    const opening = unwrap(openingBalanceOf(original, "opn_1"));
    const migrated: LoanEvent[] = [opening, ...events.filter((event) => event.id === "pmt_c")];
    const statement = unwrap(buildStatement({ loan, events: migrated, statementDate: date("2025-04-01") }));
    expect(statement.opening.totalMinor).toBe(0n);
    expect(statement.lines.map((line) => line.type)).toEqual(["opening-balance", "late-fee", "payment", "interest"]);
    expect(statement.lines[0]?.change).toEqual(balancesOf(original));
    expect(statement.closing).toEqual(third.closing);
    // The same amount due (the migrated schedule numbers its installments from the opening).
    expect({ ...statement.amountDue, installmentNumber: 4 }).toEqual(third.amountDue);
  });
});
