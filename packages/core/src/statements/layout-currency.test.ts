import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import type { LayoutBlock } from "../origination/index.js";
import { makeLoan } from "../servicing/fixtures.js";
import type { LoanEvent } from "../servicing/index.js";
import { buildStatement } from "./build-statement.js";
import { statementLayout } from "./layout.js";

// A statement of the same loan in four currencies: 1,000,000 minor units at 12 % a year, 30/360, 12 monthly
// installments, so each month's interest is exactly 1 % of the balance and the installment is
// PMT(1 %, 12, 1,000,000) = 88,848.79 → 88,849 minor units (half-up). Every amount prints in the loan's
// currency with its own minor units (ISO 4217: USD and EUR 2, JPY 0, KWD 3), from the same integers.

const events: LoanEvent[] = [
  { id: "dsb", type: "disbursement", effectiveDate: date("2025-01-01"), amountMinor: 1_000_000n },
  { id: "pmt", type: "payment", effectiveDate: date("2025-02-01"), amountMinor: 88_849n },
];

function layoutIn(currency: string) {
  const loan = makeLoan({
    currency,
    principalMinor: 1_000_000n,
    annualRatePercent: "12",
    dayCount: "30/360-us",
    disbursementDate: "2025-01-01",
    firstPaymentDate: "2025-02-01",
  });
  const statement = unwrap(buildStatement({ loan, events, statementDate: date("2025-02-01"), format: "standard" }));
  return statementLayout(statement, { loanReference: "LN-1", servicer: "Lendstack Servicing" });
}

const amountDue = (blocks: ReadonlyArray<LayoutBlock>) =>
  blocks.flatMap((block) => (block.kind === "boxes" ? block.boxes : [])).find((box) => box.label === "Amount Due");
const tableRow = (blocks: ReadonlyArray<LayoutBlock>, label: string) =>
  blocks.flatMap((block) => (block.kind === "table" ? block.rows : [])).find((row) => row[0] === label);

describe("statementLayout in the loan's currency", () => {
  it.each([
    ["USD", "$888.49", "$92.12"],
    ["EUR", "€888.49", "€92.12"],
    ["JPY", "¥88,849", "¥9,212"],
    ["KWD", "KWD 88.849", "KWD 9.212"],
  ])("prints %s: installment 2 of %s with %s interest (1 %% of 921,151)", (currency, due, interest) => {
    const { blocks } = layoutIn(currency);
    // After installment 1 (interest 10,000, principal 78,849), the balance is 921,151; installment 2's
    // interest is 9,211.51 → 9,212 minor units, half-up.
    expect(amountDue(blocks)?.value.replaceAll("\u00a0", " ")).toBe(due);
    expect(tableRow(blocks, "Interest")?.[1]?.replaceAll("\u00a0", " ")).toBe(interest);
    const text = JSON.stringify(blocks);
    if (currency !== "USD") expect(text).not.toContain("$");
  });
});
