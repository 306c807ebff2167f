import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, standardTerms, stateOf, testProduct, usd } from "./loans-helpers.js";

// The standard loan of loans-helpers.ts ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01; installment 1
// = 10,192 interest + 78,657 principal, leaving 921,343). Today on the test clock is 2025-03-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;

function post(token: string, loanId: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return api.call("POST", `/v1/loans/${loanId}/${path}`, { token, body, headers });
}

async function newLoan(tenant: string) {
  const token = await api.token(tenant);
  const loanId = String((await board(api, token, await createProduct(api, token))).id);
  return { token, loanId };
}

/** A loan whose product accepts a credit balance of up to $10.00. */
async function loanAcceptingCredit(tenant: string) {
  const token = await api.token(tenant);
  const product = await api.call("POST", "/v1/products", {
    token,
    body: { ...testProduct(), maxCreditBalance: 1_000 },
  });
  expect(product.status).toBe(201);
  const loanId = String((await board(api, token, String((await json(product)).id))).id);
  return { token, loanId };
}

describe("loans API: overpayment, refund, recovery, write-off", () => {
  it("an overpaid loan holds a credit that a refund pays back, closing it; a larger refund is refused", async () => {
    const { token, loanId } = await loanAcceptingCredit("refund");
    const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2025-02-10`, { token }));
    const payoff = quote.amount as number;
    expect((await pay(api, token, loanId, payoff + 1_000, "2025-02-10")).status).toBe(201);
    expect(await stateOf(api, token, loanId)).toMatchObject({ status: "overpaid", creditBalance: 1_000 });

    const tooMuch = await post(token, loanId, "refunds", { ...usd(1_001), effectiveDate: "2025-02-11" });
    expect(tooMuch.status).toBe(422);
    expect((await json(tooMuch)).code).toBe("refund_exceeds_credit");
    const refunded = await post(token, loanId, "refunds", { ...usd(1_000), effectiveDate: "2025-02-11" });
    expect(refunded.status).toBe(201);
    expect((await json(refunded)).loan).toMatchObject({ status: "closed", creditBalance: 0 });
  });

  it("a recovery needs a charge-off first; a write-off is final", async () => {
    const { token, loanId } = await newLoan("recovery");
    const early = await post(token, loanId, "recoveries", { ...usd(50_000), effectiveDate: "2025-02-20" });
    expect(early.status).toBe(409);
    expect((await json(early)).code).toBe("loan_not_charged_off");
    expect((await post(token, loanId, "charge-offs", { effectiveDate: "2025-02-20" })).status).toBe(201);
    const recovered = await post(token, loanId, "recoveries", { ...usd(50_000), effectiveDate: "2025-02-25" });
    expect(recovered.status).toBe(201);
    expect((await json(recovered)).loan).toMatchObject({ status: "charged-off", recovered: 50_000 });
    const written = await post(token, loanId, "write-offs", { effectiveDate: "2025-02-28" });
    expect(written.status).toBe(201);
    expect((await json(written)).loan).toMatchObject({ status: "written-off" });
    const balance = await json(await api.call("GET", `/v1/loans/${loanId}/trial-balance`, { token }));
    expect((balance.totals as Row[]).map((total) => total.balance)).toEqual([0]);
  });
});

describe("loans API: rate changes", () => {
  it("a fixed rate from 2025-02-10 re-prices installment 2's interest from that day", async () => {
    const { token, loanId } = await newLoan("rate-fixed");
    await pay(api, token, loanId, 88_849, "2025-02-01");
    const changed = await post(token, loanId, "rate-changes", {
      effectiveDate: "2025-02-10",
      rate: { kind: "fixed", ratePercent: "6" },
    });
    expect(changed.status).toBe(201);
    expect((await json(changed)).loan).toMatchObject({ annualRatePercent: "6" });
    // Actual/365F on 921,343: 9 days (Feb 1-9) at 12 % and 19 days (Feb 10-28) at 6 %:
    // 921,343 × (0.12 × 9 + 0.06 × 19) / 365 = 921,343 × 2.22 / 365 = 5,603.79 → 5,604 cents.
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule`, { token }));
    expect((schedule.installments as Row[])[1]).toMatchObject({ interestDue: 5_604 });
  });

  it("a fixed rate from the due date 2025-02-01 prices all of installment 2 at the new rate, rounded on its own", async () => {
    const { token, loanId } = await newLoan("rate-on-due-date");
    await pay(api, token, loanId, 88_849, "2025-02-01");
    const changed = await post(token, loanId, "rate-changes", {
      effectiveDate: "2025-02-01",
      rate: { kind: "fixed", ratePercent: "6" },
    });
    expect(changed.status).toBe(201);
    // Installment 1 stays at 12 %: 1,000,000 × 0.12 × 31 / 365 = 10,191.78 → 10,192.
    // Installment 2, Actual/365F on 921,343 for 28 days at 6 %: 921,343 × 0.06 × 28 / 365 = 4,240.70 → 4,241
    // (half-up; no sub-cent rest carried from installment 1). Level: PMT(0.005, 11, -921343) = 86,292.09 → 86,292.
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule`, { token }));
    const [first, second] = schedule.installments as Row[];
    expect(first).toMatchObject({ interestDue: 10_192, principalDue: 78_657 });
    expect(second).toMatchObject({ interestDue: 4_241, principalDue: 86_292 - 4_241 });
  });

  it("an indexed rate is index + margin held under the cap; a bad rate points at its field", async () => {
    const { token, loanId } = await newLoan("rate-indexed");
    const rate = { kind: "indexed", indexRatePercent: "4.33", marginPercent: "7", capPercent: "10" };
    const capped = await post(token, loanId, "rate-changes", { effectiveDate: "2025-02-01", rate });
    expect(capped.status).toBe(201);
    // 4.33 + 7 = 11.33, above the 10 % cap.
    expect((await json(capped)).loan).toMatchObject({ annualRatePercent: "10" });
    const bad = await post(token, loanId, "rate-changes", {
      effectiveDate: "2025-02-01",
      rate: { kind: "indexed", indexRatePercent: "abc", marginPercent: "2" },
    });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors).toContainEqual(
      expect.objectContaining({ location: "body", pointer: "/rate/indexRatePercent" }),
    );
  });
});

describe("loans API: optimistic concurrency with If-Match", () => {
  it("a change decided on a stale version is refused with 409 and stores nothing", async () => {
    const { token, loanId } = await newLoan("if-match");
    const body = { ...usd(10_000), effectiveDate: "2025-02-01" };
    expect((await post(token, loanId, "payments", body, { "if-match": '"1"' })).status).toBe(201);
    const stale = await post(token, loanId, "payments", body, { "if-match": "1" });
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("loan_version_conflict");
    expect((await stateOf(api, token, loanId)).version).toBe(2);
    const garbage = await post(token, loanId, "payments", body, { "if-match": "latest" });
    expect(garbage.status).toBe(400);
    expect((await post(token, loanId, "payments", body, { "if-match": "2" })).status).toBe(201);
    const reschedule = { effectiveDate: "2025-03-01", firstPaymentDate: "2025-04-01", numberOfPayments: 12 };
    const stalePreview = await post(token, loanId, "reschedules/preview", reschedule, { "if-match": "2" });
    expect(stalePreview.status).toBe(409);
    expect((await post(token, loanId, "reschedules/preview", reschedule, { "if-match": "3" })).status).toBe(200);
  });
});

describe("loans API: events dated after today", () => {
  it("a back-dated event that would break a stored future-dated one is refused, so the loan always replays", async () => {
    const { token, loanId } = await newLoan("future");
    const reschedule = { effectiveDate: "2025-03-20", firstPaymentDate: "2025-05-01", numberOfPayments: 24 };
    expect((await post(token, loanId, "reschedules", reschedule)).status).toBe(201);
    // A charge-off on 2025-02-25 is fine as of today (2025-03-01) but leaves the 03-20 reschedule on a closed loan.
    const chargeOff = await post(token, loanId, "charge-offs", { effectiveDate: "2025-02-25" });
    expect(chargeOff.status).toBe(409);
    expect((await json(chargeOff)).code).toBe("loan_closed");
    expect((await stateOf(api, token, loanId, "2025-03-20")).version).toBe(2);
  });
});

describe("loans API: tranches", () => {
  it("boards a first tranche and disburses the rest later; interest follows what was disbursed", async () => {
    const token = await api.token("tranches");
    const productId = await createProduct(api, token);
    const tooMuch = await api.call("POST", "/v1/loans", {
      token,
      body: { productId, ...standardTerms, initialDisbursement: 1_000_001, currency: "USD" },
    });
    expect(tooMuch.status).toBe(422);
    expect((await json(tooMuch)).errors).toContainEqual(
      expect.objectContaining({ pointer: "/initialDisbursement", code: "disbursement_exceeds_principal" }),
    );

    const loan = await board(api, token, productId, { initialDisbursement: 400_000, currency: "USD" });
    const loanId = String(loan.id);
    expect(loan).toMatchObject({ disbursed: 400_000, principal: 1_000_000 });
    const second = await post(token, loanId, "disbursements", { ...usd(600_000), effectiveDate: "2025-01-15" });
    expect(second.status).toBe(201);
    expect((await json(second)).loan).toMatchObject({ disbursed: 1_000_000 });
    const third = await post(token, loanId, "disbursements", { ...usd(1), effectiveDate: "2025-01-20" });
    expect(third.status).toBe(422);
    expect((await json(third)).code).toBe("disbursement_exceeds_principal");
    // Installment 1 interest: 400,000 for 14 days (Jan 1-14) and 1,000,000 for 17 days (Jan 15-31) at 12 %,
    // Actual/365F: (400,000 × 14 + 1,000,000 × 17) × 0.12 / 365 = 7,430.14 → 7,430 cents.
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-02-01`, { token }));
    expect((schedule.installments as Row[])[0]).toMatchObject({ interestDue: 7_430 });
  });
});

describe("loans API: restructure with capitalized arrears", () => {
  it("brings a loan 28 days behind back to current with its arrears in the principal", async () => {
    const { token, loanId } = await newLoan("restructure");
    expect(await stateOf(api, token, loanId)).toMatchObject({ daysPastDue: 28 });
    const result = await post(token, loanId, "reschedules", {
      effectiveDate: "2025-03-01",
      firstPaymentDate: "2025-04-01",
      numberOfPayments: 24,
      capitalizeArrears: true,
    });
    expect(result.status).toBe(201);
    // Nothing was paid. Arrears on 2025-03-01: interest of installment 1 (10,192) and of installment 2
    // (1,000,000 × 0.12 × 28 / 365 = 9,205.48 → 9,205) and installment 1's late fee (5 % of 88,849, capped
    // at $40.00 = 4,000). They join the 1,000,000 principal: 1,000,000 + 10,192 + 9,205 + 4,000 = 1,023,397.
    expect((await json(result)).loan).toMatchObject({
      daysPastDue: 0,
      outstanding: { principal: 1_023_397, interest: 0, fees: 0, penalties: 0 },
    });
  });
});
