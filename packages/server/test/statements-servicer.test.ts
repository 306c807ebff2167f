import { spawnSync } from "node:child_process";
import { date } from "@lendstack/core/calendar";
import { demoProducts } from "@lendstack/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board } from "./loans-helpers.js";

// Regulation Z § 1026.41(d)(5) and (d)(6) on a mortgage statement, read back from the PDF with poppler's
// pdftotext. The demo 30-year mortgage ($100,000.00 at 6.5 %, 30/360, 360 monthly payments from 2025-02-01:
// installment $632.07 = 100,000 × (0.065/12) / (1 − (1 + 0.065/12)^−360), rounded half-up) made to hold
// overpayments as credit. On 2025-02-01 the borrower pays $732.07: the installment and $100.00 held unapplied,
// which the 2025-02-01 statement reports, with what applies it (the next installment, due 03/01/2025).

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "statements-servicer";
const servicer = {
  name: "Prairie Home Loans",
  telephoneNumber: "8885550142",
  email: "help@prairie-home.test",
  mailingAddress: "PO Box 12, Lincoln NE 68508",
};
type Row = Record<string, unknown>;

/** The PDF's text as poppler reads it, whitespace runs folded to one space per line. */
function pdfToText(bytes: ArrayBuffer): string[] {
  const run = spawnSync("pdftotext", ["-layout", "-", "-"], { input: Buffer.from(bytes) });
  expect(run.status, String(run.stderr)).toBe(0);
  return String(run.stdout)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

async function patchSettings(token: string, body: unknown) {
  const response = await api.call("PATCH", "/v1/settings", { token, body });
  return { status: response.status, body: await json(response) };
}

describe("servicer contact and partial payments on mortgage statements", () => {
  it("refuses a servicer without a toll-free number or with a bad email, with the field's pointer", async () => {
    const token = await api.token(tenant);
    for (const [change, pointer] of [
      [{ telephoneNumber: "4025550100" }, "/servicer/telephoneNumber"],
      [{ telephoneNumber: "80055501" }, "/servicer/telephoneNumber"],
      [{ email: "not-an-email" }, "/servicer/email"],
      [{ name: "" }, "/servicer/name"],
    ] as const) {
      const refused = await patchSettings(token, { servicer: { ...servicer, ...change } });
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect((refused.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([pointer]);
    }
    const settings = await json(await api.call("GET", "/v1/settings", { token }));
    expect(settings.servicer).toBeNull();
  });

  it("prints the servicer's contact on page one and the unapplied funds with what applies them", async () => {
    let token = await api.token(tenant);
    const saved = await patchSettings(token, { servicer });
    expect(saved.status).toBe(200);
    expect(saved.body.servicer).toEqual(servicer);
    const product = { ...demoProducts[2], overpayment: "hold-as-credit", maxCreditBalance: 50_000 };
    const created = await api.call("POST", "/v1/products", { token, body: product });
    expect(created.status).toBe(201);
    const loan = await board(api, token, String((await json(created)).id), {
      amount: 10_000_000,
      numberOfPayments: 360,
      ratePercent: "6.5",
    });
    const loanId = String(loan.id);
    expect((loan.nextDue as Row).amount).toBe(63_207);
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-01-31"));
    moveClockTo(api, "2025-02-01T12:00:00.000Z");
    token = await api.token(tenant);
    const paid = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: { amount: 73_207, currency: "USD", effectiveDate: "2025-02-01" },
    });
    expect(paid.status, JSON.stringify(await json(paid.clone()))).toBe(201);
    await closeDays(api, testDatabase.db, tenant, date("2025-02-01"), date("2025-02-01"));
    moveClockTo(api, "2025-02-02T12:00:00.000Z");
    token = await api.token(tenant);

    const list = await json(await api.call("GET", `/v1/loans/${loanId}/statements`, { token }));
    const statement = (list.data as Row[])[0] as Row;
    expect(statement).toMatchObject({ statementDate: "2025-02-01", format: "mortgage" });
    expect((statement.closing as Row).unapplied).toBe(10_000);
    const partial = (statement.mortgage as Row).partialPayment as Row;
    expect(partial).toMatchObject({ unapplied: 10_000, receivedSinceLastStatement: 10_000 });
    expect(partial.explanation).toContain("when it falls due on 03/01/2025");

    const pdf = await api.call("GET", `/v1/loans/${loanId}/statements/${statement.id}/content`, { token });
    expect(pdf.status).toBe(200);
    const text = pdfToText(await pdf.arrayBuffer());
    const pageOneEnd = text.findIndex((line) => line.startsWith("Explanation of Amount Due"));
    expect(pageOneEnd).toBeGreaterThan(0);
    const pageOne = text.slice(0, pageOneEnd);
    expect(pageOne).toEqual(
      expect.arrayContaining([
        "Servicer Prairie Home Loans",
        "Customer service 1-888-555-0142",
        "Email help@prairie-home.test",
        "Mailing address PO Box 12, Lincoln NE 68508",
      ]),
    );
    expect(text).toEqual(
      expect.arrayContaining([
        "Partial Payments",
        "Unapplied funds held $100.00",
        "Received since last statement $100.00",
      ]),
    );
    expect(text.join(" ")).toContain("applied automatically to your next payment when it falls due on 03/01/2025");
    expect(text.join(" ")).not.toContain("Lendstack");
  });
});
