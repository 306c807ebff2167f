import type { AccountingBasis } from "./accounts.js";
import { credit, debit, type JournalLine } from "./journal-entry.js";

/**
 * The posting rules: which accounts each servicing movement hits on each accounting basis. All
 * amounts are minor units (>= 0). On the accrual basis income is earned as interest accrues and
 * fees are charged, and cash settles receivables; on the cash basis receivables exist only for
 * principal, and income is credited straight from the cash received.
 */

/**
 * The parts of a receipt, minor units each. `creditMinor` is the part held for the borrower.
 *
 * @example
 * const parts: ReceiptParts = { principalMinor: 900n, interestMinor: 80n, feesMinor: 20n, penaltiesMinor: 0n, creditMinor: 0n };
 */
export interface ReceiptParts {
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly penaltiesMinor: bigint;
  readonly creditMinor: bigint;
}

/**
 * Funds leave the bank and become principal owed. Fees withheld from the proceeds
 * (`deductedFeesMinor`, default 0) are not paid out: cash is credited with the net proceeds and the
 * fee is recognized as fee income at once, on either basis (it is settled in cash at disbursement).
 * Deferring it over the loan's life as a yield adjustment (ASC 310-20, IFRS 9 effective interest)
 * is not modeled.
 *
 * @example disbursementLines(1_000_000n, 50_000n) // Dr principal_receivable 1,000,000; Cr cash 950,000; Cr fee_income 50,000
 */
export function disbursementLines(amountMinor: bigint, deductedFeesMinor = 0n): JournalLine[] {
  return [
    debit("principal_receivable", amountMinor),
    credit("cash", amountMinor - deductedFeesMinor),
    credit("fee_income", deductedFeesMinor),
  ];
}

/**
 * A fee the borrower pays in cash at closing (a prepaid origination fee): recognized as fee income
 * at once, on either basis, as for a deducted fee.
 *
 * @example prepaidFeeLines(200_000n) // Dr cash 200,000; Cr fee_income 200,000
 */
export function prepaidFeeLines(amountMinor: bigint): JournalLine[] {
  return [debit("cash", amountMinor), credit("fee_income", amountMinor)];
}

/**
 * Interest earned (accrual basis only; the cash basis books nothing until it is paid).
 *
 * @example accrualLines(412n, "accrual") // Dr interest_receivable 412, Cr interest_income 412
 */
export function accrualLines(amountMinor: bigint, basis: AccountingBasis): JournalLine[] {
  if (basis === "cash") return [];
  return [debit("interest_receivable", amountMinor), credit("interest_income", amountMinor)];
}

/**
 * A fee or penalty charged (accrual basis only).
 *
 * @example chargeLines("fee", 2500n, "accrual")
 */
export function chargeLines(kind: "fee" | "penalty", amountMinor: bigint, basis: AccountingBasis): JournalLine[] {
  if (basis === "cash") return [];
  return kind === "fee"
    ? [debit("fee_receivable", amountMinor), credit("fee_income", amountMinor)]
    : [debit("penalty_receivable", amountMinor), credit("penalty_income", amountMinor)];
}

/**
 * A fee or penalty forgiven: the charge posting undone (accrual basis only).
 *
 * @example waiverLines("fee", 1000n, "accrual") // Dr fee_income, Cr fee_receivable
 */
export function waiverLines(kind: "fee" | "penalty", amountMinor: bigint, basis: AccountingBasis): JournalLine[] {
  return chargeLines(kind, amountMinor, basis).map((line) => ({
    account: line.account,
    debitMinor: line.creditMinor,
    creditMinor: line.debitMinor,
  }));
}

/**
 * Cash received and where it went. The part kept as a credit balance goes to suspense; `fromCredit`
 * marks an application of an existing credit balance (suspense is debited instead of cash).
 *
 * @example receiptLines({ principalMinor: 900n, interestMinor: 100n, feesMinor: 0n, penaltiesMinor: 0n, creditMinor: 0n }, "accrual")
 */
export function receiptLines(parts: ReceiptParts, basis: AccountingBasis, fromCredit = false): JournalLine[] {
  const total = parts.principalMinor + parts.interestMinor + parts.feesMinor + parts.penaltiesMinor + parts.creditMinor;
  const accrual = basis === "accrual";
  return [
    debit(fromCredit ? "suspense_liability" : "cash", total),
    credit("principal_receivable", parts.principalMinor),
    credit(accrual ? "interest_receivable" : "interest_income", parts.interestMinor),
    credit(accrual ? "fee_receivable" : "fee_income", parts.feesMinor),
    credit(accrual ? "penalty_receivable" : "penalty_income", parts.penaltiesMinor),
    credit("suspense_liability", parts.creditMinor),
  ];
}

/** A credit balance paid back to the borrower. @example refundLines(1500n) */
export function refundLines(amountMinor: bigint): JournalLine[] {
  return [debit("suspense_liability", amountMinor), credit("cash", amountMinor)];
}

/**
 * Accrued interest added to principal (a capitalizing payment holiday): on the accrual basis the
 * interest receivable becomes principal; on the cash basis the interest is recognized as income
 * now, since principal receivable grows by it.
 *
 * @example capitalizationLines(650n, "accrual")
 */
export function capitalizationLines(amountMinor: bigint, basis: AccountingBasis): JournalLine[] {
  return [
    debit("principal_receivable", amountMinor),
    credit(basis === "accrual" ? "interest_receivable" : "interest_income", amountMinor),
  ];
}

/**
 * Arrears capitalized by a restructure: overdue interest, fees and penalties become principal. On
 * the accrual basis the receivables become principal receivable; on the cash basis (where they were
 * never booked) the income is recognized now, since principal receivable grows by it, as for
 * `capitalizationLines`.
 *
 * @example arrearsCapitalizationLines({ interestMinor: 3100n, feesMinor: 0n, penaltiesMinor: 2500n }, "accrual")
 */
export function arrearsCapitalizationLines(
  parts: { readonly interestMinor: bigint; readonly feesMinor: bigint; readonly penaltiesMinor: bigint },
  basis: AccountingBasis,
): JournalLine[] {
  const accrual = basis === "accrual";
  return [
    debit("principal_receivable", parts.interestMinor + parts.feesMinor + parts.penaltiesMinor),
    credit(accrual ? "interest_receivable" : "interest_income", parts.interestMinor),
    credit(accrual ? "fee_receivable" : "fee_income", parts.feesMinor),
    credit(accrual ? "penalty_receivable" : "penalty_income", parts.penaltiesMinor),
  ];
}

/**
 * A charge-off (or a write-off not preceded by one): a loss provision is raised and the
 * receivables are released against it, leaving nothing on the books. On the cash basis only
 * principal is on the books.
 *
 * @example chargeOffLines({ principalMinor: 5000n, interestMinor: 40n, feesMinor: 0n, penaltiesMinor: 0n, creditMinor: 0n }, "accrual")
 */
export function chargeOffLines(parts: ReceiptParts, basis: AccountingBasis): JournalLine[] {
  const accrual = basis === "accrual";
  const interest = accrual ? parts.interestMinor : 0n;
  const fees = accrual ? parts.feesMinor : 0n;
  const penalties = accrual ? parts.penaltiesMinor : 0n;
  const total = parts.principalMinor + interest + fees + penalties;
  return [
    debit("charge_off_expense", total),
    credit("allowance_for_loan_losses", total),
    debit("allowance_for_loan_losses", total),
    credit("principal_receivable", parts.principalMinor),
    credit("interest_receivable", interest),
    credit("fee_receivable", fees),
    credit("penalty_receivable", penalties),
  ];
}

/**
 * The balance a settlement forgives (the borrower paid the agreed lesser amount): the receivables
 * still on the books leave against the credit-loss expense directly, with no allowance step (the
 * loss is known on the day). On the cash basis only principal is on the books, so only principal
 * is forgiven there.
 *
 * @example forgivenessLines({ principalMinor: 5000n, interestMinor: 40n, feesMinor: 0n, penaltiesMinor: 0n, creditMinor: 0n }, "accrual")
 * // Dr charge_off_expense 5,040; Cr principal_receivable 5,000; Cr interest_receivable 40
 */
export function forgivenessLines(parts: ReceiptParts, basis: AccountingBasis): JournalLine[] {
  const accrual = basis === "accrual";
  const interest = accrual ? parts.interestMinor : 0n;
  const fees = accrual ? parts.feesMinor : 0n;
  const penalties = accrual ? parts.penaltiesMinor : 0n;
  return [
    debit("charge_off_expense", parts.principalMinor + interest + fees + penalties),
    credit("principal_receivable", parts.principalMinor),
    credit("interest_receivable", interest),
    credit("fee_receivable", fees),
    credit("penalty_receivable", penalties),
  ];
}

/** Cash collected on a charged-off loan. @example recoveryLines(2000n) */
export function recoveryLines(amountMinor: bigint): JournalLine[] {
  return [debit("cash", amountMinor), credit("recoveries_income", amountMinor)];
}

/**
 * A loan boarded from opening balances (a migration): its receivables come onto the books against
 * the funding account, as a disbursement's principal does; a credit balance held for the borrower
 * is moved into suspense the same way. On the cash basis only principal is on the books.
 *
 * @example openingLines({ principalMinor: 900n, interestMinor: 12n, feesMinor: 0n, penaltiesMinor: 25n, creditMinor: 0n }, "accrual")
 */
export function openingLines(parts: ReceiptParts, basis: AccountingBasis): JournalLine[] {
  const accrual = basis === "accrual";
  const interest = accrual ? parts.interestMinor : 0n;
  const fees = accrual ? parts.feesMinor : 0n;
  const penalties = accrual ? parts.penaltiesMinor : 0n;
  return [
    debit("principal_receivable", parts.principalMinor),
    debit("interest_receivable", interest),
    debit("fee_receivable", fees),
    debit("penalty_receivable", penalties),
    credit("cash", parts.principalMinor + interest + fees + penalties),
    debit("cash", parts.creditMinor),
    credit("suspense_liability", parts.creditMinor),
  ];
}
