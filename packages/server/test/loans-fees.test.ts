import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, pay, standardTerms, testProduct, usd } from "./loans-helpers.js";

// The origination fee of the product is booked at boarding. The standard loan of loans-helpers.ts ($10,000.00 at
// 12 %, 12 monthly payments from 2025-02-01) under the test product with an origination fee added. Balances are
// debit-positive minor units, summed by hand from the posting rules (core ledger/postings.ts):
// disbursement Dr principal_receivable principal, Cr cash (principal − withheld fee), Cr fee_income withheld fee;
// a prepaid fee Dr cash, Cr fee_income. Interest runs on the whole principal either way.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;
type Fee = NonNullable<ReturnType<typeof personalLoan>["fees"]["origination"]>;

async function productWith(token: string, origination: Fee): Promise<string> {
  const base = testProduct();
  const response = await api.call("POST", "/v1/products", {
    token,
    body: { ...base, fees: { ...base.fees, origination } },
  });
  expect(response.status).toBe(201);
  return String((await json(response)).id);
}

async function balances(token: string, loanId: string, asOf: string) {
  const tb = await json(await api.call("GET", `/v1/loans/${loanId}/trial-balance?asOf=${asOf}`, { token }));
  const of = (account: string) => (tb.rows as Row[]).find((row) => row.account === account)?.balance ?? 0;
  return { of, totals: (tb.totals as Row[]).map((total) => total.balance) };
}

const deducted = personalLoan().fees.origination as Fee; // 5 % of principal, $25..$4,000, deducted

describe("loans API: the product's origination fee is booked at boarding", () => {
  const cases = [
    {
      why: "5 % deducted from the proceeds: $500 withheld, $9,500 paid out",
      fee: deducted,
      want: { principal: 1_000_000, cash: -950_000, feeIncome: -50_000, feeTransaction: ["deducted-fee", 50_000] },
    },
    {
      why: "1 % prepaid at closing: $10,000 paid out, $100 received",
      fee: { type: "percent", percent: "1", base: "principal", treatment: "prepaid" } as Fee,
      want: {
        principal: 1_000_000,
        cash: -1_000_000 + 10_000,
        feeIncome: -10_000,
        feeTransaction: ["prepaid-fee", 10_000],
      },
    },
    {
      why: "$199 financed: principal $10,199 owed, the $10,000 requested paid out",
      fee: { type: "flat", amount: 19_900, treatment: "financed" } as Fee,
      want: { principal: 1_019_900, cash: -1_000_000, feeIncome: -19_900, feeTransaction: ["deducted-fee", 19_900] },
    },
  ];
  it.each(cases)("$why", async ({ fee, want }) => {
    const token = await api.token(`fee-${fee.treatment}`);
    const loan = await board(api, token, await productWith(token, fee));
    const loanId = String(loan.id);
    expect(loan).toMatchObject({ principal: want.principal, disbursed: want.principal });
    const { of, totals } = await balances(token, loanId, "2025-01-01");
    expect({ principal: of("principal_receivable"), cash: of("cash"), feeIncome: of("fee_income") }).toEqual({
      principal: want.principal,
      cash: want.cash,
      feeIncome: want.feeIncome,
    });
    expect(totals).toEqual([0]);
    const list = await json(await api.call("GET", `/v1/loans/${loanId}/transactions?asOf=2025-01-01`, { token }));
    const [suffix, amount] = want.feeTransaction;
    expect(list.data).toContainEqual(
      expect.objectContaining({
        id: expect.stringMatching(new RegExp(`^dsb_[0-9A-Z]+:${suffix}$`)),
        type: "disbursement-fee",
        amount,
      }),
    );
  });

  it("a deducted fee leaves the interest on the full principal; paid on time, the books still net to zero", async () => {
    const token = await api.token("fee-interest");
    const loanId = String((await board(api, token, await productWith(token, deducted))).id);
    // Installment 1 on $10,000 (not $9,500): 1,000,000 × 0.12 × 31 / 365 = 10,191.78 → 10,192; level 88,849.
    expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-02-01`, { token }));
    expect((schedule.installments as Row[])[0]).toMatchObject({ status: "paid", interestPaid: 10_192 });
    const { of, totals } = await balances(token, loanId, "2025-02-01");
    expect(of("cash")).toBe(-950_000 + 88_849);
    expect(of("principal_receivable")).toBe(1_000_000 - (88_849 - 10_192));
    expect(of("fee_income")).toBe(-50_000);
    expect(totals).toEqual([0]);
  });
});

describe("loans API: a fee that leaves nothing to pay out is refused and stores nothing", () => {
  const cases = [
    {
      why: "a $1,500 flat deducted fee on a $1,000 loan",
      fee: { type: "flat", amount: 150_000, treatment: "deducted" } as Fee,
      body: { ...usd(100_000) },
      pointer: "/amount",
    },
    {
      why: "the 5 % ($500) fee deducted from a $400 first tranche",
      fee: deducted,
      body: { initialDisbursement: 40_000, currency: "USD" },
      pointer: "/initialDisbursement",
    },
  ];
  it.each(cases)("422 fees_exceed_disbursement: $why", async ({ fee, body, pointer }) => {
    const token = await api.token(`fee-too-large-${pointer.length}`);
    const productId = await productWith(token, fee);
    const response = await api.call("POST", "/v1/loans", { token, body: { productId, ...standardTerms, ...body } });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("fees_exceed_disbursement");
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ location: "body", pointer, code: "fees_exceed_disbursement" }),
    );
    expect((await json(await api.call("GET", "/v1/loans", { token }))).data).toEqual([]);
  });
});
