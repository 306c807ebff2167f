import { z } from "@hono/zod-openapi";
import { maxAmount } from "@lendstack/core/money";
import { maxNumberOfPayments } from "@lendstack/core/schedule";

// Money on the wire, one shape everywhere (DESIGN.md, "The API's conventions"; Stripe's convention): every amount
// is an integer in the minor unit of the resource's one `currency` field, named for what it is (`amount`,
// `principal`, `interestDue`), with no unit suffix. These are the only constructors of amount fields.

/** Amount schemas made by `amountSchema`, so a guard can tell an amount from any other number in a body. */
const amountSchemas = new WeakSet<z.ZodType>();

/**
 * True when `schema` is a request amount made by `amountSchema` (its ceiling breaches are `amount_out_of_range`).
 *
 * @example
 * isAmountSchema(amountSchema("Payment")); // true
 */
export function isAmountSchema(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && amountSchemas.has(schema as z.ZodType);
}

/** Options of `amountSchema`. @example amountSchema("Installment", { min: 1 }) */
export interface AmountOptions {
  /** Smallest accepted amount, minor units; default 0. */
  readonly min?: number;
  readonly example?: number;
}

/**
 * A request amount: an integer of minor units of the request's `currency`, from `min` (default 0) to the API's
 * ceiling `maxAmount` (10^13; above it is 422 `amount_out_of_range` naming the field).
 *
 * @example
 * const body = z.strictObject({ amount: amountSchema("Money received"), currency: currencySchema });
 */
export function amountSchema(description: string, options: AmountOptions = {}) {
  const schema = z
    .int()
    .min(options.min ?? 0)
    .max(maxAmount)
    .openapi({
      description: `${description}; integer minor units of \`currency\` (cents for USD), at most ${maxAmount}`,
      format: "int64",
      example: options.example ?? 125_000,
    });
  amountSchemas.add(schema);
  return schema;
}

/**
 * A response amount: an integer of minor units of the resource's `currency` (negative only where it says so).
 *
 * @example
 * const row = z.object({ principal: amountField("Principal"), interest: amountField("Interest") });
 */
export function amountField(description: string) {
  return z.int().openapi({ description: `${description}; integer minor units of \`currency\``, format: "int64" });
}

/** The largest version number a request may name (a 32-bit signed integer, as path versions). */
export const maxVersion = 2_147_483_647;

/**
 * A request count of installments, 0 to core's `maxNumberOfPayments` (2000); 0 and counts a product does not allow
 * are refused by core with its own code (`invalid_term`, `term_out_of_range`).
 *
 * @example
 * const body = z.strictObject({ numberOfPayments: count("Installments", 36) });
 */
export function count(description: string, example = 12) {
  return z.int().min(0).max(maxNumberOfPayments).openapi({ description, example });
}

/**
 * The request's currency: an ISO 4217 code every amount of the request is in; it must be the resource's
 * (`currency_mismatch`) and a known code (`unknown_currency`).
 *
 * @example
 * z.strictObject({ amount: amountSchema("Fee"), currency: currencySchema })
 */
export const currencySchema = z
  .string()
  .max(8)
  .openapi({ description: "ISO 4217 code of every amount in the request", example: "USD" });

/**
 * A resource's currency in a response: the ISO 4217 code of every amount it carries.
 *
 * @example
 * z.object({ currency: currencyField, amount: amountField("Payoff amount") })
 */
export const currencyField = z
  .string()
  .openapi({ description: "ISO 4217 code of every amount in this object", example: "USD" });
