/**
 * The API's conventions (DESIGN.md "The API's conventions", issue 8), checked on the published spec
 * (openapi/openapi.json) so a new endpoint cannot drift from them: one money shape (integers in minor units, named
 * without a unit suffix, beside the resource's one `currency`; no `{ amount, currency }` object), paths of plural
 * kebab-case nouns, status fields that are enums, and one (American) spelling.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

type Schema = Record<string, unknown>;

const specPath = fileURLToPath(new URL("../openapi/openapi.json", import.meta.url));
const spec = JSON.parse(readFileSync(specPath, "utf8")) as {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; schema?: Schema }> }>>;
  components: { schemas: Record<string, Schema> };
};

/**
 * Path segments that are not plural nouns, each a deliberate singular:
 * - `schedule`, `payoff-quote`, `trial-balance`: the one such read of a loan (for a date), not a collection;
 * - `draft`: a rule set's single editable draft (read and replaced whole with PUT);
 * - `portfolio`: the portfolio report, one per tenant and business date;
 * - `preview`, `validate`, `simulate`: computations that store nothing, so there is no resource to create or list;
 * - `publish`, `archive`: state transitions of one version or product (Stripe's `/cancel`, `/capture` style);
 * - `test-clock`: a sandbox tenant's one clock (its moves are the plural `advances`);
 * - `submit`, `withdraw`, `approve`, `decline`, `accept`, `counter`, `fund`: an application's (or offer's)
 *   lifecycle transitions, one command each, as `publish`; `decision` and `closing`: an application's one
 *   decision and one closing; `pipeline`: the origination pipeline report, one per tenant.
 */
const singularSegments = new Set([
  "schedule",
  "payoff-quote",
  "trial-balance",
  "draft",
  "portfolio",
  "preview",
  "validate",
  "simulate",
  "publish",
  "archive",
  "test-clock",
  // A loan has one autopay enrollment: a singleton sub-resource, as issue 12 names it.
  "autopay",
  // Issue 12's credit-reporting area (and a loan's one credit-reporting state); `metro2-files` is plural, its
  // digit the format's name (Metro 2).
  "credit-reporting",
  "metro2-files",
  // A loan's borrower has one military-service record (SCRA): read, replaced and ended whole.
  "servicemember",
  "submit",
  "withdraw",
  "approve",
  "decline",
  "accept",
  "counter",
  "fund",
  "decision",
  "closing",
  "pipeline",
  // A declined application has one notice, sent once: GET …/adverse-action-notice, POST …/delivery.
  "adverse-action-notice",
  "delivery",
  // An envelope's commands, as issue 11 names them: POST …/void, GET …/verify.
  "void",
  "verify",
  // A file's bytes: GET /v1/ach-files/{fileId}/content.
  "content",
  // A task's state commands (its assignee and status), one command each, as `publish`.
  "claim",
  "complete",
  "reassign",
  // An underwriting condition's two resolutions, as `publish`.
  "clear",
  "waive",
  // A reviewer's verdict on a document, as `accept`.
  "reject",
  // A sanctions screening hit's two reviews: `clear` (a false positive) and `confirm`.
  "confirm",
]);

/**
 * Status fields that are not enums: `Problem.status` is the HTTP status code RFC 9457 defines as an integer.
 */
const nonEnumStatuses = new Set(["Problem.status"]);

/** British spellings the API must not use in a name or an enum value (it spells the American way). */
const britishSpellings =
  /capitalis|amortis|utilis|normalis|serialis|organis|recognis|licence|behaviour|colour|honour|favour|cheque|catalogue/i;
/** `enrol`, `enrolment`, `enrolLoan…` but not `enrolled` or `enrollment`: case matters, so a regex of its own. */
const britishEnrol = /[Ee]nrol(?!l)/;
const isBritish = (text: string) => britishSpellings.test(text) || britishEnrol.test(text);

function resolve(schema: unknown): Schema | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  const node = schema as Schema;
  if (typeof node.$ref === "string") {
    const name = node.$ref.replace("#/components/schemas/", "");
    return resolve(spec.components.schemas[name]);
  }
  const allOf = node.allOf as unknown[] | undefined;
  if (Array.isArray(allOf)) {
    const [first] = allOf.map(resolve).filter((part) => part !== undefined && Object.keys(part).length > 1);
    return first ?? resolve(allOf[0]);
  }
  return node;
}

/** Every object property in the spec, with where it is (`Schema.path.to.property`). */
function properties(): Array<{ where: string; name: string; schema: Schema }> {
  const found: Array<{ where: string; name: string; schema: Schema }> = [];
  const visit = (node: unknown, where: string): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, where);
      return;
    }
    const schema = node as Schema;
    const props = schema.properties as Record<string, Schema> | undefined;
    for (const [name, child] of Object.entries(props ?? {})) {
      found.push({ where: `${where}.${name}`, name, schema: child });
      visit(child, `${where}.${name}`);
    }
    for (const [key, child] of Object.entries(schema)) {
      if (key !== "properties") visit(child, where);
    }
  };
  for (const [name, schema] of Object.entries(spec.components.schemas)) visit(schema, name);
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) visit(operation, `${method.toUpperCase()} ${path}`);
  }
  return found;
}

/** Every query or path parameter, with its operation. */
function parameters(): Array<{ where: string; name: string; schema: Schema }> {
  return Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      (operation.parameters ?? []).map((parameter) => ({
        where: `${method.toUpperCase()} ${path} ?${parameter.name}`,
        name: parameter.name,
        schema: parameter.schema ?? {},
      })),
    ),
  );
}

function isEnum(schema: Schema): boolean {
  const resolved = resolve(schema);
  return Array.isArray(resolved?.enum) || resolved?.const !== undefined;
}

describe("the API's conventions, on openapi/openapi.json", () => {
  it("finds the spec's properties (the walk works)", () => {
    expect(properties().length).toBeGreaterThan(300);
    expect(properties().some((property) => property.where === "PaymentRequest.amount")).toBe(true);
  });

  it("names no field with a unit suffix: nothing ends in Minor", () => {
    const offenders = [...properties(), ...parameters()].filter(({ name }) => name.endsWith("Minor"));
    expect(offenders.map((offender) => offender.where)).toEqual([]);
  });

  it("has no money object: no { amount, currency } schema, and every `amount` is an integer", () => {
    const moneyObjects = Object.entries(spec.components.schemas)
      .concat(properties().map(({ where, schema }) => [where, schema] as [string, Schema]))
      .filter(([, schema]) => {
        const keys = Object.keys((resolve(schema)?.properties as Schema | undefined) ?? {}).sort();
        return keys.length === 2 && keys[0] === "amount" && keys[1] === "currency";
      });
    expect(moneyObjects.map(([where]) => where)).toEqual([]);
    const nonIntegerAmounts = properties().filter(({ name, schema }) => {
      if (name !== "amount") return false;
      const type = resolve(schema)?.type;
      return !(type === "integer" || (Array.isArray(type) && type.includes("integer")));
    });
    expect(nonIntegerAmounts.map((property) => property.where)).toEqual([]);
  });

  it("gives every request amount integer bounds in minor units (format int64, 0 … 10^13)", () => {
    const requests = Object.keys(spec.components.schemas).filter((name) => name.endsWith("Request"));
    const unbounded = properties().filter(({ where, name, schema }) => {
      if (!requests.includes(where.split(".")[0] ?? "") || name !== "amount") return false;
      const resolved = resolve(schema) ?? {};
      return resolved.format !== "int64" || resolved.minimum === undefined || resolved.maximum !== 10_000_000_000_000;
    });
    expect(unbounded.map((property) => property.where)).toEqual([]);
  });

  it("has paths of plural kebab-case nouns or {parameters}, under /v1", () => {
    const offenders = Object.keys(spec.paths).flatMap((path) => {
      const [empty, version, ...segments] = path.split("/");
      if (empty !== "" || version !== "v1") return [path];
      return segments
        .filter((segment) => !/^\{[a-z][a-zA-Z]*\}$/.test(segment))
        .filter((segment) => !(/^[a-z]+(-[a-z]+)*s$/.test(segment) || singularSegments.has(segment)))
        .map((segment) => `${path}: ${segment}`);
    });
    expect(offenders).toEqual([]);
  });

  it("makes every status field an enum", () => {
    const statuses = [...properties(), ...parameters()].filter(
      ({ name }) => name === "status" || name.endsWith("Status"),
    );
    expect(statuses.length).toBeGreaterThan(5);
    const offenders = statuses.filter(({ where, schema }) => !nonEnumStatuses.has(where) && !isEnum(schema));
    expect(offenders.map((offender) => offender.where)).toEqual([]);
    expect(spec.components.schemas.LoanStatus?.enum).toContain("charged-off");
  });

  it("spells names and enum values one (American) way", () => {
    const names = [...properties(), ...parameters()].map(({ where, name }) => ({ where, text: name }));
    const values = properties().flatMap(({ where, schema }) =>
      ((resolve(schema)?.enum as unknown[] | undefined) ?? []).map((value) => ({ where, text: String(value) })),
    );
    const paths = Object.keys(spec.paths).map((path) => ({ where: path, text: path }));
    const schemaNames = Object.keys(spec.components.schemas).map((name) => ({ where: "schema", text: name }));
    const operationIds = Object.values(spec.paths)
      .flatMap((item) => Object.values(item as Record<string, { operationId?: string }>))
      .map((operation) => ({ where: "operationId", text: operation.operationId ?? "" }));
    const offenders = [...names, ...values, ...paths, ...schemaNames, ...operationIds].filter(({ text }) =>
      isBritish(text),
    );
    expect(offenders.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});
