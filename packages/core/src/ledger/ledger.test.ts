import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { assertBalanced, credit, debit, type JournalEntry, makeEntry, reverseEntry } from "./journal-entry.js";
import {
  accrualLines,
  chargeLines,
  chargeOffLines,
  disbursementLines,
  prepaidFeeLines,
  receiptLines,
  recoveryLines,
  refundLines,
  waiverLines,
} from "./postings.js";
import { accountBalance, trialBalance } from "./trial-balance.js";

const header = (id: string, day: string) => ({ id, date: date(day), eventId: id, currency: "USD", memo: id });

function post(id: string, day: string, lines: ReturnType<typeof debit>[]): JournalEntry {
  const entry = makeEntry(header(id, day), lines);
  if (!entry) throw new Error("empty entry");
  return entry;
}

describe("assertBalanced", () => {
  const cases: { given: ReturnType<typeof debit>[]; wantThrow: boolean; why: string }[] = [
    { given: [debit("cash", 5n), credit("fee_income", 5n)], wantThrow: false, why: "5 = 5" },
    { given: [debit("cash", 5n), credit("fee_income", 4n)], wantThrow: true, why: "5 != 4" },
    { given: [], wantThrow: true, why: "no lines" },
    { given: [debit("cash", -5n), credit("fee_income", -5n)], wantThrow: true, why: "negative amounts" },
    {
      given: [{ account: "cash", debitMinor: 5n, creditMinor: 5n }],
      wantThrow: true,
      why: "two-sided line",
    },
  ];
  it.each(cases)("$why", ({ given, wantThrow }) => {
    const check = () => assertBalanced({ lines: given });
    if (wantThrow) expect(check).toThrow(InvariantError);
    else expect(check).not.toThrow();
  });
});

describe("posting rules (each row's amounts are the input; the accounts follow the rule's TSDoc)", () => {
  const parts = { principalMinor: 900n, interestMinor: 80n, feesMinor: 15n, penaltiesMinor: 5n, creditMinor: 0n };
  const cases = [
    { name: "disbursement", lines: disbursementLines(1000n), want: { principal_receivable: 1000n, cash: -1000n } },
    {
      // $10,000 with a 5 % ($500) fee withheld: $9,500 paid out, the borrower owes $10,000.
      name: "disbursement net of a deducted fee",
      lines: disbursementLines(1_000_000n, 50_000n),
      want: { principal_receivable: 1_000_000n, cash: -950_000n, fee_income: -50_000n },
    },
    { name: "fee paid at closing", lines: prepaidFeeLines(200_000n), want: { cash: 200_000n, fee_income: -200_000n } },
    {
      name: "accrual, accrual basis",
      lines: accrualLines(7n, "accrual"),
      want: { interest_receivable: 7n, interest_income: -7n },
    },
    { name: "accrual, cash basis", lines: accrualLines(7n, "cash"), want: {} },
    { name: "fee charge", lines: chargeLines("fee", 25n, "accrual"), want: { fee_receivable: 25n, fee_income: -25n } },
    { name: "fee waiver", lines: waiverLines("fee", 25n, "accrual"), want: { fee_receivable: -25n, fee_income: 25n } },
    {
      name: "receipt, accrual basis",
      lines: receiptLines(parts, "accrual"),
      want: {
        cash: 1000n,
        principal_receivable: -900n,
        interest_receivable: -80n,
        fee_receivable: -15n,
        penalty_receivable: -5n,
      },
    },
    {
      name: "receipt, cash basis",
      lines: receiptLines(parts, "cash"),
      want: { cash: 1000n, principal_receivable: -900n, interest_income: -80n, fee_income: -15n, penalty_income: -5n },
    },
    { name: "refund", lines: refundLines(30n), want: { suspense_liability: 30n, cash: -30n } },
    { name: "recovery", lines: recoveryLines(40n), want: { cash: 40n, recoveries_income: -40n } },
    {
      name: "charge-off, accrual basis",
      lines: chargeOffLines(parts, "accrual"),
      want: {
        charge_off_expense: 1000n,
        allowance_for_loan_losses: 0n,
        principal_receivable: -900n,
        interest_receivable: -80n,
        fee_receivable: -15n,
        penalty_receivable: -5n,
      },
    },
    {
      name: "charge-off, cash basis (only principal is on the books)",
      lines: chargeOffLines(parts, "cash"),
      want: { charge_off_expense: 900n, allowance_for_loan_losses: 0n, principal_receivable: -900n },
    },
  ];
  it.each(cases)("$name", ({ lines, want }) => {
    const entry = makeEntry(header("e", "2026-01-01"), lines);
    const balances: Record<string, bigint> = {};
    for (const line of entry?.lines ?? []) {
      balances[line.account] = (balances[line.account] ?? 0n) + line.debitMinor - line.creditMinor;
    }
    expect(balances).toEqual(want);
  });
});

describe("trialBalance", () => {
  // A $1,000.00 loan: disbursed 1 Jan, $8.22 interest booked 31 Jan, $100.00 paid 1 Feb
  // (8.22 interest, 91.78 principal). Balances below are those sums by hand.
  const journal = [
    post("disb", "2026-01-01", disbursementLines(100000n)),
    post("acc", "2026-01-31", accrualLines(822n, "accrual")),
    post(
      "pmt",
      "2026-02-01",
      receiptLines(
        { principalMinor: 9178n, interestMinor: 822n, feesMinor: 0n, penaltiesMinor: 0n, creditMinor: 0n },
        "accrual",
      ),
    ),
  ];
  it("sums each account to the hand-computed balance and the total to zero", () => {
    const tb = trialBalance(journal, date("2026-02-01"));
    const byAccount = Object.fromEntries(tb.rows.map((row) => [row.account, row.balanceMinor]));
    expect(byAccount).toEqual({
      cash: -100000n + 10000n,
      principal_receivable: 100000n - 9178n,
      interest_receivable: 0n,
      interest_income: -822n,
    });
    expect(tb.totals).toEqual([{ currency: "USD", debitMinor: 110822n, creditMinor: 110822n, balanceMinor: 0n }]);
  });
  it("ignores entries dated after asOf", () => {
    expect(accountBalance(journal, "principal_receivable", "USD", date("2026-01-31"))).toBe(100000n);
    expect(trialBalance(journal, date("2025-12-31")).rows).toEqual([]);
  });
  it("a reversing entry brings every account back to where it was", () => {
    const payment = journal[2];
    if (!payment) throw new Error("missing");
    const undo = reverseEntry(payment, { id: "rev", date: date("2026-02-03"), eventId: "rev" });
    expect(undo.reversesEntryId).toBe("pmt");
    const before = trialBalance(journal.slice(0, 2), date("2026-12-31"));
    const after = trialBalance([...journal, undo], date("2026-12-31"));
    const net = (tb: typeof before) =>
      Object.fromEntries(tb.rows.map((row) => [row.account, row.balanceMinor]).filter(([, b]) => b !== 0n));
    expect(net(after)).toEqual(net(before));
  });
});
