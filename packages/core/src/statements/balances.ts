import type { LoanState } from "../servicing/index.js";
import type { StatementBalances } from "./model.js";

/**
 * Balances from parts, the total derived: principal + interest + fees − unapplied.
 *
 * @example balances(100n, 5n, 0n, 0n).totalMinor === 105n
 */
export function balances(
  principalMinor: bigint,
  interestMinor: bigint,
  feesMinor: bigint,
  unappliedMinor: bigint,
): StatementBalances {
  return {
    principalMinor,
    interestMinor,
    feesMinor,
    unappliedMinor,
    totalMinor: principalMinor + interestMinor + feesMinor - unappliedMinor,
  };
}

/** Nothing owed, nothing held. @example zeroBalances.totalMinor === 0n */
export const zeroBalances: StatementBalances = balances(0n, 0n, 0n, 0n);

/** a + b, bucket by bucket. @example addBalances(a, b).totalMinor === a.totalMinor + b.totalMinor */
export function addBalances(a: StatementBalances, b: StatementBalances): StatementBalances {
  return balances(
    a.principalMinor + b.principalMinor,
    a.interestMinor + b.interestMinor,
    a.feesMinor + b.feesMinor,
    a.unappliedMinor + b.unappliedMinor,
  );
}

/** a − b, bucket by bucket. @example subtractBalances(a, a) equals zeroBalances */
export function subtractBalances(a: StatementBalances, b: StatementBalances): StatementBalances {
  return balances(
    a.principalMinor - b.principalMinor,
    a.interestMinor - b.interestMinor,
    a.feesMinor - b.feesMinor,
    a.unappliedMinor - b.unappliedMinor,
  );
}

/** Whether every bucket is zero. @example isZero(zeroBalances) */
export function isZero(b: StatementBalances): boolean {
  return b.principalMinor === 0n && b.interestMinor === 0n && b.feesMinor === 0n && b.unappliedMinor === 0n;
}

/**
 * What the borrower owes at the end of the state's day, from the replayed state: principal on the
 * books, interest due plus accrued plus deferred, fees and penalties charged and unpaid (penalty
 * interest accrued but not yet charged is not owed yet), and the credit balance. A loan off the books
 * (charged off, written off) owes nothing on a statement.
 *
 * @example balancesOf(unwrap(replay(loan, events, date("2026-03-01")))).totalMinor
 */
export function balancesOf(state: LoanState): StatementBalances {
  if (state.status === "charged-off" || state.status === "written-off") return zeroBalances;
  const { outstanding } = state;
  return balances(
    outstanding.principalMinor,
    outstanding.interestMinor + state.accruedInterestMinor + state.deferredInterestMinor,
    outstanding.feesMinor + outstanding.penaltiesMinor,
    state.creditBalanceMinor,
  );
}
