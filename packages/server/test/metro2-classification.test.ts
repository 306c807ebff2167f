import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { furnisher, generate } from "./credit-reporting-helpers.js";
import { moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, testProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// A product's Metro 2 portfolio type (base segment field 8, position 73) and account type (field 9,
// positions 74-75), by the Metro 2 base segment layout: a mortgage product's loans report M/26, an
// unsecured personal product's I/01 (the defaults of their productType), a product naming its codes those.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "metro2-classes";

async function createProduct(token: string, extra: Record<string, unknown>) {
  const response = await api.call("POST", "/v1/products", { token, body: { ...testProduct(), ...extra } });
  return { status: response.status, body: await json(response) };
}

async function boardFor(token: string, productId: string, n: number) {
  const party = await createParty(api, token, individual({ taxId: `123-45-67${20 + n}` }));
  return String((await board(api, token, productId, { borrowerReference: String(party.id) })).id);
}

/** The base segment's raw line of a loan in the file's text, and fields 8 and 9 by their 1-based positions. */
function classificationAt(text: string, loanId: string) {
  const line = text.split("\n").find((l) => l.includes(loanId.replace(/^loan_/, "")));
  expect(line, loanId).toBeDefined();
  const record = line as string;
  return { length: record.length, portfolioType: record.slice(72, 73), accountType: record.slice(73, 75) };
}

describe("Metro 2 classification per product", () => {
  it("refuses an unknown code or a pair the code table forbids with a 422 problem, nothing created", async () => {
    const token = await api.token(tenant);
    for (const [creditReporting, pointer, code] of [
      [{ accountType: "99" }, "/creditReporting/accountType", "invalid_value"],
      [{ portfolioType: "Z" }, "/creditReporting/portfolioType", "invalid_value"],
      [{ portfolioType: "I", accountType: "26" }, "/creditReporting/accountType", "unsupported_combination"],
    ] as const) {
      const refused = await createProduct(token, { creditReporting });
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect(refused.body.code).toBe("validation_failed");
      const errors = refused.body.errors as Array<{ pointer: string; code: string }>;
      expect(errors.map((error) => [error.pointer, error.code])).toEqual([[pointer, code]]);
    }
    const products = await json(await api.call("GET", "/v1/products", { token }));
    expect(products.data).toEqual([]);
  });

  it("writes M/26 for a mortgage product, I/01 for an unsecured one, and a product's own codes", async () => {
    let token = await api.token(tenant);
    const mortgage = await createProduct(token, { productType: "mortgage" });
    const unsecured = await createProduct(token, { productType: "personal" });
    const auto = await createProduct(token, { creditReporting: { portfolioType: "I", accountType: "00" } });
    for (const created of [mortgage, unsecured, auto]) expect(created.status).toBe(201);
    expect(mortgage.body.definition).not.toHaveProperty("creditReporting");
    const loans = {
      mortgage: await boardFor(token, String(mortgage.body.id), 1),
      unsecured: await boardFor(token, String(unsecured.body.id), 2),
      auto: await boardFor(token, String(auto.body.id), 3),
    };
    moveClockTo(api, "2025-02-01T12:00:00Z");
    token = await api.token(tenant);
    await api.call("PATCH", "/v1/settings", { token, body: { creditReporting: furnisher } });
    const { file, parsed } = await generate(api, token, "2025-01");
    expect(file).toMatchObject({ accountCount: 3, skippedCount: 0 });
    const byAccount = new Map(parsed.accounts.map((a) => [a.base.consumerAccountNumber?.trim(), a.base]));
    const fieldsOf = (loanId: string) => {
      const base = byAccount.get(loanId.replace(/^loan_/, ""));
      return { portfolioType: base?.portfolioType, accountType: base?.accountType };
    };
    expect(fieldsOf(loans.mortgage)).toEqual({ portfolioType: "M", accountType: "26" });
    expect(fieldsOf(loans.unsecured)).toEqual({ portfolioType: "I", accountType: "01" });
    expect(fieldsOf(loans.auto)).toEqual({ portfolioType: "I", accountType: "00" });

    // The same fields read at their positions in the raw text (73; 74-75), not only through the layout.
    const content = await api.call("GET", `/v1/credit-reporting/metro2-files/${file.id}/content`, { token });
    const text = await content.text();
    expect(classificationAt(text, loans.mortgage)).toEqual({ length: 426, portfolioType: "M", accountType: "26" });
    expect(classificationAt(text, loans.unsecured)).toEqual({ length: 426, portfolioType: "I", accountType: "01" });
  });
});
