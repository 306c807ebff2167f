import { expect } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * The loan product of the loan tests: the demo personal loan without an origination fee and with due
 * dates that do not move for weekends, so every figure below follows from the rate and the dates.
 * Late fee 5 % of the installment (min $15, max $40) after 15 days; NSF fee $25.
 */
export function testProduct() {
  const base = personalLoan();
  return personalLoan({ businessDayAdjustment: "none", fees: { late: base.fees.late, nsf: base.fees.nsf } });
}

/** $10,000.00 at 12 % a year, 12 monthly payments, disbursed 2025-01-01, first due 2025-02-01. */
export const standardTerms = {
  amount: 1_000_000,
  currency: "USD",
  numberOfPayments: 12,
  ratePercent: "12",
  disbursementDate: "2025-01-01",
  firstPaymentDate: "2025-02-01",
};

export async function createProduct(api: TestApp, token: string): Promise<string> {
  const response = await api.call("POST", "/v1/products", { token, body: testProduct() });
  expect(response.status).toBe(201);
  return String((await json(response)).id);
}

export async function board(api: TestApp, token: string, productId: string, overrides: Record<string, unknown> = {}) {
  const response = await api.call("POST", "/v1/loans", { token, body: { productId, ...standardTerms, ...overrides } });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

export function usd(amount: number) {
  return { amount, currency: "USD" };
}

export async function pay(api: TestApp, token: string, loanId: string, amount: number, effectiveDate: string) {
  return api.call("POST", `/v1/loans/${loanId}/payments`, { token, body: { ...usd(amount), effectiveDate } });
}

export async function stateOf(api: TestApp, token: string, loanId: string, asOf?: string) {
  const query = asOf === undefined ? "" : `?asOf=${asOf}`;
  const response = await api.call("GET", `/v1/loans/${loanId}${query}`, { token });
  expect(response.status).toBe(200);
  return json(response);
}

export async function eventCount(api: TestApp, token: string, loanId: string): Promise<number> {
  return Number((await stateOf(api, token, loanId)).version);
}
