import { date } from "@lendstack/core/calendar";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loanEvents, loans } from "../src/db/schema/index.js";
import { toJsonInteger, unsafeIntegerPath } from "../src/http/safe-integer.js";
import { eventColumns } from "../src/loans/codec.js";
import { loansStore } from "../src/loans/store.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, standardTerms, testProduct } from "./loans-helpers.js";

// One policy for figures beyond 2^53 − 1 minor units (http/safe-integer.ts), over HTTP: boarding refuses terms
// that would produce one, a change that would is refused before it commits, and a view that meets one (a stored
// loan from before the bound) is 422 `unsafe_integer`, never a 500.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const largest = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991

async function expectUnsafe(response: Response) {
  expect(response.status).toBe(422);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await json(response);
  expect(body).toMatchObject({ status: 422, code: "unsafe_integer" });
  expect(String(body.detail)).toContain("2^53 - 1");
  return body;
}

describe("figures beyond 2^53 - 1 minor units", () => {
  it("boarding refuses terms whose schedule overflows, as the quote does, storing nothing", async () => {
    const token = await api.token("unsafe-board");
    // $100 billion (10^13 cents, the ceiling), interest only, at 100 % a year over 2,000 yearly payments: 10^13
    // of interest a year, 2 × 10^16 in all, beyond 2^53 cents; the same terms over 12 payments are not.
    const product = {
      ...testProduct(),
      amountLimits: { min: 1, max: 10_000_000_000_000 },
      termLimits: { minPayments: 1, maxPayments: 2_000, defaultPayments: 12 },
      repayment: { defaultFrequency: "yearly", allowedFrequencies: ["yearly"] },
      amortization: "interest-only",
      rateLimits: { minPercent: "0", maxPercent: "100", defaultPercent: "10" },
    };
    const created = await api.call("POST", "/v1/products", { token, body: product });
    expect(created.status).toBe(201);
    const productId = String((await json(created)).id);
    const terms = {
      ...standardTerms,
      productId,
      amount: 10_000_000_000_000,
      ratePercent: "100",
      frequency: "yearly",
      firstPaymentDate: "2026-01-01",
    };
    const quote = await api.call("POST", "/v1/quotes", { token, body: { ...terms, numberOfPayments: 2_000 } });
    expect((await expectUnsafe(quote)).code).toBe("unsafe_integer");
    const refused = await api.call("POST", "/v1/loans", { token, body: { ...terms, numberOfPayments: 2_000 } });
    const problem = await expectUnsafe(refused);
    expect(problem.detail).toMatch(/^A figure of this loan's schedule \(.+\) exceeds 2\^53 - 1 minor units/);
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: "/amount", code: "unsafe_integer" })]);
    expect((await json(await api.call("GET", "/v1/loans", { token }))).data).toEqual([]);
    const fine = await api.call("POST", "/v1/loans", { token, body: { ...terms, numberOfPayments: 12 } });
    expect(fine.status).toBe(201);
  });

  it("a stored figure beyond 2^53 - 1 makes the loan's views 422, and no change commits on it", async () => {
    const token = await api.token("unsafe-views");
    const productId = await createProduct(api, token);
    const loanId = String((await board(api, token, productId)).id);
    // A fee charged before the amount ceiling existed: 2^53 - 1 minor units, stored as it was then.
    await loansStore(testDatabase.database.db, "unsafe-views").insertEvent({
      ...eventColumns({
        id: "fee_legacy",
        type: "fee-charge",
        effectiveDate: date("2025-01-15"),
        amountMinor: BigInt(largest),
        feeType: "legacy",
      }),
      loanId,
      sequence: 2,
      recordedAt: api.clock(),
      recordedBy: "migration",
    });
    // The fee plus the loan's principal and interest is beyond 2^53 - 1: each view is a 422, not a 500.
    for (const path of [
      `/v1/loans/${loanId}?asOf=2025-02-15`,
      `/v1/loans/${loanId}/trial-balance?asOf=2025-02-15`,
      `/v1/loans/${loanId}/payoff-quote?date=2025-02-15`,
    ]) {
      await expectUnsafe(await api.call("GET", path, { token }));
    }
    // A payment on it would leave such a figure in the loan: refused before it commits.
    const stored = async () => {
      const [row] = await testDatabase.database.db
        .select({ version: loans.version })
        .from(loans)
        .where(eq(loans.id, loanId));
      const events = await testDatabase.database.db.select().from(loanEvents).where(eq(loanEvents.loanId, loanId));
      return { version: row?.version, events: events.length };
    };
    expect(await stored()).toEqual({ version: 1, events: 2 });
    const payment = await expectUnsafe(await pay(api, token, loanId, 88_849, "2025-02-01"));
    expect(payment.detail).toContain("(outstanding.totalMinor)");
    expect(payment.errors).toBeUndefined();
    expect(await stored()).toEqual({ version: 1, events: 2 });
  });

  it("the helper: exact up to 2^53 - 1, a DomainFailure beyond; the walk finds the path", () => {
    expect(toJsonInteger(BigInt(largest))).toBe(largest);
    expect(toJsonInteger(-BigInt(largest))).toBe(-largest);
    expect(() => toJsonInteger(BigInt(largest) + 1n, "report")).toThrow(
      "A figure of this report exceeds 2^53 - 1 minor units",
    );
    expect(unsafeIntegerPath({ a: [1n, { feeMinor: 2n ** 53n }], cMinor: 2n ** 60n })).toEqual(["a", 1, "feeMinor"]);
    expect(unsafeIntegerPath({ aMinor: -(2n ** 53n) + 1n, n: 2 ** 60 })).toBeUndefined();
    // Only amounts (`…Minor`) are sent as JSON integers; a scaled decimal's digits are not.
    expect(unsafeIntegerPath({ accrual: { scaled: 2n ** 80n } })).toBeUndefined();
  });
});
