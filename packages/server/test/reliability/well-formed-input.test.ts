import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { demoRuleSetReasonStatements } from "../../src/demo/rule-set.js";
import { createLogger } from "../../src/logger.js";
import { json, personalLoan } from "../helpers/products.js";
import { policy } from "../helpers/rule-sets.js";
import { createTestApp, TEST_AUTH, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { standardTerms } from "../loans-helpers.js";
import { pathOf } from "./spec.js";

// Every case here was a 500 (or an accepted request that must be refused) before `wellFormedInput`,
// `pathInteger` and `checkDeclaredFacts` (issue 15, item 6).

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let productId: string;
let ruleSetId: string;

/** The demo policy's facts for a prime applicant, read from its declared inputs (names may change). */
function primeFacts(): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const input of policy().inputs) {
    if (input.type === "number") facts[input.name] = input.name.toLowerCase().includes("score") ? 760 : 10;
    else if (input.type === "boolean") facts[input.name] = false;
    else if (input.type === "list") facts[input.name] = [];
    else if (input.type === "string") facts[input.name] = "CA";
    else facts[input.name] = null;
  }
  return facts;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
  token = await api.token("well-formed");
  productId = String((await json(await api.call("POST", pathOf("createProduct"), { token, body: personalLoan() }))).id);
  const body = { document: policy(), reasonStatements: demoRuleSetReasonStatements };
  ruleSetId = String((await json(await api.call("POST", pathOf("createRuleSet"), { token, body }))).id);
  const published = await api.call("POST", pathOf("publishRuleSetVersion", { ruleSetId, version: 1 }), { token });
  expect(published.status).toBe(200);
});
afterAll(() => testDatabase.dispose());

/** What each list of the tenant holds: nothing refused may change it. */
async function snapshot(): Promise<string> {
  const lists = ["listProducts", "listRuleSets", "listDecisions", "listLoans", "listAuditRecords"];
  const pages = await Promise.all(lists.map(async (id) => (await api.call("GET", pathOf(id), { token })).text()));
  return pages.join("\n");
}

interface Case {
  readonly name: string;
  readonly method: string;
  readonly path: () => string;
  readonly body?: () => unknown;
  readonly status: number;
  readonly code: string;
  /** The expected `errors` (pointer, code); a function when it names an id created in beforeAll. */
  readonly fields?: Fields | (() => Fields);
}

type Fields = ReadonlyArray<readonly [pointer: string, code: string]>;

const deepFacts = (levels: number) =>
  `{"ruleSetId":"${ruleSetId}","facts":{"extra":${'{"a":'.repeat(levels)}1${"}".repeat(levels)}}}`;

const cases: Case[] = [
  {
    name: "a NUL in a product name",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => personalLoan({ name: "Personal\u0000loan" }),
    status: 422,
    code: "validation_failed",
    fields: [["/name", "nul_character"]],
  },
  {
    name: "a lone high surrogate in a product name (a JSON column)",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => personalLoan({ name: "Personal \ud800 loan" }),
    status: 422,
    code: "validation_failed",
    fields: [["/name", "lone_surrogate"]],
  },
  {
    name: "a lone low surrogate in a nested product field",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => personalLoan({ description: "\udc00" }),
    status: 422,
    code: "validation_failed",
    fields: [["/description", "lone_surrogate"]],
  },
  {
    name: "a NUL in a property name",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => ({ ...personalLoan(), "na\u0000me": "x" }),
    status: 422,
    code: "validation_failed",
    fields: [["/na\u0000me", "nul_character"]],
  },
  {
    name: "a NUL in a rule-set document",
    method: "POST",
    path: () => pathOf("createRuleSet"),
    body: () => ({ document: policy((doc) => Object.assign(doc, { name: "x\u0000" }), "nul-policy") }),
    status: 422,
    code: "validation_failed",
    fields: [["/document/name", "nul_character"]],
  },
  {
    name: "validate refuses what create refuses (it said valid: true)",
    method: "POST",
    path: () => pathOf("validateRuleSet", { ruleSetId }),
    body: () => ({ document: policy((doc) => Object.assign(doc, { name: "x\u0000" }), "nul-policy") }),
    status: 422,
    code: "validation_failed",
    fields: [["/document/name", "nul_character"]],
  },
  {
    name: "a NUL in a decision fact",
    method: "POST",
    path: () => pathOf("makeDecision"),
    body: () => ({ ruleSetId, facts: { ...primeFacts(), state: "C\u0000A" } }),
    status: 422,
    code: "validation_failed",
    fields: [["/facts/state", "nul_character"]],
  },
  {
    name: "a 5,000-deep undeclared fact",
    method: "POST",
    path: () => pathOf("makeDecision"),
    body: () => deepFacts(5000),
    status: 422,
    code: "validation_failed",
    fields: [[`/facts/extra${"/a".repeat(30)}`, "too_deep"]],
  },
  {
    name: "a 100,000-deep array body (no stack overflow)",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    status: 422,
    code: "validation_failed",
    fields: [[`${"/0".repeat(32)}`, "too_deep"]],
  },
  {
    name: "a 900 kB undeclared fact",
    method: "POST",
    path: () => pathOf("makeDecision"),
    body: () => ({ ruleSetId, facts: { ...primeFacts(), notes: "x".repeat(900_000) } }),
    status: 422,
    code: "undeclared_fact",
    fields: [["/facts/notes", "undeclared_fact"]],
  },
  {
    name: "several undeclared facts, each named",
    method: "POST",
    path: () => pathOf("makeDecision"),
    body: () => ({ ruleSetId, facts: { ...primeFacts(), shoeSize: 9, favoriteColor: "red" } }),
    status: 422,
    code: "undeclared_fact",
    fields: [
      ["/facts/shoeSize", "undeclared_fact"],
      ["/facts/favoriteColor", "undeclared_fact"],
    ],
  },
  {
    name: "product version past 2^31 - 1 in the path (integer overflow)",
    method: "GET",
    path: () => pathOf("getProductVersion", { productId, version: "999999999999" }),
    status: 422,
    code: "validation_failed",
    fields: [["/version", "too_big"]],
  },
  ...["0x1", "1e0", "01", "+1", "1.0", "0", "-1", "%201", "Infinity", "NaN"].map(
    (version): Case => ({
      name: `product version ${JSON.stringify(version)} is not read as a number`,
      method: "GET",
      path: () => pathOf("getProductVersion", { productId, version }),
      status: 422,
      code: "validation_failed",
      fields: [["/version", version === "0" ? "too_small" : "invalid_type"]],
    }),
  ),
  {
    name: "a 400-digit version",
    method: "GET",
    path: () => pathOf("getProductVersion", { productId, version: "9".repeat(400) }),
    status: 422,
    code: "validation_failed",
    fields: [["/version", "too_big"]],
  },
  {
    name: "rule-set version 0x1",
    method: "GET",
    path: () => pathOf("getRuleSetVersion", { ruleSetId, version: "0x1" }),
    status: 422,
    code: "validation_failed",
    fields: [["/version", "invalid_type"]],
  },
  {
    name: "a NUL in a query filter",
    method: "GET",
    path: () => `${pathOf("listLoans")}?externalReference=a%00b`,
    status: 422,
    code: "validation_failed",
    fields: [["/externalReference", "nul_character"]],
  },
  {
    name: "an encoded lone surrogate in a query filter (invalid UTF-8)",
    method: "GET",
    path: () => `${pathOf("listLoans")}?externalReference=a%ED%A0%80b`,
    status: 422,
    code: "validation_failed",
    fields: [["/externalReference", "invalid_encoding"]],
  },
  {
    name: "a NUL in a path id of a POST (the idempotency record stored it: 500)",
    method: "POST",
    path: () => `${pathOf("publishRuleSetVersion", { ruleSetId: `${ruleSetId}%00`, version: 1 })}`,
    status: 422,
    code: "validation_failed",
    fields: () => [[`/${ruleSetId}%00`, "nul_character"]],
  },
  {
    name: "invalid percent-encoding in a path segment",
    method: "POST",
    path: () => `${pathOf("publishRuleSetVersion", { ruleSetId: `${ruleSetId}%ED%A0%80`, version: 1 })}`,
    status: 422,
    code: "validation_failed",
    fields: () => [[`/${ruleSetId}%ED%A0%80`, "invalid_encoding"]],
  },
  ...["0x10", "1e1", "%2010", "+10", "010"].map(
    (limit): Case => ({
      name: `limit=${limit} is not read as a number`,
      method: "GET",
      path: () => `${pathOf("listProducts")}?limit=${limit}`,
      status: 422,
      code: "validation_failed",
      fields: [["/limit", "invalid_type"]],
    }),
  ),
  {
    name: "a NUL in a loan's external reference",
    method: "POST",
    path: () => pathOf("boardLoan"),
    body: () => ({ productId, ...standardTerms, externalReference: "ref\u0000" }),
    status: 422,
    code: "validation_failed",
    fields: [["/externalReference", "nul_character"]],
  },
  {
    name: "a loan disbursed on 9999-12-31 (a replay to it held a request for minutes)",
    method: "POST",
    path: () => pathOf("boardLoan"),
    body: () => ({ productId, ...standardTerms, disbursementDate: "9999-12-31" }),
    status: 422,
    code: "validation_failed",
    fields: [["/disbursementDate", "custom"]],
  },
  {
    name: "a report as of 1899-12-31",
    method: "GET",
    path: () => `${pathOf("getPortfolioReport")}?asOf=1899-12-31`,
    status: 422,
    code: "validation_failed",
    fields: [["/asOf", "custom"]],
  },
  {
    name: "a JSON body that does not parse",
    method: "POST",
    path: () => pathOf("createProduct"),
    body: () => '{"name": "x"',
    status: 400,
    code: "malformed_json",
  },
];

describe("input that used to crash the server is a 4xx problem and changes nothing", () => {
  it.each(cases)("$name", async (given) => {
    const before = await snapshot();
    const body = given.body?.();
    const response = await api.call(given.method, given.path(), { token, ...(body === undefined ? {} : { body }) });
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await json(response);
    expect({ status: response.status, code: problem.code }, JSON.stringify(problem)).toEqual({
      status: given.status,
      code: given.code,
    });
    if (given.fields !== undefined) {
      const errors = problem.errors as Array<{ pointer: string; code: string }>;
      const fields = typeof given.fields === "function" ? given.fields() : given.fields;
      expect(errors.map((error) => [error.pointer, error.code])).toEqual(fields);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("well-formed input is accepted as Unicode NFC", () => {
  it("stores a decomposed name composed, and finds a reference however it was composed", async () => {
    const decomposed = "Cafe\u0301 loan"; // e + combining acute
    const created = await api.call("POST", pathOf("createProduct"), {
      token,
      body: personalLoan({ name: decomposed }),
    });
    expect(created.status).toBe(201);
    expect((await json(created)).name).toBe("Caf\u00e9 loan");

    const reference = "re\u0301f-1";
    const boarded = await api.call("POST", pathOf("boardLoan"), {
      token,
      body: { productId, ...standardTerms, externalReference: reference },
    });
    expect(boarded.status, await boarded.clone().text()).toBe(201);
    expect((await json(boarded)).externalReference).toBe("r\u00e9f-1");
    for (const spelling of ["r%C3%A9f-1", "re%CC%81f-1"]) {
      const page = await json(await api.call("GET", `${pathOf("listLoans")}?externalReference=${spelling}`, { token }));
      expect((page.data as unknown[]).length, spelling).toBe(1);
    }
  });

  it("accepts emoji (surrogate pairs) and the largest version", async () => {
    const created = await api.call("POST", pathOf("createProduct"), { token, body: personalLoan({ name: "Loan 💸" }) });
    expect(created.status).toBe(201);
    const found = await api.call("GET", pathOf("getProductVersion", { productId, version: "2147483647" }), { token });
    expect(found.status).toBe(404);
    const first = await api.call("GET", pathOf("getProductVersion", { productId, version: "1" }), { token });
    expect(first.status).toBe(200);
  });

  it("decides on exactly the declared facts", async () => {
    const response = await api.call("POST", pathOf("makeDecision"), {
      token,
      body: { ruleSetId, facts: primeFacts() },
    });
    expect(response.status, await response.clone().text()).toBe(201);
  });
});

describe("a failed SQL statement is logged without its parameters", () => {
  it("logs the query text and the database's code, not the values", async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await createTestDatabase();
    try {
      await database.db.execute(sql`alter table products add constraint no_secrets check (name not like '%secret%')`);
      const app = createApp({
        database: database.database,
        clock: api.clock,
        ids: api.ids,
        auth: TEST_AUTH,
        logger: createLogger("error", destination),
      });
      const response = await app.request(pathOf("createProduct"), {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "idempotency-key": "log-test-1",
        },
        body: JSON.stringify(personalLoan({ name: "secret-4111111111111111" })),
      });
      expect(response.status).toBe(500);
      const log = lines.join("");
      expect(log).toContain("unhandled error");
      expect(log).toContain("insert into");
      expect(log).toContain("23514"); // check_violation
      expect(log).not.toContain("4111111111111111");
    } finally {
      await database.dispose();
    }
  });
});
