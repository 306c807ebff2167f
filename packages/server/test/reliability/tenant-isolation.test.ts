import { sampleSdnFiles } from "@lendstack/core/compliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSanctionsList } from "../../src/screenings/rescreen.js";
import { saveTenantSettings } from "../../src/tenants/store.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { type SeededTenant, seedTenant } from "./seed.js";
import { parametersOf, resolveRef, type SpecOperation, type SpecParameter, specOperations } from "./spec.js";
import { idPrefixOf, validValue } from "./spec-values.js";

/**
 * The tenant-isolation matrix (issue 15), built from openapi/openapi.json so a new route is covered the
 * day it is added: tenant A gets one of every resource; tenant B, which has nothing, then calls every
 * operation with A's ids — in the path, in id-typed body fields and in id-typed query filters. B must get
 * 404 wherever A's id names the resource, empty lists elsewhere, and never one of A's ids or texts.
 */

let testDatabase: TestDatabase;
let api: TestApp;
let tenantA: SeededTenant;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
  tokenA = await api.token("tenant-a");
  await saveTenantSettings(testDatabase.db, "tenant-a", { sandbox: true }, api.clock()); // so A has a close run
  // The sample sanctions list, so that A has a screening hit.
  const loaded = await loadSanctionsList(testDatabase.db, sampleSdnFiles, {
    clock: api.clock,
    ids: api.ids,
    threshold: 0.85,
  });
  expect(loaded.ok).toBe(true);
  tenantA = await seedTenant(api, tokenA, "tenant-a-secret");
  tokenB = await api.token("tenant-b");
});
afterAll(() => testDatabase.dispose());

/** Reads of A's seeded resources that need another state (the seed funds its application): the refusal expected. */
const FOUND_IN_ANOTHER_STATE: Readonly<Record<string, string>> = {
  getAdverseActionNotice: "application_not_declined",
};

interface MatrixCase {
  readonly operationId: string;
  readonly label: string;
  readonly method: string;
  /** 404 when A's id is in the path or names the resource the body acts on; else no data of A's. */
  readonly expect: "not_found" | "no_data";
  /** The URL and body, with A's ids (known only once A is seeded). */
  readonly build: (a: SeededTenant) => { url: string; body?: unknown };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes read from the spec
type Schema = any;

const ID_PREFIXES = [
  "prd",
  "rls",
  "dec",
  "loan",
  "we",
  "evt",
  "cr",
  "pty",
  "pmi",
  "app",
  "ofr",
  "dsi",
  "achf",
  "m2f",
  "stm",
  "wf",
  "tsk",
  "cnd",
  "sch",
  "imp",
  "crp",
  "dxt",
  "cpy",
];

/** Query parameters whose schema is an id (or, for audit records, any resource's id): name and prefix. */
function idFilters(parameters: SpecParameter[]): Array<{ name: string; prefix: string }> {
  return parameters
    .filter((parameter) => parameter.in === "query")
    .flatMap((parameter) => {
      const prefix = idPrefixOf(resolveRef(parameter.schema));
      if (prefix !== undefined && ID_PREFIXES.includes(prefix)) return [{ name: parameter.name, prefix }];
      return /resourceId$/.test(parameter.name) ? [{ name: parameter.name, prefix: "loan" }] : [];
    });
}

/** Top-level body properties that hold an id of a resource A has: name and prefix. */
function bodyIdProperties(schema: Schema): Array<{ name: string; prefix: string }> {
  const properties = Object.entries((resolveRef(schema)?.properties ?? {}) as Record<string, Schema>);
  return properties.flatMap(([name, property]) => {
    const prefix = idPrefixOf(resolveRef(property));
    return prefix !== undefined && ID_PREFIXES.includes(prefix) ? [{ name, prefix }] : [];
  });
}

function casesFor(spec: SpecOperation): MatrixCase[] {
  const parameters = parametersOf(spec);
  const hasPathParams = parameters.some((parameter) => parameter.in === "path");
  // A path naming no resource (a collections queue) is a list: B gets it empty, not 404.
  const namesResource = parameters.some(
    (parameter) => parameter.in === "path" && idPrefixOf(resolveRef(parameter.schema)) !== undefined,
  );
  const bodySchema = spec.operation.requestBody?.content?.["application/json"]?.schema;
  const idProperties = bodySchema === undefined ? [] : bodyIdProperties(bodySchema);
  const pathFor = (a: SeededTenant) =>
    spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(a.params[name] ?? "x"));
  const bodyFor = (a: SeededTenant) => {
    if (bodySchema === undefined) return {};
    const body = validValue(bodySchema, "", a.ids) as Record<string, unknown>;
    for (const { name, prefix } of idProperties) body[name] = a.ids[prefix];
    return { body };
  };
  const base = { operationId: spec.operationId, method: spec.method };
  const cases: MatrixCase[] = [];
  if (hasPathParams || idProperties.length > 0 || spec.method === "GET") {
    const label = hasPathParams ? "A's ids in the path" : idProperties.length > 0 ? "A's ids in the body" : "no ids";
    const expect = namesResource || idProperties.length > 0 ? "not_found" : "no_data";
    cases.push({ ...base, label, expect, build: (a) => ({ url: pathFor(a), ...bodyFor(a) }) });
  }
  for (const filter of idFilters(parameters)) {
    cases.push({
      ...base,
      label: `filter ${filter.name}`,
      expect: hasPathParams ? "not_found" : "no_data",
      build: (a) => ({ url: `${pathFor(a)}?${filter.name}=${a.ids[filter.prefix]}`, ...bodyFor(a) }),
    });
  }
  return cases;
}

const operations = specOperations();
const matrix = operations.flatMap(casesFor);
/** Operations with no case: they neither read nor name an existing resource (creating one is not crossing tenants). */
const uncovered = operations.filter(
  (operation) => !matrix.some((entry) => entry.operationId === operation.operationId),
);

describe("tenant B reaches none of tenant A's data on any operation of the spec", () => {
  it("covers every operation that reads or names a resource", () => {
    expect(uncovered.map((operation) => operation.operationId).sort()).toEqual([
      "advanceTestClock",
      "createParty",
      "createProduct",
      "createRuleSet",
      "createWebhookEndpoint",
      "generateCreditReportingFile",
      "ingestAchReturns",
      "updateSettings",
    ]);
    console.log(`isolation matrix: ${operations.length} operations, ${matrix.length} cases`);
  });

  it.each(matrix)("$operationId ($label)", async (entry) => {
    const { url, body } = entry.build(tenantA);
    const response = await api.call(entry.method, url, { token: tokenB, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    // A 404 may echo the id B itself sent; any other id or text of A's is a leak.
    const sent = `${url} ${JSON.stringify(body ?? null)}`;
    for (const secret of tenantA.secrets.filter((candidate) => !sent.includes(candidate))) {
      expect(text, `${secret} leaked`).not.toContain(secret);
    }
    if (entry.expect === "not_found") {
      expect(response.status, text).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      return;
    }
    expect(response.status, text).toBeLessThan(500);
    // A JSON Lines export is not one JSON document: B's is empty, and the secrets check above covers it.
    if (response.status === 200 && response.headers.get("content-type")?.startsWith("application/json")) {
      const page = JSON.parse(text) as { data?: unknown[] };
      if (Array.isArray(page.data)) expect(page.data).toEqual([]);
    }
  });

  // The same reads as A prove each request was well formed: B's 404s and empty pages come from the tenant.
  it.each(matrix.filter((entry) => entry.method === "GET" && entry.label !== "no ids"))(
    "control: A's own $operationId ($label) finds A's data",
    async (entry) => {
      const { url } = entry.build(tenantA);
      const response = await api.call("GET", url, { token: tokenA });
      const text = await response.text();
      const wrongState = FOUND_IN_ANOTHER_STATE[entry.operationId];
      if (wrongState !== undefined) {
        // Found, but A's seeded resource is not in the state this read needs: that it was found is the proof.
        expect(response.status, text).toBe(409);
        expect(JSON.parse(text).code).toBe(wrongState);
        return;
      }
      expect(response.status, text).toBe(200);
      // A download (an ACH file's text) is not JSON: that it answered 200 is the proof.
      const isJson = response.headers.get("content-type")?.includes("json") === true;
      const page = (isJson ? JSON.parse(text) : {}) as { data?: unknown[] };
      if (Array.isArray(page.data)) expect(page.data.length).toBeGreaterThan(0);
    },
  );
});
