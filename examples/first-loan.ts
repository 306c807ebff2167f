/**
 * A loan from quote to payoff, using only @lendstack/client: quote a 30-year fixed mortgage from the
 * demo tenant's products, board it, post the first installment, read the loan's state and ask for a
 * payoff figure.
 *
 *   npm start                      # in another terminal; it prints an `export TOKEN=…` line to paste here
 *   export TOKEN=…                 # LENDSTACK_URL defaults to http://127.0.0.1:$PORT (3000)
 *   npx tsx examples/first-loan.ts
 */
import { createClient, newIdempotencyKey, type Problem } from "@lendstack/client";
import { dollars, exampleSettings, isMain } from "./settings.js";

export interface FirstLoanOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly log?: (line: string) => void;
}

function fail(step: string, problem: Problem | undefined): never {
  throw new Error(`${step} failed: ${problem?.code ?? "unknown"} ${problem?.detail ?? problem?.title ?? ""}`);
}

/** Quotes, boards and services one mortgage; returns the figures it printed. */
export async function runFirstLoan(options: FirstLoanOptions) {
  const log = options.log ?? console.log;
  const lendstack = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const products = await lendstack.GET("/v1/products", { params: { query: { limit: 100 } } });
  if (products.error) fail("listing products", products.error);
  const mortgage = products.data.data.find((product) => product.name === "30-year fixed mortgage");
  if (!mortgage) throw new Error("the demo tenant has no 30-year fixed mortgage; run `npm start` once to seed it");

  const terms = {
    productId: mortgage.id,
    amount: 30_000_000,
    currency: "USD",
    numberOfPayments: 360,
    ratePercent: "6.5",
    disbursementDate: "2026-01-01",
    firstPaymentDate: "2026-02-01",
  };

  const quote = await lendstack.POST("/v1/quotes", { body: terms });
  if (quote.error) fail("quoting", quote.error);
  const installment = quote.data.schedule[0]!;
  log(`quote: ${dollars(installment.total)} a month, APR ${quote.data.apr.disclosedPercent}%`);

  const boarded = await lendstack.POST("/v1/loans", {
    body: terms,
    params: { header: { "idempotency-key": newIdempotencyKey() } },
  });
  if (boarded.error) fail("boarding the loan", boarded.error);
  const loanId = boarded.data.id;
  log(`boarded ${loanId}`);

  const payment = await lendstack.POST("/v1/loans/{loanId}/payments", {
    params: { path: { loanId }, header: { "idempotency-key": newIdempotencyKey() } },
    body: { amount: installment.total, currency: "USD", effectiveDate: installment.dueDate },
  });
  if (payment.error) fail("posting the payment", payment.error);

  const state = await lendstack.GET("/v1/loans/{loanId}", {
    params: { path: { loanId }, query: { asOf: "2026-02-15" } },
  });
  if (state.error) fail("reading the loan", state.error);
  log(`principal after the first installment: ${dollars(state.data.principalBalance)}`);

  const payoff = await lendstack.GET("/v1/loans/{loanId}/payoff-quote", {
    params: { path: { loanId }, query: { date: "2026-02-15" } },
  });
  if (payoff.error) fail("quoting the payoff", payoff.error);
  log(`payoff on 2026-02-15: ${dollars(payoff.data.amount)}`);

  return { quote: quote.data, loanId, state: state.data, payoff: payoff.data };
}

if (isMain(import.meta.url)) await runFirstLoan(exampleSettings());
