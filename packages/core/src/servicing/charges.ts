import type { LocalDate } from "../calendar/index.js";
import { chargeLines } from "../ledger/index.js";
import { multiply, toInteger } from "../money/index.js";
import type { FeeRule, ServicingPolicy } from "./policy.js";
import { post, type Working } from "./working.js";

/** A fee by rule on a base amount, minor units. @example feeAmount({ type: "flat", amountMinor: 2_500n }, 90_000n) === 2_500n */
export function feeAmount(rule: FeeRule, baseMinor: bigint): bigint {
  if (rule.type === "flat") return rule.amountMinor;
  const exact = multiply({ units: baseMinor, scale: 0 }, rule.percent);
  let fee = toInteger({ units: exact.units, scale: exact.scale + 2 }, rule.rounding);
  if (rule.minMinor !== undefined && fee < rule.minMinor) fee = rule.minMinor;
  if (rule.maxMinor !== undefined && fee > rule.maxMinor) fee = rule.maxMinor;
  return fee;
}

/** Adds a charge that falls due on `date` and books it. */
export function addCharge(
  w: Working,
  charge: {
    id: string;
    kind: "fee" | "penalty";
    label: string;
    date: LocalDate;
    amountMinor: bigint;
    installmentNumber?: number;
  },
): void {
  if (charge.amountMinor <= 0n) return;
  w.charges.push({
    id: charge.id,
    kind: charge.kind,
    label: charge.label,
    dueDate: charge.date,
    ...(charge.installmentNumber === undefined ? {} : { installmentNumber: charge.installmentNumber }),
    amountMinor: charge.amountMinor,
    paidMinor: 0n,
    waivedMinor: 0n,
  });
  post(
    w,
    charge.date,
    charge.id,
    charge.label,
    chargeLines(charge.kind, charge.amountMinor, w.loan.policy.accountingBasis),
  );
}

/**
 * The prepayment fee on `prepaidMinor` of principal repaid ahead of schedule (principal not yet
 * due), by the policy's rule: flat, or a percent of the prepaid amount or of the principal not yet
 * due before the prepayment (`outstandingMinor`), with its caps. 0 without a rule or a prepayment.
 */
export function prepaymentFeeMinor(policy: ServicingPolicy, prepaidMinor: bigint, outstandingMinor: bigint): bigint {
  const fee = policy.prepaymentFee;
  if (!fee || prepaidMinor <= 0n) return 0n;
  return feeAmount(fee.rule, fee.base === "prepaid-amount" ? prepaidMinor : outstandingMinor);
}
