import { json } from "./products.js";
import type { TestApp } from "./test-app.js";

/** A request's status and parsed JSON body. */
export interface JsonAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * Sends one request through the test app and reads its JSON answer.
 *
 * @example const { status, body } = await callJson(api, "GET", "/v1/tasks", token);
 */
export async function callJson(
  api: TestApp,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<JsonAnswer> {
  const response = await api.call(method, path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}
