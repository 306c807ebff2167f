import type { LocalDate } from "../calendar/index.js";
import { type FieldIssue, issue } from "./field-issue.js";
import type { BeneficialOwnerInput, BusinessInput } from "./party-input.js";
import { checkTaxId } from "./tax-id.js";
import { isUsStateCode } from "./us-states.js";
import { addressIssues, pastDate } from "./validate-common.js";

/**
 * NAICS sectors (the first two digits): 11, 21, 22, 23, 31–33, 42, 44–45, 48–49, 51–56, 61, 62, 71, 72, 81, 92.
 *
 * @see https://www.census.gov/naics/ (NAICS 2022 sectors)
 */
const NAICS_SECTORS: ReadonlySet<string> = new Set(
  "11 21 22 23 31 32 33 42 44 45 48 49 51 52 53 54 55 56 61 62 71 72 81 92".split(" "),
);

/** The share a beneficial owner must hold under the CDD rule, in hundredths of a percent. */
const OWNER_THRESHOLD_HUNDREDTHS = 2_500;
const WHOLE_HUNDREDTHS = 10_000;

/**
 * A percent as a decimal string with at most two decimals, in hundredths of a percent; undefined if malformed.
 *
 * @example
 * percentHundredths("33.33"); // 3333
 */
export function percentHundredths(text: string): number | undefined {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (match === null) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

function ownerIssues(owners: ReadonlyArray<BeneficialOwnerInput>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let total = 0;
  const seen = new Set<string>();
  owners.forEach((owner, index) => {
    const path = ["beneficialOwners", index];
    if (seen.has(owner.partyId)) issues.push(issue([...path, "partyId"], "duplicate_owner", "listed twice"));
    seen.add(owner.partyId);
    const share = percentHundredths(owner.ownershipPercent);
    if (share === undefined || share > WHOLE_HUNDREDTHS) {
      issues.push(
        issue([...path, "ownershipPercent"], "invalid_percent", "a percent from 0 to 100, at most 2 decimals"),
      );
      return;
    }
    total += share;
    if (share < OWNER_THRESHOLD_HUNDREDTHS) {
      issues.push(
        issue([...path, "ownershipPercent"], "below_ownership_threshold", "a beneficial owner holds 25% or more"),
      );
    }
  });
  if (total > WHOLE_HUNDREDTHS) {
    issues.push(issue(["beneficialOwners"], "ownership_over_100", "the owners' percentages add up to more than 100"));
  }
  return issues;
}

/**
 * Every issue of a business party: the EIN, formation date (real, not in the future) and state, the NAICS
 * code's sector, US addresses, and the beneficial owners under the CDD rule (each 25% or more, the
 * total at most 100%, nobody twice).
 *
 * @see 31 CFR 1010.230 (beneficial ownership requirements for legal entity customers)
 * @example
 * validateBusiness(input, "2026-12-03" as LocalDate); // [] when all is well
 */
export function validateBusiness(input: BusinessInput, asOf: LocalDate): FieldIssue[] {
  const issues = [
    ...checkTaxId("ein", input.taxId, ["taxId"]).issues,
    ...pastDate(input.formationDate, asOf, ["formationDate"]).issues,
  ];
  if (!isUsStateCode(input.formationState)) {
    issues.push(issue(["formationState"], "invalid_us_state", "a USPS state code such as DE"));
  }
  const naics = input.naicsCode;
  if (naics !== undefined && !(/^\d{2,6}$/.test(naics) && NAICS_SECTORS.has(naics.slice(0, 2)))) {
    issues.push(issue(["naicsCode"], "invalid_naics_code", "2 to 6 digits starting with a NAICS sector such as 52"));
  }
  input.addresses.forEach((address, index) => {
    issues.push(...addressIssues(address, ["addresses", index]));
  });
  return [...issues, ...ownerIssues(input.beneficialOwners)];
}
