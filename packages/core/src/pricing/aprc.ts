import { daysInMonth, isLeapYear, minDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, decimal } from "../money/index.js";
import { type CashFlow, checkCashFlows } from "./apr.js";
import { dateNumbers, monthsAndDays } from "./unit-period.js";

/** Input of `computeAprc`: drawdowns and every payment by the consumer (costs included). */
export interface AprcInput {
  readonly drawdowns: ReadonlyArray<CashFlow>;
  readonly payments: ReadonlyArray<CashFlow>;
}

/** Does the year ending on (year, month, day) contain a 29 February? */
function yearBackHasLeapDay(year: number, month: number, day: number): boolean {
  // The year (y−1, m, d] contains 29 Feb of y if (m, d) is on/after 29 Feb, or of y − 1 if before 1 March.
  const afterFeb = month > 2 || (month === 2 && day === 29);
  return afterFeb ? isLeapYear(year) : isLeapYear(year - 1);
}

/**
 * Years from `start` to `end` per Annex I remark (c): whole months counted back from `end`, as twelfths, plus the
 * leftover days at the start over the length (365 or 366) of the year counted back from the end of those days.
 */
function yearsBetween(start: CashFlow["date"], end: CashFlow["date"]): number {
  const from = dateNumbers(start);
  const to = dateNumbers(end);
  const { months, days } = monthsAndDays(from, to);
  if (days === 0) return months / 12;
  const index = to.year * 12 + (to.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const anchor = to.day === daysInMonth(to.year, to.month) ? 31 : to.day;
  const day = Math.min(anchor, daysInMonth(year, month));
  return months / 12 + days / (yearBackHasLeapDay(year, month, day) ? 366 : 365);
}

/**
 * The EU annual percentage rate of charge: the effective annual rate X solving
 * Σ C_k (1 + X)^−t_k = Σ D_l (1 + X)^−s_l, times in years from the first drawdown (months as twelfths, odd days over
 * 365 or 366). Fractional powers have no exact rational form, so X is found by Newton's method in double precision
 * (relative error about 1e-12) and returned in percent to 6 decimals; the Directive asks for at least one.
 *
 * @see Directive 2008/48/EC Annex I (equation and remark (c)); Commission guidelines SWD(2012) 128 § 4.1.1
 * @example computeAprc({ drawdowns: [{ amountMinor: 1_000_000n, date }], payments }) // 12.7 % for 60 × £222.44
 */
export function computeAprc(input: AprcInput): Result<{ readonly aprcPercent: Decimal }> {
  const checked = checkCashFlows(input.drawdowns, "drawdowns");
  if (!checked.ok) return checked;
  const checkedPayments = checkCashFlows(input.payments, "payments");
  if (!checkedPayments.ok) return checkedPayments;
  if (input.drawdowns.length === 0 || input.payments.length === 0) {
    return fail("invalid_term", "at least one drawdown and one payment are needed", ["payments"]);
  }
  const start = input.drawdowns.reduce((first, d) => minDate(first, d.date), input.drawdowns[0]!.date);
  const flows = [
    ...input.drawdowns.map((d) => ({ amount: -Number(d.amountMinor), years: yearsBetween(start, d.date) })),
    ...input.payments.map((p) => ({ amount: Number(p.amountMinor), years: yearsBetween(start, p.date) })),
  ];
  if (flows.some((f) => f.years < 0))
    return fail("first_payment_before_disbursement", "a payment precedes the first drawdown");
  let x = 0.1;
  for (let step = 0; step < 200; step++) {
    let value = 0;
    let slope = 0;
    for (const { amount, years } of flows) {
      const discount = (1 + x) ** -years;
      value += amount * discount;
      slope -= (amount * years * discount) / (1 + x);
    }
    const next = slope === 0 ? x : Math.max(x - value / slope, (x - 1) / 2);
    if (Math.abs(next - x) < 1e-15) break;
    x = next;
  }
  if (!Number.isFinite(x)) return fail("apr_not_computable", "the APRC equation has no solution");
  return ok({ aprcPercent: decimal(BigInt(Math.round(x * 1e8)), 6) });
}
