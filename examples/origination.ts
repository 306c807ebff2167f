/**
 * Origination end to end, using only @lendstack/client: a borrower applies for a $15,000.00 personal loan
 * over 36 months; the application is submitted, decided by the tenant's published underwriting policy,
 * offered, accepted, closed and funded into a servicing loan; then the first installment is paid early.
 *
 *   npm start                      # in another terminal; it prints an `export TOKEN=…` line to paste here
 *   export TOKEN=…                 # LENDSTACK_URL defaults to http://127.0.0.1:$PORT (3000)
 *   npx tsx examples/origination.ts
 */
import { createClient, type LendstackClient, newIdempotencyKey, type Problem, type Schema } from "@lendstack/client";
import { dollars, exampleSettings, isMain } from "./settings.js";

export interface OriginationOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly log?: (line: string) => void;
}

/** What the credit bureau says of the borrower (the application supplies amount, term, income and debts). */
const bureau = {
  creditScore: 741,
  employmentMonths: 52,
  utilizationPercent: 18,
  inquiriesLast6Months: 1,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  bureauFlags: [],
};

function fail(step: string, problem: Problem | undefined): never {
  const fields = (problem?.errors ?? []).map((error) => `${error.pointer}: ${error.detail}`).join("; ");
  throw new Error(`${step} failed: ${problem?.code ?? "unknown"} ${problem?.detail ?? ""} ${fields}`);
}

const today = () => new Date().toISOString().slice(0, 10);
const key = () => ({ "idempotency-key": newIdempotencyKey() });

/** The borrower as a party; on a second run the tax id is already known, so the existing party is used. */
async function borrower(lendstack: LendstackClient): Promise<string> {
  const created = await lendstack.POST("/v1/parties", {
    params: { header: key() },
    body: {
      type: "individual",
      name: { first: "Grace", last: "Hopper" },
      dateOfBirth: "1986-12-09",
      taxIdType: "ssn",
      taxId: "512-34-8765",
      addresses: [
        {
          kind: "residential",
          line1: "12 Elm St",
          city: "Arlington",
          region: "VA",
          postalCode: "22201",
          country: "US",
        },
      ],
      emails: [{ kind: "personal", address: "grace@example.com" }],
      statedAnnualIncome: 9_600_000,
      currency: "USD",
    },
  });
  if (created.data) return created.data.id;
  if (created.error?.code === "duplicate_party" && created.error.existingId) return created.error.existingId;
  fail("creating the borrower", created.error);
}

async function setting(lendstack: LendstackClient) {
  const products = await lendstack.GET("/v1/products", { params: { query: { limit: 100 } } });
  if (products.error) fail("listing products", products.error);
  const product = products.data.data.find((candidate) => candidate.name === "Personal installment loan");
  const ruleSets = await lendstack.GET("/v1/rule-sets", { params: { query: { limit: 100 } } });
  if (ruleSets.error) fail("listing rule sets", ruleSets.error);
  const policy = ruleSets.data.data.find((ruleSet) => ruleSet.publishedVersion != null);
  if (!product || !policy) throw new Error("the tenant lacks the demo product or policy; run `npm start` once");
  return { productId: product.id, ruleSetId: policy.id };
}

async function apply(lendstack: LendstackClient, productId: string, partyId: string) {
  const consents = (["credit_report", "electronic_records"] as const).map((type) => ({
    type,
    partyId,
    disclosureVersion: "2026-01",
    acceptedAt: new Date().toISOString(),
    ipAddress: "203.0.113.7",
  }));
  const draft = await lendstack.POST("/v1/applications", {
    params: { header: key() },
    body: {
      productId,
      amount: 1_500_000,
      currency: "USD",
      numberOfPayments: 36,
      purpose: "debt_consolidation",
      applicants: [{ partyId, role: "primary" }],
      collateral: { type: "none" },
      debts: [{ kind: "auto", creditor: "Arlington Auto Credit", balance: 820_000, monthlyPayment: 31_000 }],
      assets: [{ kind: "checking", value: 640_000 }],
      consents,
      channel: "web",
    },
  });
  if (draft.error) fail("applying", draft.error);
  return draft.data.id;
}

/** Applies, decides, accepts the first offer, closes, funds and pays the first installment. */
export async function runOrigination(options: OriginationOptions) {
  const log = options.log ?? console.log;
  const lendstack = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { productId, ruleSetId } = await setting(lendstack);
  const applicationId = await apply(lendstack, productId, await borrower(lendstack));
  const path = { applicationId };
  const submitted = await lendstack.POST("/v1/applications/{applicationId}/submit", {
    params: { path, header: key() },
  });
  if (submitted.error) fail("submitting", submitted.error);
  const decided = await lendstack.POST("/v1/applications/{applicationId}/decision", {
    params: { path, header: key() },
    body: { ruleSetId, facts: bureau },
  });
  if (decided.error) fail("deciding", decided.error);
  log(`application ${applicationId}: ${decided.data.state} (decision ${decided.data.decisionId})`);
  if (decided.data.state !== "offered") return { application: decided.data, offer: undefined, funding: undefined };

  const offers = await lendstack.GET("/v1/applications/{applicationId}/offers", { params: { path } });
  if (offers.error) fail("listing offers", offers.error);
  const offer: Schema<"Offer"> = offers.data.data[0]!;
  log(
    `offer ${offer.id}: ${dollars(offer.amount)} over ${offer.numberOfPayments} at ${offer.ratePercent}% — ` +
      `${dollars(offer.regularPayment ?? 0)} a month, APR ${offer.aprPercent}%, finance charge ${dollars(offer.financeCharge)}`,
  );
  const accepted = await lendstack.POST("/v1/applications/{applicationId}/offers/{offerId}/accept", {
    params: { path: { applicationId, offerId: offer.id }, header: key() },
  });
  if (accepted.error) fail("accepting", accepted.error);
  const closing = await lendstack.POST("/v1/applications/{applicationId}/closing", {
    params: { path, header: key() },
    body: { fundingDate: today() },
  });
  if (closing.error) fail("starting closing", closing.error);
  const funded = await lendstack.POST("/v1/applications/{applicationId}/fund", {
    params: { path, header: key() },
    body: { method: "ach", payeeName: "Grace Hopper" },
  });
  if (funded.error) fail("funding", funded.error);
  const { loanId, disbursement } = funded.data;
  log(
    `funded loan ${loanId}; disbursement ${disbursement.id}: ${dollars(disbursement.amount)} by ${disbursement.method}`,
  );

  const first = offer.schedule[0]!;
  const payment = await lendstack.POST("/v1/loans/{loanId}/payments", {
    params: { path: { loanId }, header: key() },
    // Paid ahead of its due date: a payment cannot be dated after today's business date.
    body: { amount: first.total, currency: "USD", effectiveDate: today() },
  });
  if (payment.error) fail("paying the first installment", payment.error);
  log(`paid installment 1 (${dollars(first.total)}, due ${first.dueDate}) today`);
  return { application: funded.data.application, offer, funding: funded.data, payment: payment.data };
}

if (isMain(import.meta.url)) await runOrigination(exampleSettings());
