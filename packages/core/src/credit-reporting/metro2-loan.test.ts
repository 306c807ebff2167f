import { describe, expect, it } from "vitest";
import { date, type LocalDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { disburse, makeLoan, pay } from "../servicing/fixtures.js";
import { type LoanEvent, replay } from "../servicing/index.js";
import { buildMetro2File } from "./metro2-file.js";
import { header } from "./metro2-fixtures.js";
import { type Metro2MonthEndSnapshot, metro2AccountFromLoan } from "./metro2-loan.js";
import { lastDayOfMonth, parseMetro2Month, previousMonthEnds } from "./metro2-month.js";
import { metro2AccountStatus, paymentHistoryProfile } from "./metro2-status.js";

// $10,000 at 3.65 % (actual/365F: 1 minor unit a day per 10,000 of principal), 12 monthly payments from
// 2026-02-01; the level installment is the fixture's, read from the replayed state.
const loan = makeLoan();
const primary = {
  surname: "Lovelace",
  firstName: "Ada",
  ecoaCode: "1" as const,
  address: { line1: "1 Main St", city: "Lincoln", state: "NE", postalCode: "68508" },
};

function stateAt(events: ReadonlyArray<LoanEvent>, asOf: string) {
  return unwrap(replay(loan, events, date(asOf)));
}

function mapped(
  events: ReadonlyArray<LoanEvent>,
  month: string,
  snapshots = new Map<LocalDate, Metro2MonthEndSnapshot>(),
) {
  const { firstDay, lastDay } = unwrap(parseMetro2Month(month));
  return metro2AccountFromLoan({
    accountNumber: "loan_1",
    state: stateAt(events, lastDay),
    firstDayOfMonth: firstDay,
    snapshots,
    primary,
  });
}

/** The close's snapshots on each month end from the replay itself. */
function snapshotsOf(events: ReadonlyArray<LoanEvent>, ends: ReadonlyArray<LocalDate>) {
  const snapshots = new Map<LocalDate, Metro2MonthEndSnapshot>();
  for (const end of ends) {
    if (end < "2026-01-01") continue;
    const s = stateAt(events, end);
    snapshots.set(end, { status: s.status, daysPastDue: s.daysPastDue });
  }
  return snapshots;
}

describe("parseMetro2Month", () => {
  it.each([
    ["2026-11", "2026-11-01", "2026-11-30"],
    ["2028-02", "2028-02-01", "2028-02-29"],
  ])("%s runs %s to %s", (text, first, last) => {
    expect(unwrap(parseMetro2Month(text))).toEqual({ month: text, firstDay: first, lastDay: last });
  });
  it.each(["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", ""])("refuses %j", (text) => {
    const parsed = parseMetro2Month(text);
    expect(parsed.ok ? undefined : parsed.error.code).toBe("invalid_month");
  });
  it("lists the 24 month ends before a month, most recent first", () => {
    const ends = previousMonthEnds(date("2026-03-31"), 24);
    expect(ends.slice(0, 3)).toEqual(["2026-02-28", "2026-01-31", "2025-12-31"]);
    expect(ends.at(-1)).toBe("2024-03-31");
    expect(lastDayOfMonth(date("2024-02-10"))).toBe("2024-02-29");
  });
});

describe("metro2AccountFromLoan", () => {
  const opened = [disburse("2026-01-01", 1_000_000n)];

  it("reports a loan paid on time as current (11), with its payments and history", () => {
    const installment = stateAt(opened, "2026-01-01").levelInstallmentMinor;
    const events = [...opened, pay("2026-02-01", installment), pay("2026-03-01", installment)];
    const ends = previousMonthEnds(date("2026-03-31"), 24);
    const result = mapped(events, "2026-03", snapshotsOf(events, ends));
    if (result.kind !== "account") throw new Error(result.reason);
    const account = result.account;
    expect(account).toMatchObject({ standing: "open", daysPastDue: 0, actualPaymentMinor: installment });
    expect(account.dateOfLastPayment).toBe("2026-03-01");
    expect(account.dateOfFirstDelinquency).toBeUndefined();
    expect(account.scheduledMonthlyPaymentMinor).toBe(installment);
    // Feb and Jan reported current, everything before the opening is B.
    expect(paymentHistoryProfile(account.paymentHistory)).toBe(`00${"B".repeat(22)}`);
  });

  it("reports 35 days past due as 71 with the missed due date as first delinquency", () => {
    const installment = stateAt(opened, "2026-01-01").levelInstallmentMinor;
    const events = [...opened, pay("2026-02-01", installment)];
    // 2026-03-01 missed; by 2026-04-05 that is 35 days; the month is April, so take the state at 04-30 (60 days).
    const result = mapped(events, "2026-04", snapshotsOf(events, previousMonthEnds(date("2026-04-30"), 24)));
    if (result.kind !== "account") throw new Error(result.reason);
    expect(result.account.daysPastDue).toBe(60);
    expect(result.account.dateOfFirstDelinquency).toBe("2026-03-01");
    expect(result.account.amountPastDueMinor).toBeGreaterThan(2n * installment - 1n);
    // March end: 30 days past due → 1; Feb current; Jan current.
    expect(paymentHistoryProfile(result.account.paymentHistory).slice(0, 4)).toBe("100B");
  });

  it("reports a loan paid off in the month as 13 with the date closed, and skips it the month after", () => {
    const payoff = stateAt(opened, "2026-02-10");
    const events = [...opened, pay("2026-02-10", payoff.outstanding.totalMinor + payoff.accruedInterestMinor)];
    const result = mapped(events, "2026-02");
    if (result.kind !== "account") throw new Error(result.reason);
    expect(result.account).toMatchObject({ standing: "paid", dateClosed: "2026-02-10", currentBalanceMinor: 0n });
    expect(result.account.scheduledMonthlyPaymentMinor).toBe(0n);
    expect(mapped(events, "2026-03")).toEqual({ kind: "skipped", reason: "closed_before_month" });
  });

  it("reports a charge-off as 97 with the original amount, and full recovery as 64", () => {
    const chargeOff: LoanEvent = { id: "co_1", type: "charge-off", effectiveDate: date("2026-06-15") };
    const events = [...opened, chargeOff];
    const result = mapped(events, "2026-06", snapshotsOf(events, previousMonthEnds(date("2026-06-30"), 24)));
    if (result.kind !== "account") throw new Error(result.reason);
    const charged = result.account.originalChargeOffMinor ?? 0n;
    expect(charged).toBeGreaterThan(1_000_000n);
    expect(result.account).toMatchObject({
      standing: "charged-off",
      currentBalanceMinor: charged,
      amountPastDueMinor: charged,
    });
    expect(result.account.dateOfFirstDelinquency).toBe("2026-02-01");
    // May, Apr, Mar, Feb ends: 119, 89, 58, 27 days past due → 3210; Jan current; B before the opening.
    expect(paymentHistoryProfile(result.account.paymentHistory).slice(0, 6)).toBe("32100B");
    const recovered = [
      ...events,
      { id: "rec_1", type: "recovery", effectiveDate: date("2026-07-20"), amountMinor: charged } as LoanEvent,
    ];
    const after = mapped(recovered, "2026-07");
    if (after.kind !== "account") throw new Error(after.reason);
    expect(after.account).toMatchObject({
      standing: "paid-after-charge-off",
      dateClosed: "2026-07-20",
      currentBalanceMinor: 0n,
    });
    expect(after.account.paymentHistory[0]).toEqual({ kind: "charged-off" });
  });

  it("reports a settled loan as 13 with special comment AU (paid for less than the full balance), 64 + AU after a charge-off", () => {
    const forgive: LoanEvent = {
      id: "sfg_1",
      type: "settlement-forgiveness",
      effectiveDate: date("2026-05-20"),
      postedAt: 2,
      settlementId: "stl_1",
    };
    const events = [...opened, pay("2026-05-20", 400_000n), forgive];
    const result = mapped(events, "2026-05", snapshotsOf(events, previousMonthEnds(date("2026-05-31"), 24)));
    if (result.kind !== "account") throw new Error(result.reason);
    expect(result.account).toMatchObject({
      standing: "paid",
      specialComment: "AU",
      dateClosed: "2026-05-20",
      currentBalanceMinor: 0n,
      amountPastDueMinor: 0n,
    });
    expect(metro2AccountStatus(result.account.standing, result.account.daysPastDue)).toBe("13");
    expect(mapped(events, "2026-06")).toEqual({ kind: "skipped", reason: "closed_before_month" });
    const chargedOff: LoanEvent[] = [
      ...opened,
      { id: "co_1", type: "charge-off", effectiveDate: date("2026-04-15") },
      { id: "rec_1", type: "recovery", effectiveDate: date("2026-05-20"), postedAt: 1, amountMinor: 400_000n },
      forgive,
    ];
    const after = mapped(chargedOff, "2026-05");
    if (after.kind !== "account") throw new Error(after.reason);
    expect(after.account).toMatchObject({
      standing: "paid-after-charge-off",
      specialComment: "AU",
      currentBalanceMinor: 0n,
    });
    expect(metro2AccountStatus(after.account.standing, 0)).toBe("64");
  });

  it("skips a loan not yet disbursed, and builds a valid file from the accounts", () => {
    expect(mapped([], "2025-12")).toEqual({ kind: "skipped", reason: "not_disbursed" });
    const result = mapped(opened, "2026-01");
    if (result.kind !== "account") throw new Error(result.reason);
    const file = unwrap(buildMetro2File(header, [result.account]));
    expect(file.totals.totalStatusCode11).toBe(1);
  });
});
