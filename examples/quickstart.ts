/**
 * Quickstart: list the loan products of your tenant and create one, using only @lendstack/client.
 *
 *   npm start                      # in another terminal; it prints an `export TOKEN=…` line to paste here
 *   export TOKEN=…                 # LENDSTACK_URL defaults to http://127.0.0.1:$PORT (3000)
 *   npx tsx examples/quickstart.ts
 */
import { createClient, type LendstackClient, newIdempotencyKey, type Schema } from "@lendstack/client";
import { exampleSettings, isMain } from "./settings.js";

export interface QuickstartOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly log?: (line: string) => void;
}

/** A small-business equipment loan: USD 5,000 to 250,000 over 12 to 60 months, equal monthly installments. */
export const equipmentLoan: Schema<"ProductDefinition"> = {
  name: "Equipment loan",
  description: "Secured equipment financing for small businesses, repaid monthly.",
  currencies: { allowed: ["USD"], default: "USD" },
  amountLimits: { min: 500_000, max: 25_000_000 },
  termLimits: { minPayments: 12, maxPayments: 60, defaultPayments: 36 },
  repayment: { defaultFrequency: "monthly", allowedFrequencies: ["monthly"] },
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rateLimits: { minPercent: "6.5", maxPercent: "18", defaultPercent: "9.75" },
  fees: {
    origination: { type: "percent", percent: "1.5", base: "principal", max: 250_000, treatment: "deducted" },
    late: { type: "flat", amount: 5_000 },
  },
  latePayment: { graceDays: 10 },
};

async function listProductNames(lendstack: LendstackClient): Promise<string[]> {
  const { data, error } = await lendstack.GET("/v1/products", { params: { query: { limit: 50 } } });
  if (error) throw new Error(`listing products failed: ${error.code} ${error.title}`);
  return data.data.map((product) => product.name);
}

/** Lists the tenant's products, creates the equipment loan, and lists again. */
export async function runQuickstart(
  options: QuickstartOptions,
): Promise<{ before: string[]; created: string; after: string[] }> {
  const log = options.log ?? console.log;
  const lendstack = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const before = await listProductNames(lendstack);
  log(`products before: ${before.join(", ") || "(none)"}`);

  const { data: product, error } = await lendstack.POST("/v1/products", {
    body: equipmentLoan,
    params: { header: { "idempotency-key": newIdempotencyKey() } },
  });
  if (error) throw new Error(`creating the product failed: ${error.code} ${error.title}`);
  log(`created ${product.id} "${product.name}" (version ${product.version})`);

  const after = await listProductNames(lendstack);
  log(`products after: ${after.join(", ")}`);
  return { before, created: product.id, after };
}

if (isMain(import.meta.url)) await runQuickstart(exampleSettings());
