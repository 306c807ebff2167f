import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createRuleSet, policy } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let productA: string;
let productB: string;
/** Boarding instants of the five loans, one minute apart. */
const boardedAt: string[] = [];
const loanIds: string[] = [];

// Five loans: references, products and disbursement dates chosen so each filter selects a known subset.
const fixtures = [
  { product: "A", externalReference: "ext-1", borrowerReference: "bor-1", disbursementDate: "2025-01-01" },
  { product: "A", externalReference: "ext-2", borrowerReference: "bor-1", disbursementDate: "2025-01-15" },
  { product: "B", externalReference: "ext-3", borrowerReference: "bor-2", disbursementDate: "2025-02-01" },
  { product: "B", borrowerReference: "bor-2", disbursementDate: "2025-02-01" },
  { product: "A", disbursementDate: "2025-03-01" },
] as const;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  token = await api.token("lists");
  productA = await createProduct(api, token);
  productB = await createProduct(api, token);
  for (const { product, disbursementDate, ...references } of fixtures) {
    api.clock.advance(60_000);
    boardedAt.push(api.clock().toISOString());
    const firstPaymentDate = `${disbursementDate.slice(0, 5)}${String(Number(disbursementDate.slice(5, 7)) + 1).padStart(2, "0")}-01`;
    const loan = await board(api, token, product === "A" ? productA : productB, {
      ...references,
      disbursementDate,
      firstPaymentDate,
    });
    loanIds.push(String(loan.id));
  }
});
afterAll(() => testDatabase.dispose());

async function listIds(query: string, as = token): Promise<string[]> {
  const response = await api.call("GET", `/v1/loans?${query}`, { token: as });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(200);
  return (body.data as Array<{ id: string }>).map((loan) => loan.id);
}

const loans = (...indexes: number[]) => indexes.map((index) => loanIds[index]);

describe("GET /v1/loans filters", () => {
  it.each([
    ["no filter", "", [0, 1, 2, 3, 4]],
    ["externalReference", "externalReference=ext-2", [1]],
    ["borrowerReference", "borrowerReference=bor-2", [2, 3]],
    ["status", "status=active", [0, 1, 2, 3, 4]],
    ["another status", "status=paid-off", []],
    ["disbursementDate[gte] (inclusive)", "disbursementDate[gte]=2025-02-01", [2, 3, 4]],
    ["disbursementDate[lt] (exclusive)", "disbursementDate[lt]=2025-02-01", [0, 1]],
    ["a disbursement month", "disbursementDate[gte]=2025-02-01&disbursementDate[lt]=2025-03-01", [2, 3]],
    ["filters combined with AND", "borrowerReference=bor-1&disbursementDate[gte]=2025-01-02", [1]],
  ])("%s", async (_name, query, want) => {
    expect(await listIds(query)).toEqual(loans(...want));
  });

  it("productId", async () => {
    expect(await listIds(`productId=${productB}`)).toEqual(loans(2, 3));
    expect(await listIds(`productId=${productA}&borrowerReference=bor-1`)).toEqual(loans(0, 1));
  });

  it("createdAt[gte] is inclusive and createdAt[lt] exclusive, offsets allowed", async () => {
    expect(await listIds(`createdAt[gte]=${boardedAt[1]}&createdAt[lt]=${boardedAt[3]}`)).toEqual(loans(1, 2));
    // The same instant as boardedAt[3] written with a +02:00 offset.
    const shifted = new Date(Date.parse(boardedAt[3] ?? "") + 2 * 3_600_000).toISOString().replace("Z", "+02:00");
    expect(await listIds(`createdAt[gte]=${encodeURIComponent(shifted)}`)).toEqual(loans(3, 4));
  });

  it("pages through a filtered list with the cursor, keeping the filter", async () => {
    const first = await json(await api.call("GET", `/v1/loans?productId=${productA}&limit=2`, { token }));
    expect((first.data as Array<{ id: string }>).map((loan) => loan.id)).toEqual(loans(0, 1));
    const rest = await listIds(`productId=${productA}&limit=2&cursor=${String(first.nextCursor)}`);
    expect(rest).toEqual(loans(4));
  });

  it("never shows another tenant's loans, whatever the filter", async () => {
    const other = await api.token("lists-other");
    expect(await listIds("externalReference=ext-1", other)).toEqual([]);
    expect(await listIds(`productId=${productA}`, other)).toEqual([]);
  });

  it.each([
    ["an impossible date", "disbursementDate[gte]=2025-02-30", "/disbursementDate[gte]"],
    ["a date with a time", "disbursementDate[lt]=2025-02-01T00:00:00Z", "/disbursementDate[lt]"],
    ["an instant without a zone", "createdAt[gte]=2025-03-01T12:00:00", "/createdAt[gte]"],
    ["an impossible instant", "createdAt[lt]=2025-13-01T00:00:00Z", "/createdAt[lt]"],
    ["a status that does not exist", "status=frozen", "/status"],
    ["a malformed product id", "productId=prd_nope", "/productId"],
    ["an empty reference", "externalReference=", "/externalReference"],
    ["a reference over 200 characters", `externalReference=${"x".repeat(201)}`, "/externalReference"],
  ])("%s is 422 validation_failed pointing at the parameter", async (_name, query, pointer) => {
    const response = await api.call("GET", `/v1/loans?${query}`, { token });
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(422);
    expect(body.code).toBe("validation_failed");
    expect(body.errors).toContainEqual(expect.objectContaining({ location: "query", pointer }));
  });

  it("a misspelt filter is 400 unknown_query_parameter, not every loan", async () => {
    const response = await api.call("GET", "/v1/loans?externalRef=ext-1&createdAt[gt]=2025-01-01T00:00:00Z", { token });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe("unknown_query_parameter");
    expect(body.errors).toEqual([
      expect.objectContaining({ location: "query", pointer: "/externalRef" }),
      expect.objectContaining({ location: "query", pointer: "/createdAt[gt]" }),
    ]);
  });
});

describe("filters on the other lists", () => {
  it("products by status and createdAt", async () => {
    const archived = await api.call("POST", `/v1/products/${productB}/archive`, { token });
    expect(archived.status).toBe(200);
    const ids = async (query: string) =>
      ((await json(await api.call("GET", `/v1/products?${query}`, { token }))).data as Array<{ id: string }>).map(
        (product) => product.id,
      );
    expect(await ids("status=archived")).toEqual([productB]);
    expect(await ids("status=active")).toEqual([productA]);
    expect(await ids(`createdAt[gte]=${boardedAt[0]}`)).toEqual([]);
    expect(await ids(`createdAt[lt]=${boardedAt[0]}`)).toEqual([productA, productB]);
  });

  it("product versions by createdAt", async () => {
    const list = async (query: string) =>
      (await json(await api.call("GET", `/v1/products/${productA}/versions?${query}`, { token }))).data as unknown[];
    expect(await list("")).toHaveLength(1);
    expect(await list(`createdAt[gte]=${boardedAt[0]}`)).toHaveLength(0);
  });
});

describe("rule-set list filters", () => {
  it("rule sets by key; a rule set's versions by status", async () => {
    const first = await createRuleSet(api, token, policy(undefined, "first-policy"));
    const second = await createRuleSet(api, token, policy(undefined, "second-policy"));
    const ids = async (query: string) =>
      ((await json(await api.call("GET", `/v1/rule-sets?${query}`, { token }))).data as Array<{ id: string }>).map(
        (ruleSet) => ruleSet.id,
      );
    expect(await ids("key=second-policy")).toEqual([second.id]);
    expect(await ids("key=no-such-policy")).toEqual([]);
    expect(await ids("")).toEqual([first.id, second.id]);

    const published = await api.call("POST", `/v1/rule-sets/${String(first.id)}/versions/1/publish`, { token });
    expect(published.status).toBe(200);
    const draft = await api.call("PUT", `/v1/rule-sets/${String(first.id)}/draft`, {
      token,
      body: { document: policy(undefined, "first-policy") },
    });
    expect(draft.status).toBe(200);
    const versions = async (status: string) =>
      (
        (await json(await api.call("GET", `/v1/rule-sets/${String(first.id)}/versions?status=${status}`, { token })))
          .data as Array<{ version: number }>
      ).map((version) => version.version);
    expect(await versions("published")).toEqual([1]);
    expect(await versions("draft")).toEqual([2]);
  });
});
