import { describe, expect, it } from "vitest";
import { collectResourceMethods } from "../scripts/generate-resources.mjs";

type Operation = { summary: string; operationId: string; responses: Record<string, unknown> };
const page = {
  200: {
    content: {
      "application/json": {
        schema: { type: "object", properties: { data: { type: "array" }, nextCursor: { type: "string" } } },
      },
    },
  },
};
const operation = (responses: Record<string, unknown> = { 200: {} }): Operation => ({
  summary: "s",
  operationId: "op",
  responses,
});

function namesOf(paths: Record<string, Record<string, Operation>>) {
  return collectResourceMethods({ paths }).map((method: { namespace: string[]; name: string }) =>
    [...method.namespace, method.name].join("."),
  );
}

describe("resource method naming", () => {
  it("retrieves a singleton whose GET is named get… (GET /v1/settings is getSettings)", () => {
    const singleton = { ...operation(), operationId: "getSettings" };
    expect(namesOf({ "/v1/settings": { get: singleton } })).toEqual(["settings.retrieve"]);
  });

  it.each([
    ["/v1/loans", "get", "loans.list"],
    ["/v1/loans", "post", "loans.create"],
    ["/v1/loans/{loanId}", "get", "loans.retrieve"],
    ["/v1/products/{productId}", "put", "products.update"],
    ["/v1/loans/{loanId}/payments", "post", "loans.payments.create"],
    ["/v1/loans/{loanId}/journal-entries", "get", "loans.journalEntries.list"],
    ["/v1/loans/{loanId}/payoff-quote", "get", "loans.payoffQuote.retrieve"],
    ["/v1/loans/{loanId}/charge-offs", "post", "loans.chargeOffs.create"],
    ["/v1/products/{productId}/archive", "post", "products.archive"],
    ["/v1/loans/{loanId}/reschedules/preview", "post", "loans.reschedules.preview"],
    ["/v1/rule-sets/{ruleSetId}/versions/{version}/publish", "post", "ruleSets.versions.publish"],
    ["/v1/rule-sets/{ruleSetId}/draft", "put", "ruleSets.draft.update"],
    ["/v1/webhook-endpoints/{endpointId}", "patch", "webhookEndpoints.update"],
    ["/v1/settings", "patch", "settings.update"],
  ])("%s %s -> client.%s", (path, method, expected) => {
    expect(namesOf({ [path]: { [method]: operation() } })).toEqual([expected]);
  });

  it("names /v1/rulesets and /v1/rule-sets alike, from the {ruleSetId} parameter's spelling", () => {
    const paths = (base: string) => ({
      [base]: { post: operation() },
      [`${base}/{ruleSetId}/versions/{version}/publish`]: { post: operation() },
    });
    expect(namesOf(paths("/v1/rulesets"))).toEqual(namesOf(paths("/v1/rule-sets")));
    expect(namesOf(paths("/v1/rulesets"))).toEqual(["ruleSets.create", "ruleSets.versions.publish"]);
  });

  it("marks a GET whose response is the { data, nextCursor } envelope as paginated", () => {
    const [paginated] = collectResourceMethods({ paths: { "/v1/loans": { get: operation(page) } } });
    const [plain] = collectResourceMethods({ paths: { "/v1/loans/{loanId}/events": { get: operation() } } });
    expect(paginated?.isPaginated).toBe(true);
    expect(plain?.isPaginated).toBe(false);
  });

  it("refuses two operations that would get the same name", () => {
    const paths = { "/v1/loans/{loanId}/fees": { post: operation() }, "/v1/loans/{id}/fees": { post: operation() } };
    expect(() => namesOf(paths)).toThrow(/would both be client\.loans\.fees\.create/);
  });
});
