import { demoProducts } from "@lendstack/core/demo";
import type { ProductDefinition } from "@lendstack/core/products";

/** The demo personal loan (core's `demoProducts[0]`), a definition core's validator accepts. */
export function personalLoan(overrides: Partial<ProductDefinition> = {}): ProductDefinition {
  const base = demoProducts[0];
  if (base === undefined) throw new Error("core has no demo products");
  return { ...structuredClone(base), ...overrides };
}

/** Reads a JSON response body as a loose record for assertions. */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
