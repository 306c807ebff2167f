import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../src/openapi-document.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";
import { paymentBody } from "./reliability/books.js";

// Money-moving POSTs require an Idempotency-Key (a retried payment must never post twice); every other
// POST accepts one. The spec says which.

/** The operations that move money or post to the ledger. */
const MONEY_MOVING = [
  "POST /v1/loans",
  "POST /v1/loans/{loanId}/payments",
  "POST /v1/loans/{loanId}/reversals",
  "POST /v1/loans/{loanId}/refunds",
  "POST /v1/loans/{loanId}/recoveries",
  "POST /v1/loans/{loanId}/fees",
  "POST /v1/loans/{loanId}/fee-waivers",
  "POST /v1/loans/{loanId}/disbursements",
  "POST /v1/loans/{loanId}/charge-offs",
  "POST /v1/loans/{loanId}/write-offs",
  // A settlement agrees to forgive the rest of the balance when it is paid.
  "POST /v1/loans/{loanId}/settlements",
  // A returns file reverses payments and charges NSF fees.
  "POST /v1/ach-returns",
  // An import's commit boards loans with their whole history.
  "POST /v1/imports",
  // A card is charged through the processor and the payment posted; a refund reverses it.
  "POST /v1/loans/{loanId}/card-payments",
  "POST /v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds",
];

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

interface Parameter {
  readonly in: string;
  readonly name: string;
  readonly required?: boolean;
}

describe("the spec", () => {
  const document = buildOpenApiDocument();
  const posts = Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const post = (item as Record<string, { parameters?: Parameter[] }>).post;
    return post === undefined ? [] : [{ operation: `POST ${path}`, parameters: post.parameters ?? [] }];
  });
  const keyOf = (parameters: ReadonlyArray<Parameter>) =>
    parameters.find((parameter) => parameter.in === "header" && parameter.name === "idempotency-key");

  it("declares Idempotency-Key required on exactly the money-moving POSTs", () => {
    const required = posts.filter((post) => keyOf(post.parameters)?.required === true).map((post) => post.operation);
    expect(required.sort()).toEqual([...MONEY_MOVING].sort());
  });

  it("declares it (optional) on every other POST", () => {
    for (const post of posts) expect(keyOf(post.parameters), post.operation).toBeDefined();
  });
});

describe("a money-moving POST without Idempotency-Key", () => {
  it.each(MONEY_MOVING)("%s is 400 idempotency_key_required, before anything runs", async (operation) => {
    const token = await api.token("keys-required");
    const path = operation.slice("POST ".length).replace("{loanId}", "loan_0000000000000000000000000");
    const response = await api.call("POST", path, { token, body: {}, idempotencyKey: null });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await json(response)).toMatchObject({
      code: "idempotency_key_required",
      errors: [{ location: "header", pointer: "/idempotency-key", code: "required" }],
    });
  });

  it("stores nothing, and the same payment with a key posts", async () => {
    const token = await api.token("keys-payment");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const path = `/v1/loans/${loanId}/payments`;
    const keyless = await api.call("POST", path, {
      token,
      body: paymentBody(5_000, "2025-02-01"),
      idempotencyKey: null,
    });
    expect(keyless.status).toBe(400);
    const events = async () =>
      ((await json(await api.call("GET", `/v1/loans/${loanId}/events`, { token }))).data as unknown[]).length;
    expect(await events()).toBe(1);
    const keyed = await api.call("POST", path, {
      token,
      body: paymentBody(5_000, "2025-02-01"),
      idempotencyKey: "pay-1",
    });
    expect(keyed.status).toBe(201);
    expect(await events()).toBe(2);
  });
});

describe("other POSTs", () => {
  it("work without a key (a reschedule preview, a product)", async () => {
    const token = await api.token("keys-optional");
    const product = await api.call("POST", "/v1/products", {
      token,
      body: (await import("./loans-helpers.js")).testProduct(),
      idempotencyKey: null,
    });
    expect(product.status).toBe(201);
  });
});
