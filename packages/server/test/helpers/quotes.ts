import type { ProductDefinition } from "@lendstack/core/products";
import { expect } from "vitest";
import { json } from "./products.js";
import type { TestApp } from "./test-app.js";

/** One schedule row of a quote response, minor units. */
export interface QuoteRow {
  number: number;
  dueDate: string;
  days: number;
  principal: number;
  interest: number;
  fees: number;
  total: number;
  balance: number;
}

/** The parts of a `POST /v1/quotes` response the pricing tests read. */
export interface QuoteBody {
  productId: string | null;
  productVersion: number | null;
  regularPayment: number | null;
  principal: number;
  firstPaymentDate: string;
  ratePercent: string;
  schedule: QuoteRow[];
  totals: { principal: number; interest: number; fees: number; payment: number };
  apr: { aprPercent: string; disclosedPercent: string; unitPeriod: { unit: string; count: number } };
  disclosure: Record<"amountFinanced" | "financeCharge" | "prepaidFinanceCharges" | "totalOfPayments", number>;
  originationFee: { amount: number; treatment: string } | null;
}

/** Creates a product in the token's tenant and returns its id (expects 201). */
export async function createProduct(api: TestApp, token: string, definition: ProductDefinition): Promise<string> {
  const response = await api.call("POST", "/v1/products", { token, body: definition });
  expect(response.status).toBe(201);
  return (await json(response)).id as string;
}

/** Posts a quote request; any status. */
export async function postQuote(
  api: TestApp,
  token: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await api.call("POST", "/v1/quotes", { token, body });
  return { status: response.status, body: await json(response) };
}

/** Posts a quote request that must succeed (200, the problem document in the failure message). */
export async function expectQuote<Body = QuoteBody>(api: TestApp, token: string, body: unknown): Promise<Body> {
  const response = await postQuote(api, token, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as unknown as Body;
}

/**
 * APR by a different method from core's exact Newton solve: float bisection on the Appendix J general equation
 * Σ P_k / (1 + i)^k = A with a one-month unit period and no odd days (payment k discounted k whole months),
 * 200 halvings; APR = 1200 i.
 */
export function bisectMonthlyApr(amountFinanced: number, payments: ReadonlyArray<number>): number {
  const presentValue = (rate: number) => payments.reduce((sum, payment, k) => sum + payment / (1 + rate) ** (k + 1), 0);
  let low = 0;
  let high = 0.1;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (presentValue(middle) > amountFinanced) low = middle;
    else high = middle;
  }
  return low * 1200;
}

const sum = (values: ReadonlyArray<number>) => values.reduce((total, value) => total + value, 0);

/** Principal sums to the principal, the last balance is 0, rows add up, and the Regulation Z identities hold. */
export function expectScheduleInvariants(body: QuoteBody): void {
  const rows = body.schedule;
  expect(sum(rows.map((row) => row.principal))).toBe(body.principal);
  expect(rows.at(-1)?.balance).toBe(0);
  for (const row of rows) {
    expect(row.total).toBe(row.principal + row.interest + row.fees);
    expect(row.balance).toBeGreaterThanOrEqual(0);
  }
  expect(body.totals.payment).toBe(sum(rows.map((row) => row.total)));
  expect(body.disclosure.totalOfPayments).toBe(body.totals.payment);
  expect(body.disclosure.financeCharge).toBe(body.disclosure.totalOfPayments - body.disclosure.amountFinanced);
}
