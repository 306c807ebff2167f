import { expect } from "vitest";
import { json } from "../helpers/products.js";
import type { TestApp } from "../helpers/test-app.js";
import { pathOf } from "./spec.js";

async function ok(response: Response, what: string): Promise<Record<string, unknown>> {
  const body = await json(response);
  expect(response.status, `${what}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

/**
 * A published workflow for the product, with `marker` in its names: a task on submit and one at closing, so
 * an application taken through them has tasks. Returns the workflow's id.
 *
 * @example
 * const workflowId = await seedWorkflow(api, token, productId, "tenant-a-secret");
 */
export async function seedWorkflow(api: TestApp, token: string, productId: string, marker: string): Promise<string> {
  const task = (id: string, role: string) => ({
    id,
    name: `${marker} ${id}`,
    queue: `${marker}-queue`,
    role,
    sla: { unit: "business_days", amount: 1 },
  });
  const body = {
    productId,
    facts: [{ name: "requestedAmount", type: "number" }],
    stages: [
      { id: "intake", name: `${marker} intake`, state: "submitted", tasks: [task("verify-income", "processor")] },
      { id: "closing", name: `${marker} closing`, state: "closing", tasks: [task("prepare-documents", "closer")] },
    ],
    conditions: [],
  };
  const workflow = await ok(await api.call("POST", pathOf("createWorkflow"), { token, body }), "workflow");
  const workflowId = String(workflow.id);
  await ok(await api.call("POST", pathOf("publishWorkflow", { workflowId }), { token }), "publish workflow");
  return workflowId;
}

/**
 * An open underwriting condition raised by hand on the application, with `marker` in its description.
 *
 * @example
 * const conditionId = await seedCondition(api, token, applicationId, "tenant-a-secret");
 */
export async function seedCondition(
  api: TestApp,
  token: string,
  applicationId: string,
  marker: string,
): Promise<string> {
  const body = { kind: "prior_to_closing", description: `${marker} condition` };
  const path = pathOf("raiseApplicationCondition", { applicationId });
  return String((await ok(await api.call("POST", path, { token, body }), "condition")).id);
}

/**
 * The first task of an application (its workflow made it when it was submitted).
 *
 * @example
 * const taskId = await firstTaskOf(api, token, applicationId);
 */
export async function firstTaskOf(api: TestApp, token: string, applicationId: string): Promise<string> {
  const page = await ok(
    await api.call("GET", `${pathOf("listTasks")}?applicationId=${applicationId}`, { token }),
    "tasks",
  );
  const [task] = page.data as Array<{ id: string }>;
  expect(task, "the seeded application has a task").toBeDefined();
  return String(task?.id);
}
