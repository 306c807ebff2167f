import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import type { LoanEvent } from "../servicing/index.js";
import { buildStatement } from "./build-statement.js";

// $10,000.00 at 12 %, 30/360 (interest 1 % a month of the balance), installment $888.49, late fee $25.00
// after 15 days. Installment 1 paid on time; nothing after, so the principal stays 9,211.51 and each
// later installment is interest 92.12 + principal 796.37.
const loan = makeLoan({
  annualRatePercent: "12",
  dayCount: "30/360-us",
  disbursementDate: "2025-01-01",
  firstPaymentDate: "2025-02-01",
});
const events: LoanEvent[] = [
  { id: "dsb", type: "disbursement", effectiveDate: date("2025-01-01"), amountMinor: 1_000_000n },
  { id: "pmt_a", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 88_849n },
];
const statementOn = (day: string) =>
  unwrap(buildStatement({ loan, events, statementDate: date(day), format: "mortgage" }));

describe("mortgage statements (12 CFR 1026.41)", () => {
  it("has no delinquency box at 31 days delinquent", () => {
    expect(statementOn("2025-04-01").mortgage?.delinquency).toBeNull();
  });

  it("shows the delinquency box once more than 45 days delinquent: since when, six months' history, amount to bring current", () => {
    const statement = statementOn("2025-05-01");
    const delinquency = statement.mortgage?.delinquency;
    expect(delinquency).toMatchObject({ delinquentSince: "2025-03-01", daysDelinquent: 61 });
    expect(delinquency?.history).toEqual([
      { dueDate: "2025-03-01", installmentNumber: 2, dueMinor: 88_849n, paidMinor: 0n, remainingMinor: 88_849n },
      { dueDate: "2025-04-01", installmentNumber: 3, dueMinor: 88_849n, paidMinor: 0n, remainingMinor: 88_849n },
      { dueDate: "2025-05-01", installmentNumber: 4, dueMinor: 88_849n, paidMinor: 0n, remainingMinor: 88_849n },
    ]);
    // Three installments of 888.49 and the late fees of 2025-03-17 and 2025-04-17.
    expect(delinquency?.amountToBringCurrentMinor).toBe(271_547n);
    expect(delinquency?.riskNotice).toMatch(/foreclosure/);
    expect(delinquency?.counselingNotice).toMatch(/1-800-569-4287/);
    expect(statement.mortgage?.explanationOfAmountDue).toMatchObject({
      pastDueMinor: 266_547n,
      totalDueMinor: 360_396n,
    });
    expect(statement.daysPastDue).toBe(61);
  });

  it("keeps only the last six months of history", () => {
    const history = statementOn("2025-10-01").mortgage?.delinquency?.history ?? [];
    expect(history.map((row) => row.dueDate)).toEqual([
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
      "2025-08-01",
      "2025-09-01",
      "2025-10-01",
    ]);
  });
});
