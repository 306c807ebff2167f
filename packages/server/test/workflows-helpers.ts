import { expect } from "vitest";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A workflow for the test product: intake verification on submit for $10,000 and more, an underwriter's
 * review of referred files (a senior one above $20,000), and document preparation at closing.
 */
export function workflowBody(productId: string, overrides: Record<string, unknown> = {}) {
  return {
    productId,
    facts: [
      { name: "requestedAmount", type: "number", unit: "USD_minor" },
      { name: "monthlyIncome", type: "number", nullable: true },
    ],
    stages: [
      {
        id: "intake",
        name: "Intake",
        state: "submitted",
        tasks: [
          {
            id: "verify-income",
            name: "Verify income",
            queue: "verifications",
            role: "processor",
            sla: { unit: "business_days", amount: 1 },
            when: "requestedAmount >= 1000000",
          },
        ],
      },
      {
        id: "senior-review",
        name: "Senior review",
        state: "referred",
        entryCondition: "requestedAmount > 2000000",
        tasks: [
          {
            id: "senior-file-review",
            name: "Senior review of the file",
            queue: "underwriting",
            role: "underwriter",
            sla: { unit: "business_days", amount: 2 },
          },
        ],
      },
      {
        id: "review",
        name: "Underwriter review",
        state: "referred",
        sla: { unit: "business_days", amount: 2 },
        tasks: [
          {
            id: "review-file",
            name: "Review the file",
            queue: "underwriting",
            role: "underwriter",
            sla: { unit: "business_hours", amount: 4 },
          },
        ],
      },
      {
        id: "closing",
        name: "Closing",
        state: "closing",
        tasks: [
          {
            id: "prepare-documents",
            name: "Prepare documents",
            queue: "closing",
            role: "closer",
            sla: { unit: "calendar_days", amount: 3 },
          },
        ],
      },
    ],
    conditions: [{ id: "proof-of-insurance", kind: "prior_to_closing", description: "Proof of insurance" }],
    ...overrides,
  };
}

/** Creates and publishes `workflowBody(productId)`; returns the published version. */
export async function publishWorkflow(
  api: TestApp,
  token: string,
  productId: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const created = await api.call("POST", "/v1/workflows", { token, body: workflowBody(productId, overrides) });
  const draft = await json(created);
  expect(created.status, JSON.stringify(draft)).toBe(201);
  const published = await api.call("POST", `/v1/workflows/${draft.id}/publish`, { token });
  expect(published.status).toBe(200);
  return json(published);
}
