import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, testProduct } from "./loans-helpers.js";

// Issue 13: a payment's own `prepayment` (one of the product's prepaymentChoices). $10,000 at 12 %, 12 monthly from
// 2025-02-01 (loans-helpers' standard terms: $888.49 a month). On 2025-02-01 $988.49 pays installment 1 and
// prepays $100.00: with reschedule-next-repayments installment 2's planned $888.49 becomes $788.49.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function loanWithChoices() {
  const token = await api.token("loans-prepayment-choice");
  const product = { ...testProduct(), prepaymentChoices: ["reschedule-next-repayments"] };
  const created = await api.call("POST", "/v1/products", { token, body: product });
  expect(created.status).toBe(201);
  const loan = await board(api, token, String((await json(created)).id));
  return { token, loanId: String(loan.id) };
}
const payment = (prepayment?: string) => ({
  amount: 98_849,
  currency: "USD",
  effectiveDate: "2025-02-01",
  ...(prepayment === undefined ? {} : { prepayment }),
});

describe("POST /v1/loans/{loanId}/payments prepayment", () => {
  it("reschedule-next-repayments, allowed by the product, lowers only the next installment", async () => {
    const { token, loanId } = await loanWithChoices();
    const paid = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: payment("reschedule-next-repayments"),
    });
    expect(paid.status).toBe(201);
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-02-01`, { token }));
    const planned = (schedule.installments as Array<{ planned: number }>).map((row) => row.planned);
    expect(planned.slice(0, 4)).toEqual([88_849, 78_849, 88_849, 88_849]);
  });
  it("a choice the product does not allow is 422 prepayment_choice_not_allowed, and nothing is posted", async () => {
    const { token, loanId } = await loanWithChoices();
    const refused = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: payment("reduce-installment"),
    });
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({ code: "prepayment_choice_not_allowed" });
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-02-01`, { token }));
    expect((schedule.installments as Array<{ status: string }>)[0]?.status).not.toBe("paid");
  });
});
