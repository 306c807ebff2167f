import { type DomainError, fail } from "@lendstack/core/errors";

/** Core's input names -> where the value sits in a quote or loan-boarding request body. */
const REQUEST_PATHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  amountMinor: ["amount", "amount"],
  principalMinor: ["amount", "amount"],
  currency: ["amount", "currency"],
  annualRatePercent: ["ratePercent"],
  balloonMinor: ["terms", "balloonMinor"],
  feesPerInstallmentMinor: ["terms", "feesPerInstallmentMinor"],
  rounding: ["terms", "rounding"],
  principalGracePeriods: ["terms", "grace", "principalPeriods"],
  interestGracePeriods: ["terms", "grace", "interestPeriods"],
  amortization: ["terms", "amortization"],
  additionalChargesMinor: ["militaryAdditionalChargesMinor"],
};

type Path = ReadonlyArray<string | number>;

function toRequestPath(path: Path | undefined): Path | undefined {
  if (path === undefined || path.length === 0) return path;
  const [head, ...rest] = path;
  const mapped = REQUEST_PATHS[String(head)];
  return mapped === undefined ? path : [...mapped, ...rest];
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
