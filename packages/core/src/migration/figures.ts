import { daysBetween, type LocalDate } from "../calendar/index.js";
import { ok, type Result } from "../errors/index.js";
import { closeDay, type Loan, type LoanEvent, type LoanState, payoffOf, replay } from "../servicing/index.js";
import type { SourceFigures } from "./row.js";

/**
 * Lendstack's figures for a loan as of a date, in the shape of `SourceFigures` with every figure set
 * (the next installment is absent once nothing more falls due).
 *
 * @example const figures = unwrap(loanFigures(loan, events, date("2026-07-01"))); figures.payoffMinor
 */
export interface LoanFigures {
  readonly asOf: LocalDate;
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly payoffMinor: bigint;
  readonly daysPastDue: number;
  readonly nextInstallmentDate?: LocalDate;
  readonly nextInstallmentMinor?: bigint;
}

/** The figures of a replayed state; `payoffMinor` is the payoff quote for its date. */
export function figuresOf(state: LoanState, payoffMinor: bigint): LoanFigures {
  const { outstanding } = state;
  return {
    asOf: state.asOf,
    principalMinor: outstanding.principalMinor,
    interestMinor: outstanding.interestMinor + state.accruedInterestMinor + state.deferredInterestMinor,
    feesMinor: outstanding.feesMinor + outstanding.penaltiesMinor,
    payoffMinor,
    daysPastDue: state.daysPastDue,
    ...(state.nextDue
      ? { nextInstallmentDate: state.nextDue.date, nextInstallmentMinor: state.nextDue.amountMinor }
      : {}),
  };
}

/**
 * Replays the loan to `asOf` once and takes its figures (the payoff as `quotePayoff` prices it; nothing
 * to pay off on a charged-off loan). Fails with the replay's own error.
 *
 * @example loanFigures(loan, events, date("2026-07-01"))
 */
export function loanFigures(loan: Loan, events: ReadonlyArray<LoanEvent>, asOf: LocalDate): Result<LoanFigures> {
  const replayed = replay(loan, events, asOf);
  if (!replayed.ok) return replayed;
  const state = replayed.value;
  if (state.status === "charged-off" || state.status === "written-off") return ok(figuresOf(state, 0n));
  const payoffMinor = payoffOf(state).amountMinor;
  if (loan.policy.payoffInterest !== "to-period-end") return ok(figuresOf(state, payoffMinor));
  return ok(figuresOf(state, payoffMinor + periodEndInterestMinor(state)));
}

/**
 * What `quotePayoff` adds under `payoffInterest: "to-period-end"`: the current period's interest to its
 * due date beyond what has accrued. `closeDay` from the state replayed to `asOf` equals the replay of the
 * events known on `asOf` to the due date, which is what `quotePayoff` does, without replaying again.
 */
function periodEndInterestMinor(state: LoanState): bigint {
  const current = state.installments.find((i) => !i.hasFallenDue && !i.isSkipped && i.dueDate > state.asOf);
  if (current === undefined || state.principalBalanceMinor === 0n) return 0n;
  const end = closeDay(state, current.dueDate);
  const interestAt = (s: LoanState) => s.outstanding.interestMinor + s.accruedInterestMinor + s.deferredInterestMinor;
  return interestAt(end) - interestAt(state);
}

/** The figures compared, in the order a reconciliation reports the first difference. */
export const figureNames = [
  "principalMinor",
  "interestMinor",
  "feesMinor",
  "payoffMinor",
  "daysPastDue",
  "nextInstallmentDate",
  "nextInstallmentMinor",
] as const;

/** One of `figureNames`. @example const figure: FigureName = "payoffMinor"; */
export type FigureName = (typeof figureNames)[number];

/**
 * A figure that differs: the source's (`expected`) and Lendstack's (`actual`) as text (minor units,
 * days, or a date), and `difference` = actual − expected (minor units, days; for a date the days
 * between; a figure one side lacks has no difference).
 *
 * @example { figure: "interestMinor", expected: "1234", actual: "1236", difference: "2" }
 */
export interface FigureDifference {
  readonly figure: FigureName;
  readonly expected: string;
  readonly actual: string;
  readonly difference?: string;
}

function differenceOf(figure: FigureName, expected: unknown, actual: unknown): FigureDifference {
  const text = (value: unknown) => (value === undefined ? "none" : String(value));
  const base = { figure, expected: text(expected), actual: text(actual) };
  if (expected === undefined || actual === undefined) return base;
  if (figure === "nextInstallmentDate") {
    return { ...base, difference: String(daysBetween(expected as LocalDate, actual as LocalDate)) };
  }
  if (figure === "daysPastDue") return { ...base, difference: String((actual as number) - (expected as number)) };
  return { ...base, difference: String((actual as bigint) - (expected as bigint)) };
}

/**
 * The first figure the source gave that Lendstack's differs from, in `figureNames` order, or
 * undefined when every given figure matches to the cent.
 *
 * @example firstDifference(row.sourceFigures, figures)?.figure
 */
export function firstDifference(source: SourceFigures, actual: LoanFigures): FigureDifference | undefined {
  for (const figure of figureNames) {
    const expected = source[figure];
    if (expected === undefined) continue;
    if (expected !== actual[figure]) return differenceOf(figure, expected, actual[figure]);
  }
  return undefined;
}
