import { fail, ok, type Result } from "../errors/index.js";
import type { AccountingBasis } from "../ledger/index.js";
import { parseDecimal } from "../money/index.js";
import { type Fee, type FeeName, feeBasesByFee, type ProductDefinition } from "../products/index.js";
import { toRateUnits } from "./accrual.js";
import type { FeeRule, ServicingPolicy } from "./policy.js";

/** Converts a product fee; servicing honors the percent bases `feeBasesByFee` allows for it. */
function feeRule(fee: Fee, product: ProductDefinition, name: FeeName): Result<FeeRule> {
  const path = ["fees", name];
  if (fee.type === "flat") return ok({ type: "flat", amountMinor: BigInt(fee.amount) });
  if (!(feeBasesByFee[name] as ReadonlyArray<string>).includes(fee.base)) {
    return fail("unsupported_product", `servicing cannot charge this fee as a percent of ${fee.base}`, [
      ...path,
      "base",
    ]);
  }
  const percent = parseDecimal(fee.percent, [...path, "percent"]);
  if (!percent.ok) return percent;
  return ok({
    type: "percent",
    percent: percent.value,
    rounding: product.rounding.mode,
    ...(fee.min === undefined ? {} : { minMinor: BigInt(fee.min) }),
    ...(fee.max === undefined ? {} : { maxMinor: BigInt(fee.max) }),
  });
}

/**
 * The servicing policy of a product definition: its allocation waterfall and strategy, overpayment
 * and prepayment rules, late fee (flat, or a percent of the late installment's unpaid amount:
 * product base `overdue-amount` or `installment`) after the late-payment grace days, NSF fee (flat,
 * or a percent of the returned payment: base `installment`), delinquency buckets and
 * non-performing threshold. The accounting basis is the lender's, not the product's. Fails with
 * `unsupported_product` for a percent base servicing cannot honor. Penalty interest
 * (`latePayment.penaltyRatePercent`, from the late-payment grace days past due) and the prepayment fee
 * (flat, or a percent of the `prepaid-amount` or the `outstanding-principal` before it) are mapped too.
 *
 * @example
 * const policy = unwrap(policyFromProduct(demoProducts[0]!, "accrual"));
 */
export function policyFromProduct(
  product: ProductDefinition,
  accountingBasis: AccountingBasis,
): Result<ServicingPolicy> {
  const late = product.fees.late ? feeRule(product.fees.late, product, "late") : undefined;
  if (late && !late.ok) return late;
  const nsf = product.fees.nsf ? feeRule(product.fees.nsf, product, "nsf") : undefined;
  if (nsf && !nsf.ok) return nsf;
  const prepaymentFee = product.fees.prepayment;
  const prepayment = prepaymentFee ? feeRule(prepaymentFee, product, "prepayment") : undefined;
  if (prepayment && !prepayment.ok) return prepayment;
  const penaltyPercent = product.latePayment.penaltyRatePercent;
  const penaltyRate =
    penaltyPercent === undefined ? undefined : parseDecimal(penaltyPercent, ["latePayment", "penaltyRatePercent"]);
  if (penaltyRate && !penaltyRate.ok) return penaltyRate;
  return ok({
    waterfall: [...product.paymentAllocation.order],
    allocation: product.paymentAllocation.strategy,
    overpayment: product.overpayment,
    maxCreditBalanceMinor: BigInt(product.maxCreditBalance),
    prepayment: product.prepayment,
    ...(product.prepaymentChoices === undefined ? {} : { prepaymentChoices: [...product.prepaymentChoices] }),
    ...(product.payoffInterest === undefined ? {} : { payoffInterest: product.payoffInterest }),
    ...(product.rounding.interestRounding === undefined ? {} : { interestRounding: product.rounding.interestRounding }),
    ...(product.flatReschedule === undefined ? {} : { flatReschedule: product.flatReschedule }),
    ...(product.productType === "mortgage" ? { statementFormat: "mortgage" as const } : {}),
    ...(late ? { lateFee: lateFeePolicy(late.value, product) } : {}),
    ...(nsf ? { nsfFee: nsf.value } : {}),
    ...(prepayment && prepaymentFee
      ? {
          prepaymentFee: {
            rule: prepayment.value,
            base:
              prepaymentFee.type === "percent" && prepaymentFee.base === "outstanding-principal"
                ? ("outstanding-principal" as const)
                : ("prepaid-amount" as const),
          },
        }
      : {}),
    ...(penaltyRate && penaltyRate.value.units > 0n
      ? { penaltyInterest: { rateUnits: toRateUnits(penaltyRate.value), graceDays: product.latePayment.graceDays } }
      : {}),
    delinquencyBuckets: product.delinquency.buckets.map((bucket) => ({
      name: bucket.name,
      minDaysPastDue: bucket.minDaysPastDue,
      ...(bucket.maxDaysPastDue === undefined ? {} : { maxDaysPastDue: bucket.maxDaysPastDue }),
    })),
    nonPerformingAfterDays: product.delinquency.nonPerformingAfterDays,
    accountingBasis,
  });
}

/** The late fee's servicing policy: its rule, the grace days, and the product's base and assessment day if set. */
function lateFeePolicy(rule: FeeRule, product: ProductDefinition): NonNullable<ServicingPolicy["lateFee"]> {
  const { graceDays, lateFeeBase, lateFeeAssessment } = product.latePayment;
  return {
    rule,
    graceDays,
    ...(lateFeeBase === undefined ? {} : { base: lateFeeBase }),
    ...(lateFeeAssessment === undefined ? {} : { assessment: lateFeeAssessment }),
  };
}
