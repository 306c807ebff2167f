import { compare, dec } from "../money/index.js";
import type { ProductDefinition } from "../products/index.js";
import type { ScheduleTerms } from "../schedule/index.js";

/** A row's terms outside its product's limits: the field (under `terms`), a code and a reason. */
export interface LimitProblem {
  readonly path: ReadonlyArray<string>;
  readonly code: string;
  readonly reason: string;
}

/**
 * The product's limits a row's terms break: currency, amount (the original principal), number of
 * payments, rate and frequency, each with the code a loan request gets for it (`currency_not_allowed`,
 * `amount_out_of_range`, `term_out_of_range`, `rate_out_of_range`, `frequency_not_allowed`). Rates are
 * compared exactly, with as many decimals as the terms carry.
 *
 * @example productLimitProblems(product, terms).map((p) => p.path.join(".")) // ["terms", "annualRatePercent"]
 */
export function productLimitProblems(product: ProductDefinition, terms: ScheduleTerms): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const add = (field: string, code: string, reason: string) => problems.push({ path: ["terms", field], code, reason });
  const { currencies, amountLimits, termLimits, rateLimits, repayment } = product;
  if (!currencies.allowed.includes(terms.currency))
    add("currency", "currency_not_allowed", `${terms.currency} is not one of ${currencies.allowed.join(", ")}`);
  const amount = terms.principalMinor;
  if (amount < BigInt(amountLimits.min) || amount > BigInt(amountLimits.max))
    add("principalMinor", "amount_out_of_range", `${amount} is outside ${amountLimits.min}..${amountLimits.max}`);
  const n = terms.numberOfPayments;
  if (n < termLimits.minPayments || n > termLimits.maxPayments)
    add(
      "numberOfPayments",
      "term_out_of_range",
      `${n} is outside ${termLimits.minPayments}..${termLimits.maxPayments}`,
    );
  const rate = terms.annualRatePercent;
  if (compare(rate, dec(rateLimits.minPercent)) < 0 || compare(rate, dec(rateLimits.maxPercent)) > 0) {
    const range = `${rateLimits.minPercent}%..${rateLimits.maxPercent}%`;
    add("annualRatePercent", "rate_out_of_range", `the rate is outside the product's ${range}`);
  }
  if (!repayment.allowedFrequencies.includes(terms.frequency))
    add(
      "frequency",
      "frequency_not_allowed",
      `${terms.frequency} is not one of ${repayment.allowedFrequencies.join(", ")}`,
    );
  return problems;
}
