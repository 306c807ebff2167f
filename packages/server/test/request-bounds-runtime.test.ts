import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { policy } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The bounds the spec states on product definitions and rule-set documents (request-bounds.test.ts) are the
// bounds the server enforces: one over-limit field gets a 422 problem naming it, and nothing is stored.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
});
afterAll(() => testDatabase.dispose());

// biome-ignore lint/suspicious/noExplicitAny: test edits of a JSON document
type Loose = any;

describe("product definition bounds", () => {
  it.each([
    {
      name: "a rate string longer than 10 characters",
      edit: (p: Loose) => {
        p.rateLimits.maxPercent = "35.99000000";
      },
      pointer: "/rateLimits/maxPercent",
    },
    {
      name: "a currency code longer than 3 characters",
      edit: (p: Loose) => {
        p.currencies.allowed = ["USDX"];
      },
      pointer: "/currencies/allowed/0",
    },
    {
      name: "more allowed frequencies than there are frequencies",
      edit: (p: Loose) => {
        p.repayment.allowedFrequencies = Array(17).fill("monthly");
      },
      pointer: "/repayment/allowedFrequencies",
    },
    {
      name: "an allocation order longer than the buckets",
      edit: (p: Loose) => {
        p.paymentAllocation.order = ["penalties", "fees", "interest", "principal", "fees"];
      },
      pointer: "/paymentAllocation/order",
    },
    {
      name: "a percent fee's percent longer than 10 characters",
      edit: (p: Loose) => {
        p.fees.late = { type: "percent", percent: "5.0000000000", base: "installment" };
      },
      pointer: "/fees/late/percent",
    },
  ])("refuses $name with 422 naming the field, storing nothing", async ({ edit, pointer }) => {
    const token = await api.token("product-bounds");
    const definition = personalLoan() as Loose;
    edit(definition);
    const response = await api.call("POST", "/v1/products", { token, body: definition });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = await json(response);
    expect(body.code).toBe("validation_failed");
    expect((body.errors as Array<{ pointer: string }>).map((error) => error.pointer)).toContain(pointer);
    expect((await json(await api.call("GET", "/v1/products", { token }))).data).toEqual([]);
  });
});

describe("rule-set document bounds", () => {
  it.each([
    {
      name: "a rule's `set` with more than 200 assignments",
      edit: (doc: Loose) => {
        doc.rules[0].set = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`out${i}`, i]));
      },
      pointer: "/document/rules/0/set",
    },
    {
      name: "an output default beyond 2^53 - 1 in magnitude",
      edit: (doc: Loose) => {
        doc.outputs = [{ name: "limit", type: "integer", combine: "first", default: -1e300 }];
      },
      pointer: "/document/outputs/0/default",
    },
    {
      name: "a usury rule's state longer than 2 characters",
      edit: (doc: Loose) => {
        doc.compliance = {
          usuryTable: {
            version: "t1",
            isSampleData: true,
            rules: [
              {
                id: "ny",
                state: "NYC",
                productTypes: ["consumer-closed-end"],
                rateDefinition: "contract-rate",
                maxRatePercent: "16",
                effectiveFrom: "1980-01-01",
                citation: { source: "N.Y. Gen. Oblig. Law § 5-501" },
              },
            ],
          },
        };
      },
      pointer: "/document/compliance/usuryTable/rules/0/state",
    },
    {
      name: "a closed date longer than YYYY-MM-DD",
      edit: (doc: Loose) => {
        doc.compliance = { creditorBusinessDays: { closedWeekdays: [6, 7], closedDates: ["2026-12-250"] } };
      },
      pointer: "/document/compliance/creditorBusinessDays/closedDates/0",
    },
  ])("refuses $name with 422 naming the field, storing nothing", async ({ edit, pointer }) => {
    const token = await api.token("rule-set-bounds");
    const response = await api.call("POST", "/v1/rule-sets", { token, body: { document: policy(edit, "bounds") } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = await json(response);
    expect((body.errors as Array<{ pointer: string }>).map((error) => error.pointer)).toEqual([pointer]);
    expect((await json(await api.call("GET", "/v1/rule-sets", { token }))).data).toEqual([]);
  });
});

describe("request objects take only their declared properties", () => {
  it.each([
    { name: "a rule-set draft", path: "/v1/rule-sets", body: { document: policy(() => {}, "extra"), extra: 1 } },
    {
      name: "a decision",
      path: "/v1/decisions",
      body: { ruleSetId: "rls_01JN8S7QG0000000000000000", facts: {}, extra: 1 },
    },
  ])("refuses an unknown top-level field of $name with 422 naming it", async ({ path, body }) => {
    const token = await api.token("closed-objects");
    const response = await api.call("POST", path, { token, body });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("validation_failed");
    expect(JSON.stringify(problem.errors)).toContain("extra");
  });
});
