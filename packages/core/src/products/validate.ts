import type { z } from "zod";
import { type DomainError, invariant, ok, type Result } from "../errors/index.js";
import { withCompatibilityProfile } from "./compatibility-profiles.js";
import type { IssueSink, ProductIssue } from "./issues.js";
import { checkAmountAndTerm, checkCurrencies, checkFees, checkRates } from "./limit-checks.js";
import { checkMetro2Classification } from "./metro2-classification.js";
import {
  checkAllocation,
  checkCombination,
  checkDelinquency,
  checkGrace,
  checkRepayment,
  checkRounding,
} from "./policy-checks.js";
import { type ProductDefinition, productDefinitionSchema } from "./schema.js";

/**
 * Every problem with a product definition at once: `code` is always `validation_failed`, and `issues`
 * (also under `details.issues`, for generic error mappers) has one entry per problem.
 *
 * @example
 * const result = validateProductDefinition({});
 * if (!result.ok) for (const issue of result.error.issues) console.log(issue.path.join("."), issue.code);
 */
export interface ProductValidationError extends DomainError {
  readonly code: "validation_failed";
  readonly issues: ReadonlyArray<ProductIssue>;
  readonly details: { readonly issues: ReadonlyArray<ProductIssue> };
}

function toIssues(error: z.ZodError, prefix: ReadonlyArray<string | number>): ProductIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: "unrecognized_key",
        message: `unknown field "${key}"`,
      }));
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses each top-level section on its own so one bad section does not hide another's problems. */
function parseSections(input: Record<string, unknown>, issues: ProductIssue[]): Partial<ProductDefinition> {
  const shape = productDefinitionSchema.shape;
  const sections: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(shape, key))
      issues.push({ path: [key], code: "unrecognized_key", message: `unknown field "${key}"` });
  }
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = (schema as z.ZodType).safeParse(input[key]);
    if (parsed.success) sections[key] = parsed.data;
    else issues.push(...toIssues(parsed.error, [key]));
  }
  return sections as Partial<ProductDefinition>;
}

function crossFieldIssues(sections: Partial<ProductDefinition>, report: IssueSink): void {
  if (sections.currencies) checkCurrencies(sections.currencies, report);
  checkAmountAndTerm(sections, report);
  checkRates(sections, report);
  if (sections.fees) checkFees(sections.fees, report);
  if (sections.repayment) checkRepayment(sections.repayment, report);
  checkCombination(sections, report);
  checkGrace(sections, report);
  if (sections.paymentAllocation) checkAllocation(sections.paymentAllocation, report);
  checkRounding(sections, report);
  if (sections.delinquency) checkDelinquency(sections.delinquency, report);
  checkMetro2Classification(sections, report);
}

/**
 * Parses and fully validates a product definition (JSON shape, see `productDefinitionSchema`):
 * structure, then the cross-field rules — min ≤ max for amounts, terms, rates and fee caps; defaults
 * inside their limits and lists; known ISO 4217 codes with one minor-unit size; rates and percents as
 * exact decimals in 0..100; flat interest only with equal installments (`unsupported_combination`);
 * grace shorter than the shortest term; a complete payment waterfall; rounding consistent with the
 * currency; delinquency buckets from 0 days, contiguous, non-overlapping, the last open; a Metro 2 account type
 * its portfolio type may carry. A `compatibilityProfile` first fills in the options it sets that the definition
 * leaves out (`withCompatibilityProfile`).
 * Returns the definition with defaults filled in, or every issue found.
 *
 * @example
 * const result = validateProductDefinition(JSON.parse(body));
 * const codes = result.ok ? [] : result.error.issues.map((issue) => issue.code); // e.g. ["min_exceeds_max"]
 */
export function validateProductDefinition(input: unknown): Result<ProductDefinition, ProductValidationError> {
  const issues: ProductIssue[] = [];
  const definition = isRecord(input) ? withCompatibilityProfile(input) : input;
  if (!isRecord(definition)) {
    issues.push({ path: [], code: "invalid_type", message: "a product definition must be a JSON object" });
  } else {
    const sections = parseSections(definition, issues);
    crossFieldIssues(sections, (path, code, message) => issues.push({ path, code, message }));
  }
  if (issues.length > 0) {
    const error: ProductValidationError = {
      code: "validation_failed",
      message: `the product definition has ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
      details: { issues },
    };
    return { ok: false, error };
  }
  const whole = productDefinitionSchema.safeParse(definition);
  invariant(whole.success, "sections parsed one by one but the whole product did not");
  return ok(whole.data);
}
