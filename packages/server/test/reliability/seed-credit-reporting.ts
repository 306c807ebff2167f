import { expect } from "vitest";
import { json } from "../helpers/products.js";
import type { TestApp } from "../helpers/test-app.js";
import { pathOf } from "./spec.js";

/** Sets the tenant's Metro 2 furnisher and generates February 2025's file (ended by the seed's clock). */
export async function seedMetro2File(api: TestApp, token: string): Promise<string> {
  const creditReporting = {
    identificationNumber: "ISOLATION01",
    reporterName: "Isolation",
    reporterAddress: "1 Main St",
  };
  const settings = await api.call("PATCH", pathOf("updateSettings"), { token, body: { creditReporting } });
  expect(settings.status).toBe(200);
  const response = await api.call("POST", pathOf("generateCreditReportingFile"), { token, body: { month: "2025-02" } });
  const file = await json(response);
  expect(response.status, JSON.stringify(file)).toBe(201);
  return String(file.id);
}
