import { addDays, type LocalDate } from "../calendar/index.js";
import type { Result } from "../errors/index.js";
import { ok } from "../errors/index.js";
import { type Loan, type LoanEvent, type LoanState, replay } from "../servicing/index.js";
import { addBalances, balances, balancesOf, isZero, subtractBalances, zeroBalances } from "./balances.js";
import { describeLine, feesCapitalized, transactionLines } from "./lines.js";
import type { StatementBalances, StatementLine } from "./model.js";

/** What happened between two dates: balances at both ends and the lines that take one to the other. */
export interface PeriodActivity {
  readonly opening: StatementBalances;
  readonly closing: StatementBalances;
  readonly closingState: LoanState;
  readonly lines: ReadonlyArray<StatementLine>;
  readonly interestChargedMinor: bigint;
  readonly feesChargedMinor: bigint;
}

const FEE_LINES = new Set(["fee", "late-fee", "nsf-fee", "penalty-interest", "prepayment-fee", "installment-fee"]);

function sumChanges(lines: ReadonlyArray<StatementLine>): StatementBalances {
  return lines.reduce((sum, line) => addBalances(sum, line.change), zeroBalances);
}

/** The state at the end of `day`, or before anything happened when `day` is before the first disbursement. */
function stateAt(loan: Loan, events: ReadonlyArray<LoanEvent>, day: LocalDate): Result<LoanState> {
  return replay(loan, events, day);
}

/**
 * The activity of the days after `after` through `through`: transactions as lines, then the period's
 * interest as one line on `through` (interest is owed as it accrues; the line is what the interest
 * balance grew by beyond what the transactions moved), then an `adjustment` line for any other
 * difference (earlier activity recomputed: a reversal replays the loan as if its payment never
 * arrived, a back-dated event changes an earlier period). `opening` overrides the balances at `after`
 * (the previous statement's closing balances, as issued); the difference goes to the adjustment too.
 * Closing = opening + the lines' changes, bucket by bucket, always.
 *
 * @example
 * const activity = unwrap(periodActivity(loan, events, date("2026-01-31"), date("2026-02-28")));
 */
export function periodActivity(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  after: LocalDate,
  through: LocalDate,
  options: { readonly opening?: StatementBalances; readonly closingState?: LoanState } = {},
): Result<PeriodActivity> {
  const before = stateAt(loan, events, after);
  if (!before.ok) return before;
  let closingState = options.closingState;
  if (closingState === undefined) {
    const after = stateAt(loan, events, through);
    if (!after.ok) return after;
    closingState = after.value;
  }
  const recomputedOpening = balancesOf(before.value);
  const opening = options.opening ?? recomputedOpening;
  const closing = balancesOf(closingState);
  const lines = transactionLines(closingState, events, after, through, feesCapitalized(before.value));
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const moved = sumChanges(lines);
  const interestMinor = closing.interestMinor - recomputedOpening.interestMinor - moved.interestMinor;
  if (interestMinor !== 0n) {
    lines.push({
      id: `interest:${through}`,
      date: through,
      type: "interest",
      description: describeLine("interest"),
      amountMinor: interestMinor < 0n ? -interestMinor : interestMinor,
      change: balances(0n, interestMinor, 0n, 0n),
    });
  }
  const residual = subtractBalances(subtractBalances(closing, opening), sumChanges(lines));
  if (!isZero(residual)) {
    lines.unshift({
      id: `adjustment:${through}`,
      date: addDays(after, 1),
      type: "adjustment",
      description: describeLine("adjustment"),
      amountMinor: residual.totalMinor < 0n ? -residual.totalMinor : residual.totalMinor,
      change: residual,
    });
  }
  let feesChargedMinor = 0n;
  for (const line of lines) if (FEE_LINES.has(line.type)) feesChargedMinor += line.change.feesMinor;
  return ok({ opening, closing, closingState, lines, interestChargedMinor: interestMinor, feesChargedMinor });
}
