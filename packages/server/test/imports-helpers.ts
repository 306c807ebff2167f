import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook } from "@lendstack/core/migration";
import { expect } from "vitest";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

/** `POST /v1/imports`, expecting 201: the import's body. */
export async function postImport(api: TestApp, token: string, body: Record<string, unknown>) {
  const response = await api.call("POST", "/v1/imports", { token, body });
  const created = await json(response);
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

/** `GET /v1/exports/loans<query>`, expecting JSON Lines: the file's text. */
export async function exportBookText(api: TestApp, token: string, query: string) {
  const response = await api.call("GET", `/v1/exports/loans${query}`, { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
  return response.text();
}

/** An import's results (one page of up to 100), in row order. */
export async function importResults(api: TestApp, token: string, importId: unknown, query = "") {
  const response = await api.call("GET", `/v1/imports/${importId}/results?limit=100${query}`, { token });
  expect(response.status).toBe(200);
  return (await json(response)).data as Array<{ row: number; sourceId: string; loanId: string; outcome: string }>;
}

/** A JSONL import file of `count` loans of the sample book (seeded by `seed`), as exported. */
export function sampleBookLines(count: number, seed: number): string {
  return sampleBook(count, seed)
    .map((input) => JSON.stringify(unwrap(exportLoan(input))))
    .join("\n");
}

/** A worker's clock: one second later at every reading, so each batch takes time. */
export function steppingClock(start: string): () => Date {
  let at = Date.parse(start);
  return () => {
    at += 1_000;
    return new Date(at);
  };
}
