import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf, usd } from "./loans-helpers.js";

const sum = (values: ReadonlyArray<number>) => values.reduce((total, value) => total + value, 0);

// The standard loan of loans-helpers.ts ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01, level
// installment $888.49, installment 1 = 10,192 interest + 78,657 principal). Today is 2025-03-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;

function post(token: string, loanId: string, path: string, body: unknown) {
  return api.call("POST", `/v1/loans/${loanId}/${path}`, { token, body });
}

async function posted(token: string, loanId: string, path: string, body: unknown): Promise<Row> {
  const response = await post(token, loanId, path, body);
  const result = await json(response);
  expect(response.status, JSON.stringify(result)).toBe(201);
  return result;
}

describe("loans API: bad events get core's code and store nothing", () => {
  type Setup = (token: string, loanId: string) => Promise<Row>;
  const noSetup: Setup = async () => ({});
  const cases: Array<{ code: string; status: number; setup: Setup; path: string; body: (prior: Row) => unknown }> = [
    {
      code: "payment_before_disbursement",
      status: 422,
      setup: noSetup,
      path: "payments",
      body: () => ({ ...usd(10_000), effectiveDate: "2024-12-31" }),
    },
    {
      code: "invalid_amount",
      status: 422,
      setup: noSetup,
      path: "payments",
      body: () => ({ ...usd(0), effectiveDate: "2025-02-01" }),
    },
    {
      // A negative amount is below the schema's minimum of 0.
      code: "validation_failed",
      status: 422,
      setup: noSetup,
      path: "payments",
      body: () => ({ ...usd(-10_000), effectiveDate: "2025-02-01" }),
    },
    {
      code: "currency_mismatch",
      status: 422,
      setup: noSetup,
      path: "payments",
      body: () => ({ amount: 10_000, currency: "EUR", effectiveDate: "2025-02-01" }),
    },
    {
      code: "effective_date_in_future",
      status: 422,
      setup: noSetup,
      path: "payments",
      body: () => ({ ...usd(10_000), effectiveDate: "2025-03-02" }),
    },
    {
      code: "unknown_transaction",
      status: 422,
      setup: noSetup,
      path: "reversals",
      body: () => ({ transactionId: "pmt_01JGFJJZ000000000000000000", effectiveDate: "2025-02-05" }),
    },
    {
      code: "already_reversed",
      status: 409,
      setup: async (token, loanId) => {
        const payment = await posted(token, loanId, "payments", { ...usd(88_849), effectiveDate: "2025-02-01" });
        const id = (payment.event as Row).id;
        await posted(token, loanId, "reversals", { transactionId: id, effectiveDate: "2025-02-05" });
        return { id };
      },
      path: "reversals",
      body: (prior) => ({ transactionId: prior.id, effectiveDate: "2025-02-06" }),
    },
    {
      code: "waiver_exceeds_fee",
      status: 422,
      setup: async (token, loanId) => {
        const fee = await posted(token, loanId, "fees", { ...usd(5_000), effectiveDate: "2025-01-10" });
        return { id: (fee.event as Row).id };
      },
      path: "fee-waivers",
      body: (prior) => ({ chargeId: prior.id, ...usd(5_001), effectiveDate: "2025-01-12" }),
    },
    {
      code: "loan_closed",
      status: 409,
      setup: async (token, loanId) => posted(token, loanId, "charge-offs", { effectiveDate: "2025-02-20" }),
      path: "reschedules",
      body: () => ({ effectiveDate: "2025-02-25", firstPaymentDate: "2025-04-01", numberOfPayments: 24 }),
    },
  ];

  it.each(cases)("$status $code", async ({ code, status, setup, path, body }) => {
    const token = await api.token(`bad-${code}`);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const prior = await setup(token, loanId);
    const before = await stateOf(api, token, loanId);
    const response = await post(token, loanId, path, body(prior));
    const problem = await json(response);
    expect(response.status, JSON.stringify(problem)).toBe(status);
    expect(problem).toMatchObject({ code, status });
    const after = await stateOf(api, token, loanId);
    expect(after.version).toBe(before.version);
    expect(after).toEqual(before);
  });

  it("a reschedule of a paid-off loan is refused as closed, and nothing is stored", async () => {
    const token = await api.token("closed");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2025-02-10`, { token }));
    await posted(token, loanId, "payments", { amount: quote.amount, currency: "USD", effectiveDate: "2025-02-10" });
    expect((await stateOf(api, token, loanId)).status).toBe("paid-off");
    const response = await post(token, loanId, "reschedules", {
      effectiveDate: "2025-02-20",
      firstPaymentDate: "2025-04-01",
      numberOfPayments: 12,
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("loan_closed");
    expect((await stateOf(api, token, loanId)).version).toBe(2);
  });
});

describe("loans API: reversals, fees, waivers and the ledger", () => {
  it("a bounced payment is reversed with an NSF fee, the fee waived, and every journal entry balances", async () => {
    const token = await api.token("reversal");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const payment = await json(await pay(api, token, loanId, 88_849, "2025-02-01"));
    const paymentId = String((payment.event as Row).id);
    const reversal = await posted(token, loanId, "reversals", {
      transactionId: paymentId,
      effectiveDate: "2025-02-05",
      nsf: true,
    });
    const reversalId = String((reversal.event as Row).id);
    expect(reversalId).toMatch(/^rev_/);

    const history = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    const byId = new Map((history.data as Row[]).map((t) => [t.id, t]));
    expect(byId.get(paymentId)).toMatchObject({ type: "payment", reversedById: reversalId });
    // The product's NSF fee is a flat $25.00.
    expect(byId.get(`${reversalId}:nsf`)).toMatchObject({ type: "nsf-fee", amount: 2_500 });

    // Installment 1 is unpaid again: overdue 28 days on 2025-03-01, and its late fee was assessed on
    // 02-17 (due + 15 grace days + 1): 5 % of 88,849 = 4,442.45, capped at the product's $40.00.
    const state = await stateOf(api, token, loanId);
    expect(state).toMatchObject({ daysPastDue: 28, delinquencyBucket: "1-30" });
    expect(state.charges).toContainEqual(expect.objectContaining({ id: "late-fee:1", amount: 4_000 }));
    expect(state.charges).toContainEqual(expect.objectContaining({ id: `${reversalId}:nsf`, amount: 2_500 }));

    const waived = await posted(token, loanId, "fee-waivers", {
      chargeId: `${reversalId}:nsf`,
      ...usd(2_500),
      effectiveDate: "2025-02-06",
    });
    expect((waived.event as Row).id).toMatch(/^wvr_/);
    const after = await stateOf(api, token, loanId);
    expect(after.charges).toContainEqual(expect.objectContaining({ id: `${reversalId}:nsf`, waived: 2_500 }));

    const journal = await json(await api.call("GET", `/v1/loans/${loanId}/journal-entries`, { token }));
    const entries = journal.data as Array<{ reversesEntryId: string | null; lines: Row[] }>;
    expect(entries.some((entry) => entry.reversesEntryId !== null)).toBe(true);
    for (const entry of entries) {
      expect(sum(entry.lines.map((line) => Number(line.debit)))).toBe(
        sum(entry.lines.map((line) => Number(line.credit))),
      );
    }
    const balance = await json(await api.call("GET", `/v1/loans/${loanId}/trial-balance`, { token }));
    expect((balance.totals as Row[]).map((total) => total.balance)).toEqual([0]);
    const principal = (balance.rows as Row[]).find((row) => row.account === "principal_receivable");
    expect(principal?.balance).toBe((after.outstanding as Row).principal);
  });

  it("charges a fee that the next payment settles by the product's waterfall", async () => {
    const token = await api.token("fees");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const fee = await posted(token, loanId, "fees", {
      ...usd(5_000),
      effectiveDate: "2025-01-10",
      feeType: "document",
    });
    expect((fee.event as Row).id).toMatch(/^fee_/);
    // Waterfall penalties -> fees -> interest -> principal: 88,849 pays the 5,000 fee, 10,192 interest, 73,657 principal.
    const paid = await json(await pay(api, token, loanId, 88_849, "2025-02-01"));
    const history = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    const payment = (history.data as Row[]).find((t) => t.id === (paid.event as Row).id);
    expect(payment?.allocation).toEqual({
      principal: 73_657,
      interest: 10_192,
      fees: 5_000,
      penalties: 0,
      credit: 0,
    });
  });
});

describe("loans API: reschedules, payment holidays and charge-off", () => {
  it("previews a reschedule without storing it, then applies it", async () => {
    const token = await api.token("reschedule");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    await pay(api, token, loanId, 88_849, "2025-02-01");
    const body = { effectiveDate: "2025-03-05", firstPaymentDate: "2025-04-01", numberOfPayments: 24 };
    const preview = await api.call("POST", `/v1/loans/${loanId}/reschedules/preview`, { token, body });
    expect(preview.status).toBe(200);
    const previewed = await json(preview);
    expect((previewed.event as Row).recordedAt).toBeNull();
    const schedule = previewed.schedule as Row[];
    // Installments 1 (paid) and 2 (due 03-01) stay; 24 new ones follow. Principal not yet due is
    // 921,343 − 80,368 = 840,975; PMT(1 %, 24, 840,975) = 840,975 × 0.01 / (1 − 1.01^−24) = 39,587.61 → 39,588.
    expect(schedule).toHaveLength(26);
    expect(schedule[2]).toMatchObject({ number: 3, dueDate: "2025-04-01", planned: 39_588 });
    expect((await stateOf(api, token, loanId)).version).toBe(2);

    const applied = await posted(token, loanId, "reschedules", body);
    expect((applied.event as Row).id).toMatch(/^rsc_/);
    const stored = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-03-05`, { token }));
    expect(stored.installments).toEqual(schedule);
  });

  it("previews and grants a payment holiday: skipped installments are added at the end", async () => {
    const token = await api.token("holiday");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    await pay(api, token, loanId, 88_849, "2025-02-01");
    const body = { effectiveDate: "2025-02-15", installments: 2, interest: "capitalize" };
    const preview = await json(await api.call("POST", `/v1/loans/${loanId}/payment-holidays/preview`, { token, body }));
    const schedule = preview.schedule as Row[];
    expect(schedule).toHaveLength(14);
    expect(schedule.slice(1, 3).map((i) => i.status)).toEqual(["skipped", "skipped"]);
    expect(schedule[13]).toMatchObject({ number: 14, dueDate: "2026-03-01" });
    const granted = await posted(token, loanId, "payment-holidays", body);
    expect((granted.loan as Row).version).toBe(3);
    expect((granted.loan as Row).daysPastDue).toBe(0);
  });

  it("charges a loan off: balances leave the books and there is no payoff quote", async () => {
    const token = await api.token("charge-off");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const result = await posted(token, loanId, "charge-offs", { effectiveDate: "2025-02-20" });
    expect((result.event as Row).id).toMatch(/^cof_/);
    const loan = result.loan as Row;
    expect(loan).toMatchObject({ status: "charged-off" });
    expect((loan.chargedOff as Row).principal).toBe(1_000_000);
    const quote = await api.call("GET", `/v1/loans/${loanId}/payoff-quote`, { token });
    expect(quote.status).toBe(409);
    expect((await json(quote)).code).toBe("loan_closed");
  });
});
