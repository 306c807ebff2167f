import { describe, expect, it } from "vitest";
import { addMonths } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import type { OpeningBalanceEvent } from "./opening-event.js";
import { replay } from "./replay.js";

// $10,000 at 3.65 % on actual/365 ($1.00 a day per $10,000), 12 × $849.95 from 2026-02-01, $25 late fee
// after 15 grace days. Opened on 2026-03-20: principal $9,181.05, of which $824.24 is due since March 1
// with $25.71 interest; $17.44 accrued since then; the $25.00 late fee (assessed March 17) unpaid.
const loan = makeLoan();
const opening: OpeningBalanceEvent = {
  id: "opn_1",
  type: "opening-balance",
  effectiveDate: on("2026-03-20"),
  annualRatePercent: dec("3.65"),
  principalMinor: 918_105n,
  due: [{ dueDate: on("2026-03-01"), principalMinor: 82_424n, interestMinor: 2_571n, isLateFeeAssessed: true }],
  schedule: Array.from({ length: 10 }, (_, k) => ({
    dueDate: addMonths(on("2026-04-01"), k),
    kind: "level" as const,
    plannedMinor: 84_995n,
  })),
  charges: [
    {
      kind: "penalty",
      label: "late fee",
      dueDate: on("2026-03-17"),
      amountMinor: 2_500n,
      installmentDueDate: on("2026-03-01"),
    },
  ],
  accrualStartDate: on("2026-03-01"),
  accruedInterestMinor: 1_744n,
};

describe("opening balances in the servicing engine", () => {
  it("opens the state the balances describe, and books them against the funding account", () => {
    const state = unwrap(replay(loan, [opening], on("2026-03-20")));
    expect(state).toMatchObject({
      status: "active",
      principalBalanceMinor: 918_105n,
      principalNotDueMinor: 918_105n - 82_424n,
      accruedInterestMinor: 1_744n,
      daysPastDue: 19,
      outstanding: { principalMinor: 918_105n, interestMinor: 2_571n, feesMinor: 0n, penaltiesMinor: 2_500n },
      nextDue: { date: "2026-04-01", amountMinor: 82_424n + 2_571n + 2_500n + 84_995n },
    });
    const balances = new Map(
      trialBalance(state.journal, on("2026-03-20")).rows.map((r) => [r.account, r.balanceMinor]),
    );
    // Receivables: principal $9,181.05, interest $25.71 due + $17.44 accrued, the $25.00 penalty; cash the other side.
    expect(Object.fromEntries(balances)).toMatchObject({
      principal_receivable: 918_105n,
      interest_receivable: 4_315n,
      penalty_receivable: 2_500n,
      cash: -(918_105n + 4_315n + 2_500n),
    });
  });

  it("allocates a later payment by the waterfall: the late fee, the interest, then the principal due", () => {
    const state = unwrap(replay(loan, [opening, pay("2026-03-25", 87_495n, "pmt_9")], on("2026-03-26")));
    expect(state.transactions.at(-1)?.allocation).toEqual({
      principalMinor: 82_424n,
      interestMinor: 2_571n,
      feesMinor: 0n,
      penaltiesMinor: 2_500n,
      creditMinor: 0n,
    });
    expect(state).toMatchObject({ daysPastDue: 0, principalBalanceMinor: 835_681n });
  });

  it("opens a loan whose installments are all paid with only a fee left (no schedule), and closes it", () => {
    const feeOnly = { ...opening, principalMinor: 0n, due: [], schedule: [], accruedInterestMinor: 0n };
    const charges = [{ kind: "fee" as const, label: "NSF fee", dueDate: on("2026-03-10"), amountMinor: 3_000n }];
    const state = unwrap(replay(loan, [{ ...feeOnly, charges }], on("2026-03-20")));
    expect(state).toMatchObject({ status: "active", nextDue: { date: "2026-03-20", amountMinor: 3_000n } });
    const paid = unwrap(replay(loan, [{ ...feeOnly, charges }, pay("2026-03-21", 3_000n, "pmt_8")], on("2026-03-22")));
    expect(paid.status).toBe("paid-off");
  });

  it("must be the first event, alone on its date or before, and the loan is fully disbursed", () => {
    const after = replay(loan, [disburse("2026-01-01", 1_000_000n, "dsb_1"), opening], on("2026-04-01"));
    expect(after.ok || after.error.code).toBe("opening_not_first");
    const sameDay = replay(loan, [opening, pay("2026-03-20", 100n, "pmt_1")], on("2026-04-01"));
    expect(sameDay.ok || sameDay.error.code).toBe("event_before_opening");
    const tranche = replay(loan, [opening, disburse("2026-04-02", 100n, "dsb_2")], on("2026-04-03"));
    expect(tranche.ok || tranche.error.code).toBe("disbursement_exceeds_principal");
    const bad = replay(loan, [{ ...opening, principalMinor: 1n }], on("2026-04-01"));
    expect(bad.ok || bad.error.code).toBe("invalid_opening");
  });
});
