import { type DomainError, fail } from "@lendstack/core/errors";

/** Core's input names -> where the value sits in a quote or loan-boarding request body. */
const REQUEST_PATHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  amountMinor: ["amount"],
  principalMinor: ["amount"],
  currency: ["currency"],
  annualRatePercent: ["ratePercent"],
  balloonMinor: ["terms", "balloon"],
  feesPerInstallmentMinor: ["terms", "feesPerInstallment"],
  rounding: ["terms", "rounding"],
  principalGracePeriods: ["terms", "grace", "principalPeriods"],
  interestGracePeriods: ["terms", "grace", "interestPeriods"],
  amortization: ["terms", "amortization"],
  additionalChargesMinor: ["militaryAdditionalCharges"],
};

/** Core's names inside a mapped field -> the request's (amounts carry no unit suffix on the wire). */
const NESTED_NAMES: Readonly<Record<string, string>> = { installmentMultipleMinor: "installmentMultiple" };

type Path = ReadonlyArray<string | number>;

function toRequestPath(path: Path | undefined): Path | undefined {
  if (path === undefined || path.length === 0) return path;
  const [head, ...rest] = path;
  const mapped = REQUEST_PATHS[String(head)];
  if (mapped === undefined) return path;
  return [...mapped, ...rest.map((part) => NESTED_NAMES[String(part)] ?? part)];
}

/**
 * Re-points a core error (and each of its `details.issues`) at the request's field names.
 *
 * @example
 * inRequestTerms({ code: "invalid_rate", message: "…", path: ["annualRatePercent"] }).error.path // ["ratePercent"]
 */
export function inRequestTerms(error: DomainError): { readonly ok: false; readonly error: DomainError } {
  const path = toRequestPath(error.path);
  const issues = error.details?.issues;
  const details = Array.isArray(issues)
    ? { ...error.details, issues: issues.map((issue: DomainError) => ({ ...issue, path: toRequestPath(issue.path) })) }
    : error.details;
  return fail(error.code, error.message, path, details);
}
