import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { expect } from "vitest";
import { json } from "./products.js";
import type { TestApp } from "./test-app.js";

/** The demo policy (core's `demoUnderwritingRuleSet`) with a different id and edits. */
export function policy(edit: (doc: RuleSetDocument) => void = () => {}, id = "policy"): RuleSetDocument {
  const doc = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  (doc as { id: string }).id = id;
  edit(doc);
  return doc;
}

/** Creates a rule set (draft 1) in the token's tenant and returns the response body (expects 201). */
export async function createRuleSet(
  api: TestApp,
  token: string,
  document: unknown = policy(),
): Promise<Record<string, unknown>> {
  const response = await api.call("POST", "/v1/rule-sets", { token, body: { document } });
  expect(response.status).toBe(201);
  return json(response);
}
