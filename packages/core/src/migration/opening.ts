import { addDays, daysBetween, type LocalDate, yearFraction } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { divideRounded } from "../money/index.js";
import { periodsPerYearRatio } from "../schedule/index.js";
import {
  accrualDenominator,
  adjustedDueDate,
  type Loan,
  levelInstallment,
  type OpeningBalanceEvent,
  type OpeningCharge,
  type OpeningDueInstallment,
  type OpeningScheduledInstallment,
  toRateUnits,
} from "../servicing/index.js";
import { chargedOffDue, chargedOffSchedule, checkChargedOff } from "./opening-charged-off.js";
import type { OpeningInput } from "./opening-schema.js";

/**
 * Opening balances (a row's `opening`) as the servicing engine's opening-balance event. The source
 * gives the figures every core reports; the rest is derived by these rules unless given:
 *
 * - **Grid**: the loan's due dates are the terms' frequency from `gridStartDate` (default the terms'
 *   first payment date), business-day adjusted as the terms say.
 * - **Past due** (`due` not given): with `daysPastDue` = 0 nothing is past due. With d > 0 the
 *   installments past due are the grid dates from `asOf − d` to `asOf` (the oldest must be exactly
 *   `asOf − d`: `days_past_due_off_schedule` otherwise). Together they owe `pastDueMinor`, default
 *   their count × the installment amount (the first remaining installment's); each owes one
 *   installment amount, the oldest what is left (it is the one partly paid). Of that, the interest
 *   is `interestMinor` − deferred − the interest accrued since the last of those dates (on
 *   `principalMinor` at the rate, by the day count, rounded by the terms' interest mode), taken by
 *   the oldest installments first; the rest is principal.
 * - **Late fees**: an installment whose late-fee check date (due date + grace days + 1) is on or
 *   before `asOf` has had it (its fee, if any, is in `feesMinor`); the others get it when it comes.
 * - **Accrual**: the current interest period started on the last grid date on or before `asOf`
 *   (the disbursement date before the first); the interest accrued in it is `interestMinor` − the
 *   past-due interest − deferred.
 * - **Charges**: one fee of `feesMinor`, due on `asOf`.
 * - **Remaining schedule** from `remaining`: `numberOfPayments` grid dates from `nextDueDate`, each
 *   `installmentMinor` (default: the level payment of the principal not yet due at the rate, with
 *   the terms' rounding); equal-principal loans repay the principal not yet due evenly (rounded
 *   down, the last installment takes the rest). Other amortizations need the `installments` list.
 *
 * - **Charged off** (`chargedOff` given): the balances are what the source charged off on
 *   `chargedOff.date` (on or before `asOf`, after disbursement). Unless `due` is given, with
 *   d = `daysPastDue` > 0 one installment due on `asOf − d` (the date of first delinquency, on or
 *   before the charge-off) owes the principal and the interest not given as accrued or deferred. No
 *   installments are to come (`charged_off_schedule` if any are given); recoveries may not exceed
 *   what was charged off.
 *
 * Then the figures must agree: `interestMinor`, `feesMinor`, `daysPastDue` and `nextDueDate` are
 * checked against the detail (`opening_inconsistent`, at the field).
 *
 * @example const event = openingEvent(input, loan); event.ok && event.value.due.length
 */
export function openingEvent(input: OpeningInput, loan: Loan, id = "opening"): Result<OpeningBalanceEvent> {
  const { terms } = loan;
  const rate = input.annualRatePercent ?? terms.annualRatePercent;
  const gridStart = input.gridStartDate ?? terms.firstPaymentDate;
  const dates = gridDatesThrough(loan, gridStart, input.asOf);
  const lastDue = dates.at(-1);
  const accrualStart =
    input.accrualStartDate ??
    (lastDue === undefined || lastDue < terms.disbursementDate ? terms.disbursementDate : lastDue);
  const isChargedOff = input.chargedOff !== undefined;
  const due = input.due
    ? ok(input.due.map((row) => withLateFeeRule(loan, input.asOf, row)))
    : isChargedOff
      ? chargedOffDue(input)
      : pastDue(input, loan, dates);
  if (!due.ok) return due;
  const duePrincipal = due.value.reduce((sum, row) => sum + row.principalMinor, 0n);
  const schedule = isChargedOff
    ? chargedOffSchedule(input)
    : remainingSchedule(input, loan, input.principalMinor - duePrincipal);
  if (!schedule.ok) return schedule;
  const dueInterest = due.value.reduce((sum, row) => sum + row.interestMinor, 0n);
  const deferred = input.deferredInterestMinor ?? 0n;
  const accrued = input.accruedInterestMinor ?? input.interestMinor - dueInterest - deferred;
  const charges: OpeningCharge[] =
    input.charges?.map((c) => ({ ...c, label: c.label ?? (c.kind === "fee" ? "fee" : "penalty") })) ??
    (input.feesMinor > 0n
      ? [{ kind: "fee", label: "migrated fees", dueDate: input.asOf, amountMinor: input.feesMinor }]
      : []);
  const event: OpeningBalanceEvent = {
    id,
    type: "opening-balance",
    effectiveDate: input.asOf,
    annualRatePercent: rate,
    principalMinor: input.principalMinor,
    due: due.value,
    schedule: schedule.value,
    charges,
    accrualStartDate: accrualStart,
    accruedInterestMinor: accrued,
    ...(deferred > 0n ? { deferredInterestMinor: deferred } : {}),
    ...(input.accruedPenaltyMinor ? { accruedPenaltyMinor: input.accruedPenaltyMinor } : {}),
    ...(input.creditBalanceMinor ? { creditBalanceMinor: input.creditBalanceMinor } : {}),
    gridStartDate: gridStart,
    ...(input.chargedOff
      ? { chargedOff: { date: input.chargedOff.date, recoveredMinor: input.chargedOff.recoveredMinor ?? 0n } }
      : {}),
    ...(input.exact ? { exact: input.exact } : {}),
  };
  if (event.chargedOff) {
    const checked = checkChargedOff(event, loan);
    if (!checked.ok) return checked;
  }
  const agreed = checkFigures(input, event);
  return agreed.ok ? ok(event) : agreed;
}

/** Grid dates on or before `asOf` and on or after the disbursement date, in order. */
function gridDatesThrough(loan: Loan, start: LocalDate, asOf: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  const from = loan.terms.disbursementDate;
  for (let k = -1; k > -5000; k--) {
    const day = adjustedDueDate(loan.terms, start, k);
    if (day <= from) break;
    if (day <= asOf) dates.unshift(day);
  }
  for (let k = 0; k < 5000; k++) {
    const day = adjustedDueDate(loan.terms, start, k);
    if (day > asOf) break;
    if (day > from) dates.push(day);
  }
  return dates;
}

/** k with grid date k = `day`, if `day` is on the grid. */
function gridIndexOf(loan: Loan, start: LocalDate, day: LocalDate): number | undefined {
  const step = day >= start ? 1 : -1;
  for (let k = 0; Math.abs(k) < 5000; k += step) {
    const candidate = adjustedDueDate(loan.terms, start, k);
    if (candidate === day) return k;
    if (step > 0 ? candidate > day : candidate < day) return undefined;
  }
  return undefined;
}

function lateFeeChecked(loan: Loan, asOf: LocalDate, dueDate: LocalDate): boolean {
  const rule = loan.policy.lateFee;
  return rule !== undefined && addDays(dueDate, rule.graceDays + 1) <= asOf;
}

function withLateFeeRule(
  loan: Loan,
  asOf: LocalDate,
  row: NonNullable<OpeningInput["due"]>[number],
): OpeningDueInstallment {
  return { ...row, isLateFeeAssessed: row.isLateFeeAssessed ?? lateFeeChecked(loan, asOf, row.dueDate) };
}

function inconsistent<T>(path: string, message: string): Result<T> {
  return fail("opening_inconsistent", message, [path]);
}

/** The past-due rule (see `openingEvent`). */
function pastDue(input: OpeningInput, loan: Loan, grid: ReadonlyArray<LocalDate>): Result<OpeningDueInstallment[]> {
  const d = input.daysPastDue;
  if (d === 0) return ok([]);
  const oldest = addDays(input.asOf, -d);
  const dates = grid.filter((day) => day >= oldest);
  if (dates[0] !== oldest)
    return fail("days_past_due_off_schedule", `no due date falls on ${oldest} (asOf − daysPastDue)`, ["daysPastDue"]);
  const each = input.installments?.[0]?.amountMinor ?? input.remaining?.installmentMinor;
  if (each === undefined)
    return fail("due_required", "give `due`, or the installment amount the past-due rule needs", ["due"]);
  const k = BigInt(dates.length);
  const total = input.pastDueMinor ?? k * each;
  const oldestOwes = total - (k - 1n) * each;
  if (oldestOwes <= 0n)
    return inconsistent("pastDueMinor", "the past-due amount is less than the installments past due");
  const { terms } = loan;
  const since = dates[dates.length - 1] as LocalDate;
  const rateUnits =
    terms.interestMethod === "flat" ? 0n : toRateUnits(input.annualRatePercent ?? terms.annualRatePercent);
  const days = yearFraction(since, input.asOf, terms.dayCount).numerator;
  const scaled = input.principalMinor * rateUnits * days;
  const accrued =
    input.accruedInterestMinor ??
    divideRounded(scaled, accrualDenominator(terms.dayCount), terms.rounding.interestMode);
  let interestLeft = input.interestMinor - (input.deferredInterestMinor ?? 0n) - accrued;
  if (interestLeft < 0n || interestLeft > total)
    return inconsistent("interestMinor", "the interest does not fit the past-due amount and the accrual");
  if (total - interestLeft > input.principalMinor)
    return inconsistent("principalMinor", "the past-due principal exceeds the principal outstanding");
  return ok(
    dates.map((dueDate, index) => {
      const owes = index === 0 ? oldestOwes : each;
      const interestMinor = interestLeft < owes ? interestLeft : owes;
      interestLeft -= interestMinor;
      const isLateFeeAssessed = lateFeeChecked(loan, input.asOf, dueDate);
      return { dueDate, principalMinor: owes - interestMinor, interestMinor, isLateFeeAssessed };
    }),
  );
}

function listed(row: NonNullable<OpeningInput["installments"]>[number], k: number) {
  const isLevel = row.amountMinor !== undefined;
  if (isLevel === (row.principalMinor !== undefined))
    return fail("invalid_installment", "give amountMinor (level) or principalMinor, not both", ["installments", k]);
  return ok<OpeningScheduledInstallment>({
    dueDate: row.dueDate,
    kind: isLevel ? "level" : "principal",
    plannedMinor: (isLevel ? row.amountMinor : row.principalMinor) ?? 0n,
    ...(row.interestMinor !== undefined ? { plannedInterestMinor: row.interestMinor } : {}),
    ...(row.feesMinor !== undefined ? { plannedFeesMinor: row.feesMinor } : {}),
    ...(row.isInterestDeferred !== undefined ? { isInterestDeferred: row.isInterestDeferred } : {}),
    ...(row.holidayInterest !== undefined ? { holidayInterest: row.holidayInterest } : {}),
  });
}

/** The remaining schedule: the list given, or re-derived from `remaining` (see `openingEvent`). */
function remainingSchedule(
  input: OpeningInput,
  loan: Loan,
  notDueMinor: bigint,
): Result<OpeningScheduledInstallment[]> {
  if (input.installments) {
    const rows: OpeningScheduledInstallment[] = [];
    for (const [k, row] of input.installments.entries()) {
      const parsed = listed(row, k);
      if (!parsed.ok) return parsed;
      rows.push(parsed.value);
    }
    return ok(rows);
  }
  if (!input.remaining) {
    if (input.nextDueDate === undefined) return ok([]);
    return fail("schedule_required", "give the remaining `installments` or `remaining`", ["installments"]);
  }
  if (input.nextDueDate === undefined)
    return fail("invalid_field", "`remaining` needs the nextDueDate", ["nextDueDate"]);
  return derivedSchedule(input, loan, input.nextDueDate, notDueMinor);
}

function derivedSchedule(
  input: OpeningInput,
  loan: Loan,
  next: LocalDate,
  notDueMinor: bigint,
): Result<OpeningScheduledInstallment[]> {
  const { terms } = loan;
  const n = input.remaining?.numberOfPayments ?? 0;
  if (n < 1) return fail("invalid_field", "at least one installment remains", ["remaining", "numberOfPayments"]);
  const isLevel = terms.amortization === "equal-installments" && terms.interestMethod !== "flat";
  if (!isLevel && terms.amortization !== "equal-principal")
    return fail("installments_required", `give the installments list for ${terms.amortization} loans`, [
      "installments",
    ]);
  const rate = toRateUnits(input.annualRatePercent ?? terms.annualRatePercent);
  const { mode, installmentMultipleMinor } = terms.rounding;
  const planned = isLevel
    ? (input.remaining?.installmentMinor ??
      levelInstallment(notDueMinor, rate, periodsPerYearRatio(terms.frequency), n, mode, installmentMultipleMinor))
    : divideRounded(notDueMinor, BigInt(n), "down");
  const start = input.gridStartDate ?? terms.firstPaymentDate;
  const k0 = gridIndexOf(loan, start, next);
  const anchor = k0 === undefined ? next : start;
  return ok(
    Array.from({ length: n }, (_, k) => ({
      dueDate: adjustedDueDate(terms, anchor, (k0 ?? 0) + k),
      kind: isLevel ? ("level" as const) : ("principal" as const),
      plannedMinor: planned,
      ...(terms.feesPerInstallmentMinor ? { plannedFeesMinor: terms.feesPerInstallmentMinor } : {}),
    })),
  );
}

function sum<T>(rows: ReadonlyArray<T>, amount: (row: T) => bigint): bigint {
  return rows.reduce((total, row) => total + amount(row), 0n);
}

/** The reported figures agree with the detail (given or derived). */
function checkFigures(input: OpeningInput, event: OpeningBalanceEvent): Result<true> {
  const interest =
    sum(event.due, (r) => r.interestMinor) + event.accruedInterestMinor + (event.deferredInterestMinor ?? 0n);
  if (event.accruedInterestMinor < 0n || interest !== input.interestMinor)
    return inconsistent("interestMinor", `the interest due, accrued and deferred come to ${interest}`);
  const fees = sum(event.charges, (c) => c.amountMinor);
  if (fees !== input.feesMinor) return inconsistent("feesMinor", `the charges come to ${fees}`);
  const overdue = event.due.find((row) => row.dueDate < input.asOf);
  const days = overdue === undefined ? 0 : daysBetween(overdue.dueDate, input.asOf);
  if (days !== input.daysPastDue)
    return inconsistent("daysPastDue", `the oldest installment past due makes ${days} days past due`);
  const next = event.schedule[0]?.dueDate;
  if (next !== input.nextDueDate)
    return inconsistent("nextDueDate", `the remaining schedule's first due date is ${next ?? "none"}`);
  return ok(true);
}
