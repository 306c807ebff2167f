import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";

// Manual fees and SCRA protection (50 U.S.C. § 3937: fees charged count as interest under the 6 % cap) on
// PGlite and (with DATABASE_URL) PostgreSQL: a fee dated inside a servicemember's protection period is 422
// `scra_protected_fee` and nothing is stored; before the period, or on a loan with no servicemember, it posts.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-03-05T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const fee = (token: string, loanId: string, effectiveDate: string) =>
  api.call("POST", `/v1/loans/${loanId}/fees`, {
    token,
    body: { amount: 2_500, currency: "USD", effectiveDate, feeType: "document" },
  });

describe("manual fees during SCRA protection", () => {
  it("are refused inside the protection period, allowed outside it", async () => {
    const token = await api.token("scra-fees");
    const productId = await createProduct(api, token);
    const loanId = String((await board(api, token, productId)).id);
    const saved = await api.call("PUT", `/v1/loans/${loanId}/servicemember`, {
      token,
      body: {
        evidence: { type: "dmdc_certificate", reference: "DMDC-2025-0002" },
        activeDutyStartDate: "2025-02-01",
      },
    });
    expect(saved.status, JSON.stringify(await json(saved))).toBe(200);
    const version = async () => (await json(await api.call("GET", `/v1/loans/${loanId}`, { token }))).version;
    const before = await version();

    for (const day of ["2025-02-01", "2025-03-05"]) {
      const refused = await fee(token, loanId, day);
      expect(refused.status).toBe(422);
      expect(await json(refused)).toMatchObject({
        code: "scra_protected_fee",
        errors: [{ pointer: "/effectiveDate" }],
      });
    }
    expect(await version()).toBe(before);

    // The day before service began is outside the period.
    expect((await fee(token, loanId, "2025-01-31")).status).toBe(201);
    const other = String((await board(api, token, productId)).id);
    expect((await fee(token, other, "2025-03-05")).status).toBe(201);
    // Another tenant's loan is not found, whatever its servicemember.
    const intruder = await api.token("scra-fees-intruder");
    expect((await fee(intruder, loanId, "2025-03-05")).status).toBe(404);
  });
});
