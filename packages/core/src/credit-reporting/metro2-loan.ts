import { addDays, type LocalDate } from "../calendar/index.js";
import type { Frequency } from "../schedule/index.js";
import type { LoanState, Transaction } from "../servicing/index.js";
import type {
  Metro2AccountState,
  Metro2Address,
  Metro2ComplianceConditionCode,
  Metro2Consumer,
  Metro2HistoryMonth,
  Metro2Standing,
} from "./metro2-input.js";
import { previousMonthEnds } from "./metro2-month.js";

/** A loan's snapshot on a month's last day, as the daily close stored it. */
export interface Metro2MonthEndSnapshot {
  readonly status: string;
  readonly daysPastDue: number;
}

/**
 * What the server knows of one loan for a month: its state replayed as of the month's last day, its
 * snapshots on the last days of the 24 months before (by date; a missing one is `no-data`), the
 * consumers, and the compliance condition code to report.
 */
export interface Metro2LoanInput {
  readonly accountNumber: string;
  /** The loan replayed as of the reporting month's last day. */
  readonly state: LoanState;
  readonly firstDayOfMonth: LocalDate;
  readonly snapshots: ReadonlyMap<LocalDate, Metro2MonthEndSnapshot>;
  readonly primary: Metro2Consumer & { readonly address: Metro2Address };
  readonly coBorrowers?: ReadonlyArray<Metro2Consumer>;
  readonly complianceConditionCode?: Metro2ComplianceConditionCode | undefined;
  readonly portfolioType?: Metro2AccountState["portfolioType"];
  readonly accountType?: string;
}

/** Why a loan is not in a month's file. */
export type Metro2SkipReason = "not_disbursed" | "closed_before_month";

/** A loan's account for the month, or why it has none. */
export type Metro2LoanMapping =
  | { readonly kind: "account"; readonly account: Metro2AccountState }
  | { readonly kind: "skipped"; readonly reason: Metro2SkipReason };

const PAID = new Set(["paid-off", "overpaid", "closed", "settled"]);
/** Special comment AU: account paid in full for less than the full balance (a settlement). */
const SETTLED_COMMENT = "AU";
const OFF_BOOKS = new Set(["charged-off", "written-off"]);
const RECEIPTS = new Set<Transaction["type"]>(["payment", "recovery"]);

const FREQUENCY_CODES: Partial<Record<string, Metro2AccountState["termsFrequency"]>> = {
  monthly: "M",
  weekly: "W",
  biweekly: "B",
  "semi-monthly": "E",
  quarterly: "Q",
  yearly: "Y",
};

/** Installments a year, for the monthly equivalent of a payment (12 for irregular periods). */
const PER_YEAR: Partial<Record<string, bigint>> = {
  weekly: 52n,
  biweekly: 26n,
  "semi-monthly": 24n,
  monthly: 12n,
  quarterly: 4n,
  yearly: 1n,
};

/**
 * Payments and recoveries received, not reversed, by `asOf`. The recoveries a loan boarded charged off had
 * before its opening (`<opening id>:recovery`, dated on the opening) are not among them: the source reported
 * them in their own months.
 */
function receipts(state: LoanState): Transaction[] {
  const opening = state.transactions.find((t) => t.type === "opening-balance");
  const before = opening === undefined ? undefined : `${opening.id}:recovery`;
  return state.transactions.filter(
    (t) => RECEIPTS.has(t.type) && t.reversedById === undefined && t.date <= state.asOf && t.id !== before,
  );
}

function lastDateOf(transactions: ReadonlyArray<Transaction>, type?: Transaction["type"]): LocalDate | undefined {
  let last: LocalDate | undefined;
  for (const t of transactions)
    if ((type === undefined || t.type === type) && (last === undefined || t.date > last)) last = t.date;
  return last;
}

/** Where the loan stands at month end, and the date it closed (paid, or recovered in full after a charge-off). */
function standingOf(state: LoanState): { standing: Metro2Standing | "pending"; dateClosed?: LocalDate } {
  if (state.status === "pending") return { standing: "pending" };
  if (state.status === "settled") {
    const settledOn = lastDateOf(state.transactions, "settlement-forgiveness") ?? state.asOf;
    return { standing: state.chargedOff === null ? "paid" : "paid-after-charge-off", dateClosed: settledOn };
  }
  if (PAID.has(state.status)) {
    const paidDates = state.installments.flatMap((i) => (i.paidDate === undefined ? [] : [i.paidDate]));
    const closed = lastDateOf(receipts(state)) ?? paidDates.sort().at(-1) ?? state.asOf;
    return { standing: "paid", dateClosed: closed };
  }
  if (OFF_BOOKS.has(state.status)) {
    const chargedOff = state.chargedOff?.totalMinor ?? 0n;
    if (state.recoveredMinor >= chargedOff) {
      return { standing: "paid-after-charge-off", dateClosed: lastDateOf(receipts(state), "recovery") ?? state.asOf };
    }
    return { standing: "charged-off" };
  }
  return { standing: "open" };
}

/** The due date of the oldest installment unpaid at month end; else the date the days past due count from. */
function firstDelinquencyOf(state: LoanState): LocalDate {
  const unpaid = state.installments.find(
    (i) => i.hasFallenDue && !i.isSkipped && i.status !== "paid" && i.dueDate <= state.asOf,
  );
  if (unpaid !== undefined) return unpaid.dueDate;
  if (state.daysPastDue > 0) return addDays(state.asOf, -state.daysPastDue);
  return lastDateOf(state.transactions, "charge-off") ?? state.asOf;
}

/** The month's payments (and recoveries) not reversed by month end, minor units. */
function paidInMonth(state: LoanState, firstDay: LocalDate): bigint {
  return receipts(state)
    .filter((t) => t.date >= firstDay)
    .reduce((sum, t) => sum + t.amountMinor, 0n);
}

/** The installment as a monthly amount: × installments a year ÷ 12, rounded down (mode `down`). */
function monthlyPayment(state: LoanState): bigint {
  const installment =
    state.levelInstallmentMinor > 0n ? state.levelInstallmentMinor : (state.nextDue?.amountMinor ?? 0n);
  const perYear = PER_YEAR[state.loan.terms.frequency] ?? 12n;
  return (installment * perYear) / 12n;
}

function chargeOffDateOf(state: LoanState): LocalDate | undefined {
  return lastDateOf(state.transactions, "charge-off") ?? lastDateOf(state.transactions, "write-off");
}

function historyMonth(
  monthEnd: LocalDate,
  opened: LocalDate,
  chargedOffOn: LocalDate | undefined,
  snapshot: Metro2MonthEndSnapshot | undefined,
): Metro2HistoryMonth {
  if (monthEnd < opened) return { kind: "before-open" };
  if (chargedOffOn !== undefined && chargedOffOn <= monthEnd) return { kind: "charged-off" };
  if (snapshot === undefined) return { kind: "no-data" };
  if (OFF_BOOKS.has(snapshot.status)) return { kind: "charged-off" };
  if (PAID.has(snapshot.status)) return { kind: "zero-balance" };
  if (snapshot.status === "pending") return { kind: "before-open" };
  return { kind: "reported", daysPastDue: Math.max(0, snapshot.daysPastDue) };
}

/**
 * One month of the payment history profile, from the loan's end state and its snapshot that month:
 * B before it opened, L once charged off, E once paid, the days past due of the snapshot, else D.
 *
 * @example historyMonthOf(state, date("2026-10-31"), { status: "active", daysPastDue: 35 }) // { kind: "reported", daysPastDue: 35 }
 */
export function historyMonthOf(
  state: LoanState,
  monthEnd: LocalDate,
  snapshot: Metro2MonthEndSnapshot | undefined,
): Metro2HistoryMonth {
  return historyMonth(monthEnd, state.loan.terms.disbursementDate, chargeOffDateOf(state), snapshot);
}

function frequencyCode(frequency: Frequency): Metro2AccountState["termsFrequency"] {
  return FREQUENCY_CODES[frequency] ?? "M";
}

function balancesOf(state: LoanState, standing: Metro2Standing) {
  const chargedOff = state.chargedOff?.totalMinor;
  if (standing === "open") {
    return { currentBalanceMinor: state.outstanding.totalMinor, amountPastDueMinor: state.overdue.totalMinor };
  }
  if (standing === "charged-off") {
    const unpaid = (chargedOff ?? 0n) - state.recoveredMinor;
    return { currentBalanceMinor: unpaid, amountPastDueMinor: unpaid, originalChargeOffMinor: chargedOff ?? 0n };
  }
  const paid = { currentBalanceMinor: 0n, amountPastDueMinor: 0n };
  return standing === "paid-after-charge-off" ? { ...paid, originalChargeOffMinor: chargedOff ?? 0n } : paid;
}

/**
 * Maps a loan's month-end state to core's Metro 2 account: standing (open by days past due, paid 13,
 * charged off 97, paid after charge-off 64; settled for less than the full balance: 13, or 64 when it had
 * been charged off, with special comment AU), balances (open: everything due and principal not yet due,
 * past due = the overdue buckets; charged off: what is unrecovered, all past due), the date of first
 * delinquency (the oldest unpaid due date, for 71+ and 97), the dates closed and of last payment, the
 * month's payments, the scheduled monthly payment (the installment × installments a year ÷ 12, rounded
 * down), and the 24-month profile from the month-end snapshots. A loan not yet disbursed, or closed
 * before the month began (already reported closed), is skipped.
 *
 * @example
 * const mapped = metro2AccountFromLoan({ accountNumber: "loan_…", state, firstDayOfMonth, snapshots, primary });
 */
export function metro2AccountFromLoan(input: Metro2LoanInput): Metro2LoanMapping {
  const { state } = input;
  const { standing, dateClosed } = standingOf(state);
  if (standing === "pending") return { kind: "skipped", reason: "not_disbursed" };
  if (dateClosed !== undefined && dateClosed < input.firstDayOfMonth) {
    return { kind: "skipped", reason: "closed_before_month" };
  }
  const monthEnds = previousMonthEnds(state.asOf, 24);
  const opened = state.loan.terms.disbursementDate;
  const chargedOffOn = chargeOffDateOf(state);
  const paymentHistory = monthEnds.map((end) => historyMonth(end, opened, chargedOffOn, input.snapshots.get(end)));
  const previous = paymentHistory[0];
  const delinquent = (standing === "open" && state.daysPastDue >= 30) || standing === "charged-off";
  const terms = state.loan.terms;
  const dateOfLastPayment = lastDateOf(receipts(state));
  const account: Metro2AccountState = {
    accountNumber: input.accountNumber,
    portfolioType: input.portfolioType ?? "I",
    accountType: input.accountType ?? "01",
    dateOpened: terms.disbursementDate,
    dateOfAccountInformation: state.asOf,
    highestCreditMinor: state.disbursedMinor > 0n ? state.disbursedMinor : terms.principalMinor,
    termsDurationMonths: terms.numberOfPayments,
    termsFrequency: frequencyCode(terms.frequency),
    scheduledMonthlyPaymentMinor: standing === "open" ? monthlyPayment(state) : 0n,
    actualPaymentMinor: paidInMonth(state, input.firstDayOfMonth),
    standing,
    daysPastDue:
      standing === "paid" ? (previous?.kind === "reported" ? previous.daysPastDue : 0) : Math.max(0, state.daysPastDue),
    paymentHistory,
    ...balancesOf(state, standing),
    ...(delinquent ? { dateOfFirstDelinquency: firstDelinquencyOf(state) } : {}),
    ...(dateClosed === undefined ? {} : { dateClosed }),
    ...(dateOfLastPayment === undefined ? {} : { dateOfLastPayment }),
    ...(state.status === "settled" ? { specialComment: SETTLED_COMMENT } : {}),
    ...(input.complianceConditionCode === undefined ? {} : { complianceConditionCode: input.complianceConditionCode }),
    interestTypeIndicator: "F",
    primary: input.primary,
    ...(input.coBorrowers === undefined || input.coBorrowers.length === 0 ? {} : { coBorrowers: input.coBorrowers }),
  };
  return { kind: "account", account };
}
