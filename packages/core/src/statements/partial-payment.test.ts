import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import type { LoanEvent, ServicingPolicy } from "../servicing/index.js";
import { buildStatement } from "./build-statement.js";
import { statementLayout } from "./layout.js";

// § 1026.41(d)(5) on the mortgage of mortgage.test.ts ($10,000.00 at 12 %, 30/360, installment $888.49 from
// 2025-02-01) made to hold overpayments: on 2025-02-01 the borrower pays $988.49, the installment and $100.00
// that the loan holds unapplied until installment 2 falls due on 2025-03-01, when it is applied.

const makeMortgage = (overpayment: ServicingPolicy["overpayment"]) =>
  makeLoan(
    { annualRatePercent: "12", dayCount: "30/360-us", disbursementDate: "2025-01-01", firstPaymentDate: "2025-02-01" },
    { overpayment },
  );
const events: LoanEvent[] = [
  { id: "dsb", type: "disbursement", effectiveDate: date("2025-01-01"), amountMinor: 1_000_000n },
  { id: "pmt_a", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 98_849n },
];
const statementOn = (day: string, overpayment: ServicingPolicy["overpayment"] = "hold-as-credit") =>
  unwrap(buildStatement({ loan: makeMortgage(overpayment), events, statementDate: date(day), format: "mortgage" }));

describe("partial payment information (12 CFR 1026.41(d)(5))", () => {
  it("reports the $100.00 held unapplied and that it applies to the payment due 03/01/2025", () => {
    const statement = statementOn("2025-02-01");
    expect(statement.closing.unappliedMinor).toBe(10_000n);
    expect(statement.mortgage?.partialPayment).toEqual({
      unappliedMinor: 10_000n,
      receivedSinceLastStatementMinor: 10_000n,
      explanation:
        "Unapplied funds are applied automatically to your next payment when it falls due on 03/01/2025; you do " +
        "not need to do anything. If they are less than the payment, pay the rest by the due date.",
    });
  });

  it("has none once the funds were applied (installment 2 fell due), nor when nothing was ever held", () => {
    expect(statementOn("2025-03-01").mortgage?.partialPayment).toBeNull();
    const plain = unwrap(
      buildStatement({
        loan: makeMortgage("hold-as-credit"),
        events: events.slice(0, 1),
        statementDate: date("2025-02-01"),
        format: "mortgage",
      }),
    );
    expect(plain.mortgage?.partialPayment).toBeNull();
  });

  it("says the funds will be refunded under a product that refunds overpayments", () => {
    expect(statementOn("2025-02-01", "refund").mortgage?.partialPayment?.explanation).toBe(
      "Unapplied funds are not applied to your payments under your loan's terms: they will be refunded to you.",
    );
  });

  it("prints them, and the servicer's contact lines, on the statement", () => {
    const layout = statementLayout(statementOn("2025-02-01"), {
      loanReference: "loan_1",
      servicer: "Prairie Home Loans",
      contact: { telephone: "1-888-555-0142", email: "help@prairie-home.test" },
    });
    const first = layout.blocks[0];
    expect(first?.kind === "fields" && first.rows.slice(-3)).toEqual([
      { label: "Servicer", value: "Prairie Home Loans" },
      { label: "Customer service", value: "1-888-555-0142" },
      { label: "Email", value: "help@prairie-home.test" },
    ]);
    const heading = layout.blocks.findIndex((block) => block.kind === "heading" && block.text === "Partial Payments");
    expect(layout.blocks[heading + 1]).toEqual({
      kind: "fields",
      rows: [
        { label: "Unapplied funds held", value: "$100.00" },
        { label: "Received since last statement", value: "$100.00" },
      ],
    });
  });
});
