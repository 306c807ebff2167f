import { invariant, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, dec, normalize, parseDecimal } from "../money/index.js";
import type { ProductDefinition } from "./schema.js";
import type { Frequency } from "./vocabulary.js";

/**
 * What a borrower asks for under a product. Omitted currency, term, rate and frequency take the
 * product's defaults. `amountMinor` is in the currency's minor unit; `ratePercent` is percent a year.
 *
 * @example const request: LoanRequest = { amountMinor: 1_000_000n, currency: "USD", numberOfPayments: 36 };
 */
export interface LoanRequest {
  readonly amountMinor: bigint;
  readonly currency?: string;
  readonly numberOfPayments?: number;
  readonly ratePercent?: string;
  readonly frequency?: Frequency;
}

/**
 * A request that fits its product, with every default applied and the rate parsed exactly.
 *
 * @example const checked: CheckedLoanRequest = unwrap(checkLoanRequest(product, request));
 */
export interface CheckedLoanRequest {
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly numberOfPayments: number;
  /** Nominal annual rate, percent a year (7.25 means 7.25 %). */
  readonly annualRatePercent: Decimal;
  readonly frequency: Frequency;
}

type Problem = { readonly path: ReadonlyArray<string>; readonly code: string; readonly message: string };

function checkRate(product: ProductDefinition, text: string, problems: Problem[]): Decimal | undefined {
  const parsed = parseDecimal(text, ["ratePercent"]);
  if (!parsed.ok || parsed.value.scale > 6) {
    problems.push({
      path: ["ratePercent"],
      code: "invalid_rate",
      message: `"${String(text).slice(0, 20)}" is not a decimal with at most 6 decimals`,
    });
    return undefined;
  }
  const { minPercent, maxPercent } = product.rateLimits;
  const rate = parsed.value;
  // dec() throws InvariantError: the product was validated, so its own rate strings always parse.
  const min = dec(minPercent);
  const max = dec(maxPercent);
  if (compare(rate, min) < 0 || compare(rate, max) > 0) {
    problems.push({
      path: ["ratePercent"],
      code: "rate_out_of_range",
      message: `rate ${text}% is outside the product's ${minPercent}%..${maxPercent}%`,
    });
    return undefined;
  }
  return normalize(rate);
}

function checkLimits(
  product: ProductDefinition,
  request: Required<Omit<LoanRequest, "ratePercent">>,
  problems: Problem[],
): void {
  const { currencies, amountLimits, termLimits, repayment } = product;
  if (!currencies.allowed.includes(request.currency)) {
    problems.push({
      path: ["currency"],
      code: "currency_not_allowed",
      message: `${request.currency} is not one of ${currencies.allowed.join(", ")}`,
    });
  }
  if (request.amountMinor < BigInt(amountLimits.min) || request.amountMinor > BigInt(amountLimits.max)) {
    problems.push({
      path: ["amountMinor"],
      code: "amount_out_of_range",
      message: `amount ${request.amountMinor} is outside ${amountLimits.min}..${amountLimits.max} minor units`,
    });
  }
  const n = request.numberOfPayments;
  if (!Number.isInteger(n) || n < termLimits.minPayments || n > termLimits.maxPayments) {
    problems.push({
      path: ["numberOfPayments"],
      code: "term_out_of_range",
      message: `${n} payments is outside ${termLimits.minPayments}..${termLimits.maxPayments}`,
    });
  }
  if (!repayment.allowedFrequencies.includes(request.frequency)) {
    problems.push({
      path: ["frequency"],
      code: "frequency_not_allowed",
      message: `${request.frequency} is not one of ${repayment.allowedFrequencies.join(", ")}`,
    });
  }
}

/**
 * Checks a loan request against a validated product and fills in the product's defaults. On failure
 * the error carries the first problem's code — `currency_not_allowed`, `amount_out_of_range`,
 * `term_out_of_range`, `invalid_rate`, `rate_out_of_range` or `frequency_not_allowed` — its path,
 * and `details.issues` listing every problem found.
 *
 * @example
 * checkLoanRequest(personalLoan, { amountMinor: 50_000n, currency: "USD" }) // fail("amount_out_of_range", …)
 */
export function checkLoanRequest(product: ProductDefinition, request: LoanRequest): Result<CheckedLoanRequest> {
  const filled = {
    amountMinor: request.amountMinor,
    currency: request.currency ?? product.currencies.default,
    numberOfPayments: request.numberOfPayments ?? product.termLimits.defaultPayments,
    frequency: request.frequency ?? product.repayment.defaultFrequency,
  };
  const problems: Problem[] = [];
  checkLimits(product, filled, problems);
  const rate = checkRate(product, request.ratePercent ?? product.rateLimits.defaultPercent, problems);
  const first = problems[0];
  if (first) return { ok: false, error: { ...first, details: { issues: problems } } };
  invariant(rate !== undefined, "checkRate reports a problem whenever it returns no rate");
  return ok({ ...filled, annualRatePercent: rate });
}
