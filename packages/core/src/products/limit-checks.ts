import { compare, type Decimal, dec, getCurrency, parseDecimal } from "../money/index.js";
import { type FeeName, feeBasesByFee, feeNames } from "./fee-bases.js";
import { duplicateIndexes, type IssueSink } from "./issues.js";
import type { Fee, ProductDefinition } from "./schema.js";
import type { FeeBase } from "./vocabulary.js";

// Cross-field checks on currencies, amount/term/rate limits and fees. Each takes only the sections it
// needs, so a structural error in one section does not hide the problems of another.

const hundred = dec("100");

/** Currency codes known, no duplicates, default allowed, and one minor-unit size for every currency. */
export function checkCurrencies(currencies: ProductDefinition["currencies"], report: IssueSink): void {
  const exponents = new Set<number>();
  currencies.allowed.forEach((code, index) => {
    const known = getCurrency(code);
    if (known.ok) exponents.add(known.value.exponent);
    else report(["currencies", "allowed", index], "unknown_currency", known.error.message);
  });
  for (const index of duplicateIndexes(currencies.allowed)) {
    report(["currencies", "allowed", index], "duplicate_value", `${currencies.allowed[index]} is listed twice`);
  }
  if (!currencies.allowed.includes(currencies.default)) {
    report(
      ["currencies", "default"],
      "default_currency_not_allowed",
      `${currencies.default} is not in currencies.allowed`,
    );
  }
  if (exponents.size > 1) {
    report(
      ["currencies", "allowed"],
      "mixed_currency_exponents",
      "every allowed currency must have the same number of minor-unit digits, because the product's amounts are in minor units",
    );
  }
}

/** Amount and term limits: min ≤ max, and the default term inside them. */
export function checkAmountAndTerm(
  section: Partial<Pick<ProductDefinition, "amountLimits" | "termLimits">>,
  report: IssueSink,
): void {
  const { amountLimits, termLimits } = section;
  if (amountLimits && amountLimits.min > amountLimits.max) {
    report(["amountLimits", "min"], "min_exceeds_max", "amountLimits.min is greater than max");
  }
  if (!termLimits) return;
  if (termLimits.minPayments > termLimits.maxPayments) {
    report(["termLimits", "minPayments"], "min_exceeds_max", "termLimits.minPayments is greater than maxPayments");
  } else if (
    termLimits.defaultPayments < termLimits.minPayments ||
    termLimits.defaultPayments > termLimits.maxPayments
  ) {
    report(
      ["termLimits", "defaultPayments"],
      "default_out_of_range",
      `defaultPayments ${termLimits.defaultPayments} is outside ${termLimits.minPayments}..${termLimits.maxPayments}`,
    );
  }
}

/** Parses a percent string (already shaped by the schema) and checks it lies in 0..100. */
export function parsePercent(
  text: string,
  path: ReadonlyArray<string | number>,
  code: string,
  report: IssueSink,
): Decimal | undefined {
  const parsed = parseDecimal(text, path);
  if (!parsed.ok) {
    report(path, code, parsed.error.message);
    return undefined;
  }
  if (compare(parsed.value, hundred) > 0) {
    report(path, code, `${text} is above 100 percent`);
    return undefined;
  }
  return parsed.value;
}

/** Rate limits: each 0..100 percent a year, min ≤ max, default inside; the penalty rate 0..100. */
export function checkRates(
  section: Partial<Pick<ProductDefinition, "rateLimits" | "latePayment">>,
  report: IssueSink,
): void {
  const { rateLimits, latePayment } = section;
  if (latePayment?.penaltyRatePercent !== undefined) {
    parsePercent(latePayment.penaltyRatePercent, ["latePayment", "penaltyRatePercent"], "invalid_rate", report);
  }
  if (!rateLimits) return;
  const min = parsePercent(rateLimits.minPercent, ["rateLimits", "minPercent"], "invalid_rate", report);
  const max = parsePercent(rateLimits.maxPercent, ["rateLimits", "maxPercent"], "invalid_rate", report);
  const chosen = parsePercent(rateLimits.defaultPercent, ["rateLimits", "defaultPercent"], "invalid_rate", report);
  if (!min || !max) return;
  if (compare(min, max) > 0) {
    report(["rateLimits", "minPercent"], "min_exceeds_max", "rateLimits.minPercent is greater than maxPercent");
  } else if (chosen && (compare(chosen, min) < 0 || compare(chosen, max) > 0)) {
    report(
      ["rateLimits", "defaultPercent"],
      "default_out_of_range",
      `defaultPercent ${rateLimits.defaultPercent} is outside ${rateLimits.minPercent}..${rateLimits.maxPercent}`,
    );
  }
}

function checkFee(name: FeeName, fee: Fee, report: IssueSink): void {
  if (fee.type !== "percent") return;
  parsePercent(fee.percent, ["fees", name, "percent"], "invalid_percent", report);
  const bases: ReadonlyArray<FeeBase> = feeBasesByFee[name];
  if (!bases.includes(fee.base)) {
    report(["fees", name, "base"], "invalid_fee_base", `a ${name} fee can be a percent of ${bases.join(" or ")}`);
  }
  if (fee.min !== undefined && fee.max !== undefined && fee.min > fee.max) {
    report(["fees", name, "min"], "min_exceeds_max", `fees.${name}.min is greater than max`);
  }
}

/** Fees: percents 0..100, a base that fits the fee, caps min ≤ max; every fee key of the schema. */
export function checkFees(fees: ProductDefinition["fees"], report: IssueSink): void {
  for (const name of feeNames) {
    const fee = fees[name];
    if (fee) checkFee(name, fee, report);
  }
}
