import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import { metro2AccountTypes, metro2ClassificationOf, metro2PortfolioTypes } from "./metro2-classification.js";
import { validateProductDefinition } from "./validate.js";

// Codes and pairs from the CDIA Credit Reporting Resource Guide's account type table: 26 conventional real
// estate mortgage and 19 FHA mortgage are M only, 00 auto / 01 unsecured / 12 education are I only, 89 HELOC C.

const base = demoProducts[0]!;

function issuesOf(extra: Record<string, unknown>) {
  const result = validateProductDefinition({ ...structuredClone(base), ...extra });
  return result.ok ? [] : result.error.issues.map(({ path, code }) => ({ path: path.join("."), code }));
}

describe("metro2ClassificationOf", () => {
  it.each([
    [{ productType: "mortgage" }, { portfolioType: "M", accountType: "26" }],
    [{ productType: "auto" }, { portfolioType: "I", accountType: "00" }],
    [{ productType: "personal" }, { portfolioType: "I", accountType: "01" }],
    [{ productType: "student" }, { portfolioType: "I", accountType: "12" }],
    [{ productType: "point-of-sale" }, { portfolioType: "I", accountType: "06" }],
    [{ productType: "other" }, { portfolioType: "I", accountType: "01" }],
    [{}, { portfolioType: "I", accountType: "01" }],
    // Given codes win over the kind's default.
    [
      { productType: "mortgage", creditReporting: { accountType: "19" } },
      { portfolioType: "M", accountType: "19" },
    ],
    // A given account type brings a portfolio type it may carry (89 HELOC is C only).
    [
      { productType: "mortgage", creditReporting: { accountType: "89" } },
      { portfolioType: "C", accountType: "89" },
    ],
    // 6D home equity may be I or M: the mortgage default M stays.
    [
      { productType: "mortgage", creditReporting: { accountType: "6D" } },
      { portfolioType: "M", accountType: "6D" },
    ],
    // A given portfolio type keeps the default account type only where the table allows the pair.
    [
      { productType: "personal", creditReporting: { portfolioType: "C" } },
      { portfolioType: "C", accountType: "15" },
    ],
  ] as const)("%j → %j", (product, want) => {
    expect(metro2ClassificationOf(product)).toEqual(want);
  });

  it("every account type names at least one known portfolio type", () => {
    for (const entry of Object.values(metro2AccountTypes)) {
      expect(entry.portfolioTypes.length).toBeGreaterThan(0);
      for (const type of entry.portfolioTypes) expect(metro2PortfolioTypes).toContain(type);
    }
  });
});

describe("validateProductDefinition: creditReporting", () => {
  it("accepts a mortgage product with its codes and keeps them", () => {
    const result = validateProductDefinition({
      ...structuredClone(base),
      productType: "mortgage",
      creditReporting: { portfolioType: "M", accountType: "26" },
    });
    expect(result.ok && result.value.creditReporting).toEqual({ portfolioType: "M", accountType: "26" });
  });

  it.each([
    [{ creditReporting: { accountType: "99" } }, "creditReporting.accountType", "invalid_value"],
    [{ creditReporting: { accountType: "1" } }, "creditReporting.accountType", "invalid_value"],
    [{ creditReporting: { portfolioType: "X" } }, "creditReporting.portfolioType", "invalid_value"],
    [{ creditReporting: { portfolioType: "i" } }, "creditReporting.portfolioType", "invalid_value"],
    [
      { creditReporting: { portfolioType: "I", accountType: "26" } },
      "creditReporting.accountType",
      "unsupported_combination",
    ],
    [
      { creditReporting: { portfolioType: "M", accountType: "01" } },
      "creditReporting.accountType",
      "unsupported_combination",
    ],
    [{ creditReporting: { type: "I" } }, "creditReporting.type", "unrecognized_key"],
  ])("refuses %j at %s with %s", (extra, path, code) => {
    expect(issuesOf(extra)).toEqual([{ path, code }]);
  });
});
