/**
 * A servicing day's work on one loan, using only @lendstack/client: board a $5,000.00 personal loan, post
 * the first two installments, return the second one unpaid (a reversal with the product's NSF fee),
 * then quote a payoff and pay it, leaving the loan paid off.
 *
 *   npm start                      # in another terminal; it prints an `export TOKEN=…` line to paste here
 *   export TOKEN=…                 # LENDSTACK_URL defaults to http://127.0.0.1:$PORT (3000)
 *   npx tsx examples/servicing-ops.ts
 */
import { createClient, type LendstackClient, newIdempotencyKey, type Problem } from "@lendstack/client";
import { dollars, exampleSettings, isMain } from "./settings.js";

export interface ServicingOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly log?: (line: string) => void;
}

function fail(step: string, problem: Problem | undefined): never {
  throw new Error(`${step} failed: ${problem?.code ?? "unknown"} ${problem?.detail ?? problem?.title ?? ""}`);
}

/** The date `days` after an ISO date. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function boardPersonalLoan(lendstack: LendstackClient): Promise<string> {
  const products = await lendstack.GET("/v1/products", { params: { query: { limit: 100 } } });
  if (products.error) fail("listing products", products.error);
  const product = products.data.data.find((candidate) => candidate.name === "Personal installment loan");
  if (!product) throw new Error("the tenant has no personal installment loan; run `npm start` once to seed it");
  const boarded = await lendstack.POST("/v1/loans", {
    body: {
      productId: product.id,
      amount: 500_000,
      currency: "USD",
      numberOfPayments: 12,
      ratePercent: "14.99",
      disbursementDate: "2026-01-15",
      firstPaymentDate: "2026-02-15",
    },
    params: { header: { "idempotency-key": newIdempotencyKey() } },
  });
  if (boarded.error) fail("boarding the loan", boarded.error);
  return boarded.data.id;
}

async function pay(lendstack: LendstackClient, loanId: string, amount: number, effectiveDate: string) {
  const payment = await lendstack.POST("/v1/loans/{loanId}/payments", {
    params: { path: { loanId }, header: { "idempotency-key": newIdempotencyKey() } },
    body: { amount, currency: "USD", effectiveDate },
  });
  if (payment.error) fail(`posting a payment on ${effectiveDate}`, payment.error);
  return payment.data;
}

async function stateOn(lendstack: LendstackClient, loanId: string, asOf: string) {
  const state = await lendstack.GET("/v1/loans/{loanId}", { params: { path: { loanId }, query: { asOf } } });
  if (state.error) fail("reading the loan", state.error);
  return state.data;
}

/** Boards, pays, reverses with an NSF fee, pays off; returns the figures it printed. */
export async function runServicingOps(options: ServicingOptions) {
  const log = options.log ?? console.log;
  const lendstack = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const loanId = await boardPersonalLoan(lendstack);
  const schedule = await lendstack.GET("/v1/loans/{loanId}/schedule", { params: { path: { loanId } } });
  if (schedule.error) fail("reading the schedule", schedule.error);
  const [first, second] = schedule.data.installments;
  if (!first || !second) throw new Error("the schedule has fewer than two installments");
  log(`boarded ${loanId}: 12 × ${dollars(first.planned)}, first due ${first.dueDate}`);

  await pay(lendstack, loanId, first.planned, first.dueDate);
  const returned = await pay(lendstack, loanId, second.planned, second.dueDate);
  log(`paid installments 1 and 2 (${dollars(first.planned)} each)`);

  const returnDate = addDays(second.dueDate, 3);
  const reversal = await lendstack.POST("/v1/loans/{loanId}/reversals", {
    params: { path: { loanId }, header: { "idempotency-key": newIdempotencyKey() } },
    body: { transactionId: returned.event.id, effectiveDate: returnDate, nsf: true },
  });
  if (reversal.error) fail("reversing the returned payment", reversal.error);
  const afterReturn = await stateOn(lendstack, loanId, returnDate);
  log(`payment ${returned.event.id} returned on ${returnDate}: fees due ${dollars(afterReturn.outstanding.fees)}`);

  const payoffDate = addDays(returnDate, 7);
  const payoff = await lendstack.GET("/v1/loans/{loanId}/payoff-quote", {
    params: { path: { loanId }, query: { date: payoffDate } },
  });
  if (payoff.error) fail("quoting the payoff", payoff.error);
  log(`payoff on ${payoffDate}: ${dollars(payoff.data.amount)}`);
  await pay(lendstack, loanId, payoff.data.amount, payoffDate);
  const closed = await stateOn(lendstack, loanId, payoffDate);
  log(`after the payoff: ${closed.status}, ${dollars(closed.outstanding.total)} outstanding`);

  return { loanId, schedule: schedule.data, afterReturn, payoff: payoff.data, closed };
}

if (isMain(import.meta.url)) await runServicingOps(exampleSettings());
