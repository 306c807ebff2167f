import type { LocalDate } from "../calendar/index.js";
import { isCurrencyCode } from "../money/index.js";
import { ageOfMajority, ageOn } from "./age.js";
import { type FieldIssue, issue } from "./field-issue.js";
import type { EmploymentInput, IndividualInput } from "./party-input.js";
import { checkTaxId } from "./tax-id.js";
import { addressIssues, pastDate } from "./validate-common.js";

/** Oldest plausible applicant: a date of birth further back is a typo. */
const MAX_AGE_YEARS = 130;

/**
 * The state whose age of majority applies: the first US residential address's state, else undefined (18).
 *
 * @example
 * residenceState(input); // "NE"
 */
export function residenceState(input: Pick<IndividualInput, "addresses">): string | undefined {
  const home = input.addresses.find((address) => address.kind === "residential" && address.country === "US");
  return home?.region;
}

function birthIssues(input: IndividualInput, asOf: LocalDate): FieldIssue[] {
  const path = ["dateOfBirth"];
  const born = pastDate(input.dateOfBirth, asOf, path);
  if (born.date === undefined) return born.issues;
  const age = ageOn(born.date, asOf);
  if (age > MAX_AGE_YEARS) return [issue(path, "implausible_date_of_birth", `more than ${MAX_AGE_YEARS} years ago`)];
  const state = residenceState(input);
  const majority = ageOfMajority(state);
  if (age < majority) {
    const where = state === undefined ? "" : ` in ${state}`;
    return [issue(path, "under_age_of_majority", `the party is under the age of majority${where} (${majority})`)];
  }
  return [];
}

function employmentIssues(job: EmploymentInput, asOf: LocalDate, path: ReadonlyArray<string | number>): FieldIssue[] {
  const start = job.startDate === undefined ? undefined : pastDate(job.startDate, asOf, [...path, "startDate"]);
  const end = job.endDate === undefined ? undefined : pastDate(job.endDate, asOf, [...path, "endDate"]);
  const issues = [...(start?.issues ?? []), ...(end?.issues ?? [])];
  if (start?.date !== undefined && end?.date !== undefined && end.date < start.date) {
    issues.push(issue([...path, "endDate"], "end_before_start", "must not be before startDate"));
  }
  return issues;
}

/**
 * Every issue of an individual party, each with its path: the date of birth (a real date, not in the
 * future, not over 130 years ago, of age in the state of residence on `asOf`), the SSN or ITIN, US
 * addresses' state and ZIP, employment dates, and a `currency` whenever an income is given.
 *
 * @example
 * validateIndividual(input, "2026-12-03" as LocalDate); // [] when all is well
 */
export function validateIndividual(input: IndividualInput, asOf: LocalDate): FieldIssue[] {
  const issues = [...birthIssues(input, asOf), ...checkTaxId(input.taxIdType, input.taxId, ["taxId"]).issues];
  input.addresses.forEach((address, index) => {
    issues.push(...addressIssues(address, ["addresses", index]));
  });
  (input.employment ?? []).forEach((job, index) => {
    issues.push(...employmentIssues(job, asOf, ["employment", index]));
  });
  const hasIncome =
    input.statedAnnualIncome !== undefined || (input.employment ?? []).some((job) => job.annualIncome !== undefined);
  if (hasIncome && input.currency === undefined) {
    issues.push(issue(["currency"], "currency_required", "give the currency the incomes are in"));
  } else if (input.currency !== undefined && !isCurrencyCode(input.currency)) {
    issues.push(issue(["currency"], "unknown_currency", "an ISO 4217 code such as USD"));
  }
  return issues;
}
