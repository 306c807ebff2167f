import { type LocalDate, parseLocalDate } from "../calendar/index.js";
import { type FieldIssue, issue } from "./field-issue.js";
import type { AddressInput } from "./party-input.js";
import { isUsStateCode, isUsZipCode } from "./us-states.js";

/**
 * Issues of one address: a US address needs a real state code in `region` and a ZIP or ZIP+4 in
 * `postalCode`; other countries' addresses are free-form.
 *
 * @example
 * addressIssues({ kind: "residential", line1: "1 Main St", city: "Lincoln", region: "NB", postalCode: "68508", country: "US" }, ["addresses", 0]);
 * // [{ path: ["addresses", 0, "region"], code: "invalid_us_state", … }]
 */
export function addressIssues(address: AddressInput, path: ReadonlyArray<string | number>): FieldIssue[] {
  if (address.country !== "US") return [];
  const issues: FieldIssue[] = [];
  if (address.region === undefined || !isUsStateCode(address.region)) {
    issues.push(issue([...path, "region"], "invalid_us_state", "a US address needs a USPS state code such as NE"));
  }
  if (address.postalCode === undefined || !isUsZipCode(address.postalCode)) {
    issues.push(issue([...path, "postalCode"], "invalid_us_zip", "a US ZIP code is 5 digits or ZIP+4 (NNNNN-NNNN)"));
  }
  return issues;
}

/**
 * A past (or today's) date, or the issue with it: `invalid_date` for a non-date, `date_in_future` after `asOf`.
 *
 * @example
 * pastDate("2031-01-01", "2026-01-01" as LocalDate, ["formationDate"]).issues[0]?.code; // "date_in_future"
 */
export function pastDate(
  text: string,
  asOf: LocalDate,
  path: ReadonlyArray<string | number>,
): { readonly date: LocalDate | undefined; readonly issues: FieldIssue[] } {
  const parsed = parseLocalDate(text);
  if (!parsed.ok) return { date: undefined, issues: [issue(path, "invalid_date", "expected a real date YYYY-MM-DD")] };
  if (parsed.value > asOf)
    return { date: undefined, issues: [issue(path, "date_in_future", "must not be in the future")] };
  return { date: parsed.value, issues: [] };
}
