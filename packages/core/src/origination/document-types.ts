/**
 * What a document is. A condition with a document type is met when a reviewer accepts a document of that
 * type for the application (or for one of its applicants).
 *
 * @example const type: DocumentType = "pay_stub";
 */
export const documentTypes = [
  "pay_stub",
  "bank_statement",
  "tax_return",
  "government_id",
  "proof_of_address",
  "proof_of_insurance",
  "employment_verification",
  "appraisal",
  "title",
  "signed_agreement",
  "disclosure",
  "tila_disclosure",
  "loan_agreement",
  "adverse_action_notice",
  "signature_certificate",
  "other",
] as const;

/** @example const type: DocumentType = "bank_statement"; */
export type DocumentType = (typeof documentTypes)[number];

/** @example isDocumentType("pay_stub") // true */
export function isDocumentType(value: string): value is DocumentType {
  return (documentTypes as ReadonlyArray<string>).includes(value);
}

/**
 * The document type a rule set's `requiredDocuments` entry names: the type itself, in any case, with spaces
 * or hyphens for underscores, or its plural (`"BANK_STATEMENTS"` → `bank_statement`); undefined when the
 * entry names no known type (a condition an underwriter clears by hand).
 *
 * @example requiredDocumentType("Pay stubs") // "pay_stub"
 */
export function requiredDocumentType(entry: string): DocumentType | undefined {
  const name = entry
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (isDocumentType(name)) return name;
  const singular = name.endsWith("s") ? name.slice(0, -1) : name;
  return isDocumentType(singular) ? singular : undefined;
}
