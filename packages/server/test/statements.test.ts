import { date } from "@lendstack/core/calendar";
import { demoProducts } from "@lendstack/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { pdfLines, pdfTextItems, usDate, usd } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;
type Balances = { principal: number; interest: number; fees: number; unapplied: number; total: number };
type Transaction = {
  id: string;
  date: string;
  type: string;
  description: string;
  amount: number;
  change: Balances;
  reversedBy: string | null;
};
type StatementBody = Row & { opening: Balances; closing: Balances; transactions: Transaction[]; amountDue: Row };

const BUCKETS = ["principal", "interest", "fees", "unapplied", "total"] as const;

/** closing = opening + every transaction's change, bucket by bucket. */
function expectReconciles(statement: StatementBody): void {
  for (const bucket of BUCKETS) {
    const moved = statement.transactions.reduce((sum, t) => sum + t.change[bucket], statement.opening[bucket]);
    expect(moved, bucket).toBe(statement.closing[bucket]);
  }
}

async function listAll(token: string, loanId: string): Promise<StatementBody[]> {
  const found: StatementBody[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? "?limit=2" : `?limit=2&cursor=${cursor}`;
    const response = await api.call("GET", `/v1/loans/${loanId}/statements${query}`, { token });
    expect(response.status).toBe(200);
    const page = await json(response);
    found.push(...(page.data as StatementBody[]));
    cursor = page.nextCursor as string | null;
  } while (cursor !== null);
  return found;
}

/**
 * The loan tests' standard loan ($10,000.00 at 12 %, 12 monthly installments of $888.49 from 2025-02-01;
 * late fee 5 % of the installment, at least $15.00, at most $40.00, after 15 days; NSF fee $25.00):
 * installment 1 paid on time; installment 2 paid on 2025-03-03, the payment returned on 2025-03-06 (NSF
 * fee), so the late fee comes on 2025-03-17 (5 % of 888.49 = 44.42, capped at $40.00); on 2025-03-20 a
 * payment of 888.49 + 25.00 + 40.00 settles it all.
 */
let token: string;
let loanId: string;
let statements: StatementBody[];
let mortgageToken: string;
let mortgageId: string;

/** The demo 30-year mortgage (Regulation Z statements): $100,000.00 at 6.5 %, 30/360, nothing ever paid. */
async function boardMortgage(mortgageTokenValue: string): Promise<string> {
  const created = await api.call("POST", "/v1/products", { token: mortgageTokenValue, body: demoProducts[2] });
  expect(created.status).toBe(201);
  const productId = String((await json(created)).id);
  const loan = await board(api, mortgageTokenValue, productId, {
    amount: 10_000_000,
    numberOfPayments: 360,
    ratePercent: "6.5",
  });
  return String(loan.id);
}

describe("statements", () => {
  beforeAll(async () => {
    token = await api.token("statements");
    loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    mortgageToken = await api.token("statements-mortgage");
    mortgageId = await boardMortgage(mortgageToken);
    await closeDays(api, testDatabase.db, undefined, date("2025-01-01"), date("2025-03-01"));
    moveClockTo(api, "2025-04-01T12:00:00.000Z");
    token = await api.token("statements"); // the first tokens expired with the clock's move
    mortgageToken = await api.token("statements-mortgage");
    const returned = await json(await pay(api, token, loanId, 88_849, "2025-03-03"));
    const reversal = await api.call("POST", `/v1/loans/${loanId}/reversals`, {
      token,
      body: { transactionId: (returned.event as Row).id, effectiveDate: "2025-03-06", nsf: true },
    });
    expect(reversal.status).toBe(201);
    expect((await pay(api, token, loanId, 95_349, "2025-03-20")).status).toBe(201);
    await closeDays(api, testDatabase.db, undefined, date("2025-03-02"), date("2025-04-01"));
    statements = await listAll(token, loanId);
  });

  it("issues one statement per due date, newest first, each opening where the last closed", () => {
    expect(statements.map((s) => [s.statementDate, s.periodStart])).toEqual([
      ["2025-04-01", "2025-03-02"],
      ["2025-03-01", "2025-02-02"],
      ["2025-02-01", "2025-01-01"],
    ]);
    const [third, second, first] = statements as [StatementBody, StatementBody, StatementBody];
    expect(first.opening.total).toBe(0);
    expect(second.opening).toEqual(first.closing);
    expect(third.opening).toEqual(second.closing);
    for (const statement of statements) expectReconciles(statement);
  });

  it("shows the returned payment, its NSF fee, the late fee and the payment that cured it", async () => {
    const third = statements[0] as StatementBody;
    expect(third.transactions.map((t) => [t.type, t.amount])).toEqual([
      ["payment", 88_849],
      ["payment-reversal", 88_849],
      ["nsf-fee", 2_500],
      ["late-fee", 4_000],
      ["payment", 95_349],
      ["interest", third.interestCharged],
    ]);
    expect(third.transactions[0]?.reversedBy).toBe(third.transactions[1]?.id);
    expect(third.transactions[4]?.change).toMatchObject({ fees: -6_500, total: -95_349 });
    expect(third).toMatchObject({ feesCharged: 6_500, credits: 88_849 + 95_349, daysPastDue: 0, mortgage: null });
    // The closing balances are the loans API's figures for the statement date.
    const loan = await stateOf(api, token, loanId, "2025-04-01");
    const outstanding = loan.outstanding as Row;
    expect(third.closing).toMatchObject({
      principal: loan.principalBalance,
      interest: Number(outstanding.interest) + Number(loan.accruedInterest),
      fees: 0,
    });
    // Installment 3 fell due on the statement date unpaid; installment 4 is due on 2025-05-01.
    expect(third.amountDue).toMatchObject({ dueDate: "2025-05-01", installmentNumber: 4, pastDue: 88_849, feesDue: 0 });
    expect(third.amountDue.total).toBe(88_849 + 88_849);
    expect(third.amountDue.lateFee).toEqual({ amount: 4_000, chargedOn: "2025-05-17" });
    expect(third.interestChargedYearToDate).toBe(statements.reduce((sum, s) => sum + Number(s.interestCharged), 0));
  });

  it("records statement.issued with each statement, and a re-run close issues nothing twice", async () => {
    const issued = await json(await api.call("GET", "/v1/events?type=statement.issued", { token }));
    const data = (issued.data as Row[]).map((event) => event.data as StatementBody);
    expect(data.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    // Ids and totals only: the lines stay behind GET (a slim payload for webhooks).
    for (const event of data) {
      const full = statements.find((s) => s.id === event.id) as StatementBody;
      expect(event).toEqual({
        id: full.id,
        object: "statement",
        loanId: full.loanId,
        format: full.format,
        currency: full.currency,
        statementDate: full.statementDate,
        periodStart: full.periodStart,
        periodEnd: full.periodEnd,
        closing: full.closing,
        amountDue: { dueDate: full.amountDue.dueDate, total: full.amountDue.total },
        daysPastDue: full.daysPastDue,
      });
    }
    await closeDay(
      testDatabase.db,
      { businessDate: date("2025-04-01"), batchSize: 10, tenantId: "statements" },
      { clock: api.clock, ids: api.ids },
    );
    expect(await listAll(token, loanId)).toEqual(statements);
    const again = await json(await api.call("GET", "/v1/events?type=statement.issued", { token }));
    expect(again.data).toHaveLength(3);
  });

  it("gets one statement; another tenant gets 404 for the loan's statements", async () => {
    const first = statements[2] as StatementBody;
    const one = await api.call("GET", `/v1/loans/${loanId}/statements/${first.id}`, { token });
    expect(one.status).toBe(200);
    expect(await json(one)).toEqual(first);
    const other = await api.token("statements-other");
    expect((await api.call("GET", `/v1/loans/${loanId}/statements`, { token: other })).status).toBe(404);
    expect((await api.call("GET", `/v1/loans/${loanId}/statements/${first.id}`, { token: other })).status).toBe(404);
    const unknown = await api.call("GET", `/v1/loans/${loanId}/statements/stm_01JGFJJZ0000000000000000AB`, { token });
    expect(unknown.status).toBe(404);
    expect((await api.call("GET", `/v1/loans/${loanId}/statements?cursor=nonsense`, { token })).status).toBe(400);
  });
  it("prints every figure of the JSON in the PDF, to the cent", async () => {
    for (const statement of statements) {
      const response = await api.call("GET", `/v1/loans/${loanId}/statements/${statement.id}/content`, { token });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const lines = pdfLines(await pdfTextItems(new Uint8Array(await response.arrayBuffer())));
      expect(lines).toEqual(expect.arrayContaining(expectedLines(statement)));
    }
  });

  it("a mortgage more than 45 days delinquent: the Regulation Z contents in the JSON and the PDF", async () => {
    const [latest] = await listAll(mortgageToken, mortgageId);
    const mortgage = latest?.mortgage as Row;
    // Nothing paid since 2025-02-01: 59 days delinquent on 2025-04-01; three installments past due.
    expect(latest).toMatchObject({ statementDate: "2025-04-01", format: "mortgage", daysPastDue: 59 });
    const delinquency = mortgage.delinquency as Row & { history: Row[] };
    expect(delinquency).toMatchObject({ delinquentSince: "2025-02-01", daysDelinquent: 59 });
    expect(delinquency.history.map((row) => row.dueDate)).toEqual(["2025-02-01", "2025-03-01", "2025-04-01"]);
    expectReconciles(latest as StatementBody);
    const response = await api.call("GET", `/v1/loans/${mortgageId}/statements/${latest?.id}/content`, {
      token: mortgageToken,
    });
    const lines = pdfLines(await pdfTextItems(new Uint8Array(await response.arrayBuffer())));
    expect(lines).toEqual(
      expect.arrayContaining([...expectedLines(latest as StatementBody), ...mortgageLines(mortgage)]),
    );
    expect(lines).toContain("Mortgage Statement");
  });
  it("sends a late payment notice with the late fee, and a mortgage's delinquency notice after 45 days", async () => {
    const notices = await json(await api.call("GET", `/v1/loans/${loanId}/notices`, { token }));
    expect(notices.data).toEqual([
      expect.objectContaining({
        object: "notice",
        loanId,
        kind: "late-payment",
        noticeDate: "2025-03-17",
        installmentNumber: 2,
        dueDate: "2025-03-01",
        lateFee: 4_000,
        pastDue: 88_849,
        feesDue: 6_500, // the NSF fee and the late fee
        amountToBringCurrent: 95_349,
        daysPastDue: 16,
        delinquency: null,
      }),
    ]);
    const late = (notices.data as Row[])[0] as Row;
    const pdf = await api.call("GET", `/v1/loans/${loanId}/notices/${late.id}/content`, { token });
    expect(pdf.status).toBe(200);
    const lines = pdfLines(await pdfTextItems(new Uint8Array(await pdf.arrayBuffer())));
    expect(lines).toEqual(
      expect.arrayContaining([
        "Late Payment Notice",
        `Late fee charged | ${usd(4_000)}`,
        `Past due | ${usd(88_849)}`,
        `Fees and charges due | ${usd(6_500)}`,
        `Amount to bring current | ${usd(95_349)}`,
        "Days past due | 16",
      ]),
    );
    const mortgageNotices = await json(
      await api.call("GET", `/v1/loans/${mortgageId}/notices`, { token: mortgageToken }),
    );
    // 2025-02-01 + 46 days = 2025-03-19; late fees on 2025-02-17 and 2025-03-17 (15 grace days).
    expect((mortgageNotices.data as Row[]).map((n) => [n.kind, n.noticeDate])).toEqual([
      ["delinquency", "2025-03-19"],
      ["late-payment", "2025-03-17"],
      ["late-payment", "2025-02-17"],
    ]);
    const delinquency = (mortgageNotices.data as Row[])[0]?.delinquency as Row;
    expect(delinquency).toMatchObject({ delinquentSince: "2025-02-01", daysDelinquent: 46 });
    const other = await api.token("statements-other");
    expect((await api.call("GET", `/v1/loans/${loanId}/notices`, { token: other })).status).toBe(404);
    expect((await api.call("GET", `/v1/loans/${loanId}/notices/${late.id}/content`, { token: other })).status).toBe(
      404,
    );
  });
});

type Parts = Record<"principal" | "interest" | "escrow" | "fees" | "unapplied" | "total", number>;

/** The lines of the PDF that carry the statement's figures, as pdf.js reads them (cells joined by " | "). */
function expectedLines(s: StatementBody): string[] {
  const due = s.amountDue as Row & { regularPayment: Parts };
  const balanceLine = (label: string, bucket: (typeof BUCKETS)[number]) =>
    `${label} | ${usd(s.opening[bucket])} | ${usd(s.closing[bucket])}`;
  return [
    `Statement date | ${usDate(String(s.statementDate))}`,
    // The amount-due box: due date, amount due, late fee.
    [
      due.dueDate === null ? "None" : usDate(String(due.dueDate)),
      usd(Number(due.total)),
      due.lateFee === null ? "None" : usd(Number((due.lateFee as Row).amount)),
    ].join(" | "),
    `Principal | ${usd(due.regularPayment.principal)}`,
    `Interest | ${usd(due.regularPayment.interest)}`,
    `Regular payment | ${usd(due.regularPayment.total)}`,
    `Past due | ${usd(Number(due.pastDue))}`,
    `Fees and charges due | ${usd(Number(due.feesDue))}`,
    `Unapplied funds used | ${usd(Number(due.unappliedCredit))}`,
    `Total amount due | ${usd(Number(due.total))}`,
    balanceLine("Principal", "principal"),
    balanceLine("Interest", "interest"),
    balanceLine("Fees", "fees"),
    balanceLine("Unapplied funds", "unapplied"),
    balanceLine("Total", "total"),
    ...s.transactions.map((t) =>
      [
        usDate(String(t.date)),
        t.description,
        ...[t.amount, t.change.principal, t.change.interest, t.change.fees, t.change.unapplied].map(usd),
      ].join(" | "),
    ),
    `Charges this period | ${usd(Number(s.charges))}`,
    `Credits this period | ${usd(Number(s.credits))}`,
    `Interest charged this period | ${usd(Number(s.interestCharged))}`,
    `Fees charged this period | ${usd(Number(s.feesCharged))}`,
    `Interest charged this year | ${usd(Number(s.interestChargedYearToDate))}`,
    `Fees charged this year | ${usd(Number(s.feesChargedYearToDate))}`,
    `Days past due | ${s.daysPastDue}`,
  ];
}

function mortgageLines(m: Row): string[] {
  const since = m.paymentsSinceLastStatement as Parts;
  const year = m.paymentsYearToDate as Parts;
  const d = m.delinquency as Row & { history: Row[] };
  const row = (label: string, key: keyof Parts) => `${label} | ${usd(since[key])} | ${usd(year[key])}`;
  return [
    row("Escrow (taxes and insurance)", "escrow"),
    row("Partial payment (unapplied)", "unapplied"),
    `Outstanding principal | ${usd(Number(m.outstandingPrincipal))}`,
    `Delinquent since | ${usDate(String(d.delinquentSince))}`,
    `Days delinquent | ${d.daysDelinquent}`,
    `Total needed to bring current | ${usd(Number(d.amountToBringCurrent))}`,
    ...d.history.map((h) =>
      [usDate(String(h.dueDate)), ...[h.due, h.paid, h.remaining].map((v) => usd(Number(v)))].join(" | "),
    ),
  ];
}
