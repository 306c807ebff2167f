import { getCurrency } from "../money/index.js";
import { duplicateIndexes, type IssueSink } from "./issues.js";
import type { ProductDefinition } from "./schema.js";
import { allocationBuckets } from "./vocabulary.js";

// Cross-field checks on the repayment structure, the allocation waterfall, rounding and delinquency.

type Sections = Partial<ProductDefinition>;

/** Default frequency among the allowed ones, none listed twice. */
export function checkRepayment(repayment: ProductDefinition["repayment"], report: IssueSink): void {
  for (const index of duplicateIndexes(repayment.allowedFrequencies)) {
    report(["repayment", "allowedFrequencies", index], "duplicate_value", "frequency listed twice");
  }
  if (!repayment.allowedFrequencies.includes(repayment.defaultFrequency)) {
    report(
      ["repayment", "defaultFrequency"],
      "default_frequency_not_allowed",
      `${repayment.defaultFrequency} is not in repayment.allowedFrequencies`,
    );
  }
}

/**
 * Flat interest is defined as interest on the original principal with the principal repaid in equal
 * parts, so it only pairs with equal installments.
 */
export function checkCombination(sections: Sections, report: IssueSink): void {
  const { interestMethod, amortization } = sections;
  if (interestMethod !== "flat" || amortization === undefined || amortization === "equal-installments") return;
  const why =
    amortization === "equal-principal"
      ? "flat interest already repays principal in equal parts with a level installment; equal-principal adds nothing and would be read two ways"
      : "interest-only with flat interest equals declining-balance interest-only, since the principal never declines; use declining-balance";
  report(
    ["amortization"],
    "unsupported_combination",
    `flat interest with ${amortization} amortization is not supported: ${why}`,
  );
}

/** Grace periods leave at least one full installment; interest grace lies within principal grace (as schedule/terms.ts requires). */
export function checkGrace(sections: Sections, report: IssueSink): void {
  const { grace, termLimits } = sections;
  if (!grace) return;
  if (grace.interestPeriods > grace.principalPeriods) {
    report(
      ["grace", "interestPeriods"],
      "interest_grace_exceeds_principal_grace",
      "an installment without interest must also be without principal: interestPeriods may not exceed principalPeriods",
    );
  }
  if (!termLimits) return;
  for (const key of ["principalPeriods", "interestPeriods"] as const) {
    if (grace[key] >= termLimits.minPayments) {
      report(
        ["grace", key],
        "grace_exceeds_term",
        `grace.${key} (${grace[key]}) must be less than termLimits.minPayments (${termLimits.minPayments})`,
      );
    }
  }
}

/** The waterfall names each of penalties, fees, interest and principal exactly once. */
export function checkAllocation(allocation: ProductDefinition["paymentAllocation"], report: IssueSink): void {
  for (const index of duplicateIndexes(allocation.order)) {
    report(["paymentAllocation", "order", index], "duplicate_value", `${allocation.order[index]} is listed twice`);
  }
  const missing = allocationBuckets.filter((bucket) => !allocation.order.includes(bucket));
  if (missing.length > 0) {
    report(["paymentAllocation", "order"], "invalid_allocation_order", `order is missing ${missing.join(", ")}`);
  }
}

/**
 * `decimalPlaces` may not exceed a currency's minor-unit digits, and the installment multiple must be a
 * whole number of the rounding step (10^(digits − decimalPlaces) minor units).
 */
export function checkRounding(sections: Sections, report: IssueSink): void {
  const { rounding, currencies } = sections;
  if (!rounding || !currencies || rounding.decimalPlaces === undefined) return;
  for (const code of new Set(currencies.allowed)) {
    const currency = getCurrency(code);
    if (!currency.ok) continue; // reported by checkCurrencies
    const spareDigits = currency.value.exponent - rounding.decimalPlaces;
    if (spareDigits < 0) {
      report(
        ["rounding", "decimalPlaces"],
        "decimal_places_exceed_currency",
        `${code} has ${currency.value.exponent} minor-unit digits; decimalPlaces ${rounding.decimalPlaces} is more`,
      );
    } else if (rounding.installmentMultiple % 10 ** spareDigits !== 0) {
      report(
        ["rounding", "installmentMultiple"],
        "inconsistent_rounding",
        `with ${rounding.decimalPlaces} decimal places in ${code}, installmentMultiple must be a multiple of ${10 ** spareDigits}`,
      );
    }
  }
}

/** Buckets start at 0 days, follow each other without gap or overlap, and only the last is open. */
export function checkDelinquency(delinquency: ProductDefinition["delinquency"], report: IssueSink): void {
  const { buckets } = delinquency;
  for (const index of duplicateIndexes(buckets.map((bucket) => bucket.name))) {
    report(["delinquency", "buckets", index, "name"], "duplicate_value", "bucket name used twice");
  }
  if (buckets[0] && buckets[0].minDaysPastDue !== 0) {
    report(
      ["delinquency", "buckets", 0, "minDaysPastDue"],
      "delinquency_gap",
      "the first bucket must start at 0 days past due",
    );
  }
  buckets.forEach((bucket, index) => {
    const path = ["delinquency", "buckets", index];
    const max = bucket.maxDaysPastDue;
    if (max !== undefined && max < bucket.minDaysPastDue) {
      report(
        [...path, "minDaysPastDue"],
        "min_exceeds_max",
        `bucket ${bucket.name}: minDaysPastDue exceeds maxDaysPastDue`,
      );
    }
    const next = buckets[index + 1];
    if (max === undefined) {
      if (next)
        report([...path, "maxDaysPastDue"], "delinquency_open_bucket", "only the last bucket may omit maxDaysPastDue");
      return;
    }
    if (!next) {
      report(
        [...path, "maxDaysPastDue"],
        "delinquency_last_bucket_closed",
        "the last bucket must be open (omit maxDaysPastDue)",
      );
    } else if (next.minDaysPastDue > max + 1) {
      report(
        [...path.slice(0, 2), index + 1, "minDaysPastDue"],
        "delinquency_gap",
        `days ${max + 1}..${next.minDaysPastDue - 1} fall in no bucket`,
      );
    } else if (next.minDaysPastDue <= max) {
      report(
        [...path.slice(0, 2), index + 1, "minDaysPastDue"],
        "delinquency_overlap",
        `bucket ${next.name} overlaps ${bucket.name}`,
      );
    }
  });
}
