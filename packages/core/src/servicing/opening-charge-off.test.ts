import { describe, expect, it } from "vitest";
import { date, type LocalDate } from "../calendar/index.js";
import { metro2AccountFromLoan } from "../credit-reporting/index.js";
import { unwrap } from "../errors/index.js";
import { trialBalance } from "../ledger/index.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { type LoanEvent, openingBalanceOf, replay, settlementBalanceOf } from "./index.js";
import type { OpeningBalanceEvent } from "./opening-event.js";

// $10,000 at 3.65 % on actual/365 (the fixture), paid on time for February and March, then nothing:
// April 1 falls due unpaid, the loan is charged off on 2026-08-20 (141 days past due), $200.00 is
// recovered on 2026-09-15. The same loan boarded on 2026-10-31 from the balances it was charged off with
// (as an old core reports them) must give the state, ledger and Metro 2 account of the native charge-off.
const loan = makeLoan();
const level = 84_995n;
const lived: LoanEvent[] = [
  disburse("2026-01-01", 1_000_000n, "dsb_1"),
  pay("2026-02-01", level, "pmt_1"),
  pay("2026-03-01", level, "pmt_2"),
];
const chargeOffDate = on("2026-08-20");
const native: LoanEvent[] = [
  ...lived,
  { id: "chg_1", type: "charge-off", effectiveDate: chargeOffDate },
  { id: "rcv_1", type: "recovery", effectiveDate: on("2026-09-15"), amountMinor: 20_000n },
];
const primary = {
  surname: "Lovelace",
  firstName: "Ada",
  ecoaCode: "1" as const,
  address: { line1: "1 Main St", city: "Lincoln", state: "NE", postalCode: "68508" },
};

/** The balances charged off, as an opening on `asOf` (on or after the charge-off) with the recoveries by then. */
function chargedOffOpening(asOf: LocalDate, recoveredMinor: bigint): OpeningBalanceEvent {
  const atChargeOff = unwrap(openingBalanceOf(unwrap(replay(loan, lived, chargeOffDate)), "opening"));
  const { exact: _exact, schedule: _schedule, ...balances } = atChargeOff;
  return {
    ...balances,
    schedule: [],
    effectiveDate: asOf,
    chargedOff: { date: chargeOffDate, recoveredMinor },
  };
}

function account(events: ReadonlyArray<LoanEvent>, asOf: string) {
  const state = unwrap(replay(loan, events, date(asOf)));
  const mapped = metro2AccountFromLoan({
    accountNumber: "loan_1",
    state,
    firstDayOfMonth: date(`${asOf.slice(0, 8)}01`),
    snapshots: new Map(),
    primary,
  });
  if (mapped.kind !== "account") throw new Error("not reported");
  return mapped.account;
}

describe("a loan boarded as already charged off", () => {
  const boarded: LoanEvent[] = [
    chargedOffOpening(on("2026-10-31"), 20_000n),
    { id: "rcv_2", type: "recovery", effectiveDate: on("2026-11-10"), amountMinor: 5_000n },
  ];
  const nativeLater: LoanEvent[] = [
    ...native,
    { id: "rcv_2", type: "recovery", effectiveDate: on("2026-11-10"), amountMinor: 5_000n },
  ];

  it("has the native charge-off's status, buckets, recoveries and days past due", () => {
    const want = unwrap(replay(loan, nativeLater, on("2026-11-30")));
    const got = unwrap(replay(loan, boarded, on("2026-11-30")));
    expect(got.status).toBe("charged-off");
    expect(got.chargedOff).toEqual(want.chargedOff);
    // What the $10,000 loan owed when it stopped paying: 10 installments of principal, April's interest onwards.
    expect(got.chargedOff?.principalMinor).toBe(want.principalBalanceMinor);
    expect(got.recoveredMinor).toBe(25_000n);
    expect(got.recoveredMinor).toBe(want.recoveredMinor);
    expect(got.daysPastDue).toBe(want.daysPastDue);
    expect(got.daysPastDue).toBe(243); // April 1 → November 30
    expect(got.outstanding).toEqual(want.outstanding);
    expect(got.accruedInterestMinor).toBe(0n);
    expect(got.transactions.find((t) => t.type === "charge-off")?.date).toBe(chargeOffDate);
  });

  it("posts the same charge-off lines, and its ledger balances", () => {
    const want = unwrap(replay(loan, nativeLater, on("2026-11-30")));
    const got = unwrap(replay(loan, boarded, on("2026-11-30")));
    const linesOf = (state: typeof got, id: string) =>
      state.journal.find((e) => e.eventId === id && e.memo === "charge-off")?.lines;
    expect(linesOf(got, "opening:charge-off")).toEqual(linesOf(want, "chg_1"));
    for (const entry of got.journal) {
      const debits = entry.lines.reduce((sum, l) => sum + l.debitMinor, 0n);
      const credits = entry.lines.reduce((sum, l) => sum + l.creditMinor, 0n);
      expect(debits).toBe(credits);
    }
    const balances = new Map(trialBalance(got.journal, on("2026-11-30")).rows.map((r) => [r.account, r.balanceMinor]));
    // Nothing left receivable; the loss is the expense, the later recovery income; cash paid it all.
    expect(balances.get("principal_receivable") ?? 0n).toBe(0n);
    expect(balances.get("interest_receivable") ?? 0n).toBe(0n);
    expect(balances.get("charge_off_expense")).toBe(want.chargedOff?.totalMinor);
    // Both recoveries, the $200.00 before the migration and the $50.00 after, as natively.
    expect(balances.get("recoveries_income")).toBe(-25_000n);
    const native = new Map(trialBalance(want.journal, on("2026-11-30")).rows.map((r) => [r.account, r.balanceMinor]));
    expect(balances.get("recoveries_income")).toBe(native.get("recoveries_income"));
  });

  it("records the recoveries before the migration as a recovery: transactions, journal and balance reconcile", () => {
    const got = unwrap(replay(loan, boarded, on("2026-11-30")));
    const recoveries = got.transactions.filter((t) => t.type === "recovery");
    expect(recoveries.map((t) => [t.id, t.date, t.amountMinor])).toEqual([
      ["opening:recovery", on("2026-10-31"), 20_000n],
      ["rcv_2", on("2026-11-10"), 5_000n],
    ]);
    expect(recoveries.reduce((sum, t) => sum + t.amountMinor, 0n)).toBe(got.recoveredMinor);
    expect(got.journal.find((e) => e.eventId === "opening:recovery")?.lines).toEqual([
      { account: "cash", debitMinor: 20_000n, creditMinor: 0n },
      { account: "recoveries_income", debitMinor: 0n, creditMinor: 20_000n },
    ]);
    // Charged off on 2026-08-20: principal $10,000 - $818.90 - $824.19 (February's and March's principal) - $0.10
    // (each payment's 5 cents beyond the installment) = $8,356.81; interest: April-August's installments $25.91 +
    // $25.07 + $25.91 + $25.07 + $25.91 and 19 days of August at 3.65 % on actual/365, $8,356.81 × 0.0001 × 19 =
    // $15.88 → $143.75; five late fees of $25 = $125.00. Total $8,625.56; recovered $200 + $50; the $8,375.56 left
    // is the loss net of recoveries on the books, what a settlement must pay, and the Metro 2 balance.
    const tb = new Map(trialBalance(got.journal, on("2026-11-30")).rows.map((r) => [r.account, r.balanceMinor]));
    const netLoss = (tb.get("charge_off_expense") ?? 0n) + (tb.get("recoveries_income") ?? 0n);
    expect(got.chargedOff).toEqual({
      principalMinor: 835_681n,
      interestMinor: 14_375n,
      feesMinor: 0n,
      penaltiesMinor: 12_500n,
      totalMinor: 862_556n,
    });
    expect(netLoss).toBe(837_556n);
    expect(settlementBalanceOf(got)).toBe(netLoss);
    expect(account(boarded, "2026-11-30").currentBalanceMinor).toBe(netLoss);
  });

  it("reports no receipt in the opening's month for the recoveries the source reported in theirs", () => {
    const onOpening: LoanEvent[] = [chargedOffOpening(on("2026-10-31"), 20_000n)];
    // The source's date of last payment (September 15) is not in the row: the rest is the native account's.
    const { dateOfLastPayment, ...nativeThen } = account(native, "2026-10-31");
    expect(dateOfLastPayment).toBe("2026-09-15");
    expect(account(onOpening, "2026-10-31")).toEqual(nativeThen);
    expect(nativeThen.actualPaymentMinor).toBe(0n);
    expect(nativeThen.currentBalanceMinor).toBe(862_556n - 20_000n);
  });

  it("reports the same Metro 2 account: 97, first delinquency April 1, balance unrecovered", () => {
    const want = account(nativeLater, "2026-11-30");
    const got = account(boarded, "2026-11-30");
    expect(got).toEqual(want);
    expect(got).toMatchObject({ standing: "charged-off", dateOfFirstDelinquency: "2026-04-01" });
    expect(got.currentBalanceMinor).toBe((want.originalChargeOffMinor ?? 0n) - 25_000n);
  });

  it("refuses a charge-off after the opening, before disbursement, later installments, or recoveries beyond it", () => {
    const base = chargedOffOpening(on("2026-10-31"), 0n);
    const refusal = (event: OpeningBalanceEvent) => {
      const result = replay(loan, [event], on("2026-11-30"));
      return result.ok ? undefined : { code: result.error.code, path: result.error.path };
    };
    expect(refusal({ ...base, chargedOff: { date: on("2026-11-01"), recoveredMinor: 0n } })).toMatchObject({
      code: "charge_off_after_opening",
      path: ["chargedOff", "date"],
    });
    expect(refusal({ ...base, chargedOff: { date: on("2026-01-01"), recoveredMinor: 0n } })).toMatchObject({
      code: "invalid_opening",
    });
    const later = { dueDate: on("2026-11-01"), kind: "level" as const, plannedMinor: level };
    expect(refusal({ ...base, schedule: [later] })).toMatchObject({ code: "charged_off_schedule" });
    expect(refusal({ ...base, chargedOff: { date: chargeOffDate, recoveredMinor: 10_000_000n } })).toMatchObject({
      code: "recoveries_exceed_charge_off",
    });
  });

  it("takes no payment after boarding (a recovery instead), as a native charge-off", () => {
    const paid = replay(loan, [...boarded, pay("2026-11-20", 1_000n)], on("2026-11-30"));
    expect(paid.ok ? undefined : paid.error.code).toBe("loan_charged_off");
  });
});
