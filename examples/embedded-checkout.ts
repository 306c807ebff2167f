/**
 * A merchant's checkout offering two ways to pay for a $1,200.00 cart, using only @lendstack/client:
 * pay in 4 (interest-free, every two weeks) or 12 monthly payments on the personal installment loan.
 * It quotes both, asks the tenant's published underwriting policy for a decision on the shopper, boards
 * the plan the shopper picked (tagged with the order number) and shows its schedule.
 *
 *   npm start                      # in another terminal; it prints an `export TOKEN=…` line to paste here
 *   export TOKEN=…                 # LENDSTACK_URL defaults to http://127.0.0.1:$PORT (3000)
 *   npx tsx examples/embedded-checkout.ts
 */
import { createClient, type LendstackClient, newIdempotencyKey, type Problem, type Schema } from "@lendstack/client";
import { dollars, exampleSettings, isMain } from "./settings.js";

export interface CheckoutOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly log?: (line: string) => void;
  /** Which offer the shopper picks (default the 12-month plan). */
  readonly choice?: OfferName;
  /** The order number the loan is boarded under (default a fresh one). */
  readonly orderNumber?: string;
}

export type OfferName = "pay-in-4" | "12-months";

const CART_TOTAL = 120_000; // $1,200.00

/** What the shopper tells the checkout; the policy's declared inputs (money in minor units). */
const shopper = {
  creditScore: 742,
  monthlyIncome: 520_000,
  monthlyDebt: 95_000,
  requestedAmount: CART_TOTAL,
  propertyValue: null,
  termMonths: 12,
  employmentMonths: 38,
  utilizationPercent: 24,
  inquiriesLast6Months: 1,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  state: "CA",
  bureauFlags: [],
};

function fail(step: string, problem: Problem | undefined): never {
  throw new Error(`${step} failed: ${problem?.code ?? "unknown"} ${problem?.detail ?? problem?.title ?? ""}`);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function productIdsByName(lendstack: LendstackClient): Promise<Map<string, string>> {
  const { data, error } = await lendstack.GET("/v1/products", { params: { query: { limit: 100 } } });
  if (error) fail("listing products", error);
  return new Map(data.data.map((product) => [product.name, product.id]));
}

/** The two offers' terms for a cart, from the tenant's products. */
function offerTerms(products: Map<string, string>, today: string) {
  const payInFour = products.get("Pay in 4");
  const installments = products.get("Personal installment loan");
  if (!payInFour || !installments) throw new Error("the tenant lacks the demo products; run `npm start` once");
  const cart = { amount: CART_TOTAL, currency: "USD" };
  return {
    "pay-in-4": { productId: payInFour, ...cart, numberOfPayments: 4, disbursementDate: today },
    "12-months": {
      productId: installments,
      ...cart,
      numberOfPayments: 12,
      ratePercent: "12.99",
      disbursementDate: today,
    },
  } as const;
}

async function decide(lendstack: LendstackClient): Promise<Schema<"Decision">> {
  const ruleSets = await lendstack.GET("/v1/rule-sets", { params: { query: { limit: 100 } } });
  if (ruleSets.error) fail("listing rule sets", ruleSets.error);
  const policy = ruleSets.data.data.find((ruleSet) => ruleSet.publishedVersion != null);
  if (!policy) throw new Error("the tenant has no published rule set; run `npm start` once to seed one");
  const decision = await lendstack.POST("/v1/decisions", { body: { ruleSetId: policy.id, facts: shopper } });
  if (decision.error) fail("deciding", decision.error);
  return decision.data;
}

async function quoteOffer(
  lendstack: LendstackClient,
  name: OfferName,
  body: ReturnType<typeof offerTerms>[OfferName],
  log: (line: string) => void,
) {
  const quote = await lendstack.POST("/v1/quotes", { body });
  if (quote.error) fail(`quoting ${name}`, quote.error);
  const first = quote.data.schedule[0]!;
  log(
    `${name}: ${quote.data.numberOfPayments} × ${dollars(first.total)} (${quote.data.frequency}), ` +
      `APR ${quote.data.apr.disclosedPercent}%, total ${dollars(quote.data.totals.payment)}`,
  );
  return quote.data;
}

/** Quotes both offers, decides, boards the chosen one and returns what it showed. */
export async function runEmbeddedCheckout(options: CheckoutOptions) {
  const log = options.log ?? console.log;
  const lendstack = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const terms = offerTerms(await productIdsByName(lendstack), isoDate(new Date()));

  const quotes = {
    "pay-in-4": await quoteOffer(lendstack, "pay-in-4", terms["pay-in-4"], log),
    "12-months": await quoteOffer(lendstack, "12-months", terms["12-months"], log),
  };

  const decision = await decide(lendstack);
  log(
    `decision ${decision.id}: ${decision.decision}${decision.reasonCodes.length ? ` (${decision.reasonCodes.join(", ")})` : ""}`,
  );
  if (decision.decision !== "approve") return { quotes, decision, loan: undefined, schedule: undefined };

  const choice = options.choice ?? "12-months";
  const orderNumber = options.orderNumber ?? `order-${Date.now()}`;
  const boarded = await lendstack.POST("/v1/loans", {
    body: { ...terms[choice], externalReference: orderNumber },
    params: { header: { "idempotency-key": newIdempotencyKey() } },
  });
  if (boarded.error) fail("boarding the plan", boarded.error);
  log(`boarded ${boarded.data.id} for ${orderNumber} (${choice})`);

  const schedule = await lendstack.GET("/v1/loans/{loanId}/schedule", {
    params: { path: { loanId: boarded.data.id } },
  });
  if (schedule.error) fail("reading the schedule", schedule.error);
  for (const row of schedule.data.installments) {
    log(`  #${row.number} ${row.dueDate}  ${dollars(row.planned)}`);
  }
  return { quotes, decision, loan: boarded.data, schedule: schedule.data };
}

if (isMain(import.meta.url)) await runEmbeddedCheckout(exampleSettings());
