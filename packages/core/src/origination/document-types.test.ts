import { describe, expect, it } from "vitest";
import { documentTypes, isDocumentType, requiredDocumentType } from "./document-types.js";

describe("requiredDocumentType", () => {
  it("reads a rule set's entry as the document type it names", () => {
    expect(requiredDocumentType("bank_statement")).toBe("bank_statement");
    expect(requiredDocumentType("BANK_STATEMENTS")).toBe("bank_statement");
    expect(requiredDocumentType("Pay stubs")).toBe("pay_stub");
    expect(requiredDocumentType(" proof-of-insurance ")).toBe("proof_of_insurance");
    expect(requiredDocumentType("EMPLOYMENT_VERIFICATION")).toBe("employment_verification");
  });

  it("names no type for an entry that is not one", () => {
    expect(requiredDocumentType("MORTGAGE_INSURANCE")).toBeUndefined();
    expect(requiredDocumentType("s")).toBeUndefined();
    expect(requiredDocumentType("")).toBeUndefined();
  });

  it("maps every type to itself", () => {
    for (const type of documentTypes) {
      expect(isDocumentType(type)).toBe(true);
      expect(requiredDocumentType(type)).toBe(type);
    }
  });
});
