import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import { type LoanEvent, replay } from "../servicing/index.js";
import { noticesOn } from "./notices.js";

// The statements' worked example: $10,000.00 at 12 %, 30/360, installment $888.49; late fee $25.00 after 15
// days, NSF fee $30.00. Installment 1 paid; installment 2's payment of 2025-03-05 returned on 2025-03-10.
const terms = {
  annualRatePercent: "12",
  dayCount: "30/360-us" as const,
  disbursementDate: "2025-01-01",
  firstPaymentDate: "2025-02-01",
};
const events: LoanEvent[] = [
  { id: "dsb", type: "disbursement", effectiveDate: date("2025-01-01"), amountMinor: 1_000_000n },
  { id: "pmt_a", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 88_849n },
  { id: "pmt_b", type: "payment", effectiveDate: date("2025-03-05"), amountMinor: 88_849n },
  { id: "rev_b", type: "payment-reversal", effectiveDate: date("2025-03-10"), transactionId: "pmt_b", nsf: true },
];
const noticesAt = (loan: ReturnType<typeof makeLoan>, day: string) =>
  noticesOn(unwrap(replay(loan, events, date(day))), date(day));

describe("notices", () => {
  it("a late-payment notice on the day the late fee is charged, and only then", () => {
    const loan = makeLoan(terms);
    expect(noticesAt(loan, "2025-03-16")).toEqual([]);
    expect(noticesAt(loan, "2025-03-17")).toEqual([
      {
        kind: "late-payment",
        noticeDate: "2025-03-17",
        currency: "USD",
        installmentNumber: 2,
        dueDate: "2025-03-01",
        lateFeeMinor: 2_500n,
        pastDueMinor: 88_849n,
        feesDueMinor: 5_500n, // the NSF fee and the late fee
        amountToBringCurrentMinor: 94_349n,
        daysPastDue: 16,
        delinquency: null,
      },
    ]);
    expect(noticesAt(loan, "2025-03-18")).toEqual([]);
  });

  it("a mortgage's delinquency notice on the first day more than 45 days delinquent", () => {
    const loan = makeLoan(terms, { statementFormat: "mortgage" });
    expect(noticesAt(loan, "2025-04-15").map((n) => n.kind)).toEqual([]);
    const [notice] = noticesAt(loan, "2025-04-16"); // 2025-03-01 + 46 days
    expect(notice).toMatchObject({ kind: "delinquency", dueDate: "2025-03-01", daysPastDue: 46 });
    expect(notice?.delinquency?.history.map((row) => [row.dueDate, row.remainingMinor])).toEqual([
      ["2025-03-01", 88_849n],
      ["2025-04-01", 88_849n],
    ]);
    // Two installments, the NSF fee and the late fees of 2025-03-17 and 2025-04-17 (not yet): 2 × 888.49 + 30 + 25.
    expect(notice?.amountToBringCurrentMinor).toBe(183_198n);
    expect(noticesAt(loan, "2025-04-17").map((n) => n.kind)).toEqual(["late-payment"]);
  });
});

describe("notices since the previous close", () => {
  it("after days without a close, each late fee charged since; a loan's first close, those of the current cycle", () => {
    const loan = makeLoan(terms);
    const state = unwrap(replay(loan, events, date("2025-03-20")));
    expect(noticesOn(state, date("2025-03-20"), date("2025-03-10")).map((n) => n.installmentNumber)).toEqual([2]);
    expect(noticesOn(state, date("2025-03-20"), date("2025-03-17"))).toEqual([]);
    expect(noticesOn(state, date("2025-03-20"), null).map((n) => n.lateFeeMinor)).toEqual([2_500n]);
    // On 2025-04-01 (a due date) the current cycle is 2025-03-02 to 2025-04-01: the same fee.
    const april = unwrap(replay(loan, events, date("2025-04-01")));
    expect(noticesOn(april, date("2025-04-01"), null).map((n) => n.installmentNumber)).toEqual([2]);
    const may = unwrap(replay(loan, events, date("2025-04-20")));
    expect(noticesOn(may, date("2025-04-20"), null).map((n) => n.installmentNumber)).toEqual([3]);
  });
});
