import { type FieldIssue, issue } from "./field-issue.js";

/** What kind of US taxpayer identification number a party has. @example const kind: TaxIdType = "ssn"; */
export type TaxIdType = "ssn" | "itin" | "ein";

/** Every tax id type. @example taxIdTypes.includes("ein") // true */
export const taxIdTypes: ReadonlyArray<TaxIdType> = ["ssn", "itin", "ein"];

/** Written forms accepted: `123-45-6789` or `123456789` for SSN and ITIN, `12-3456789` or `123456789` for EIN. */
const FORMATS: Readonly<Record<TaxIdType, RegExp>> = {
  ssn: /^(\d{3})-?(\d{2})-?(\d{4})$/,
  itin: /^(\d{3})-?(\d{2})-?(\d{4})$/,
  ein: /^(\d{2})-?(\d{7})$/,
};

/**
 * EIN prefixes the IRS assigns (its campus and Internet/SBA lists). Anything else (00, 07–09, 17–19,
 * 28, 29, 49, 69, 70, 78, 79, 89, 96, 97) has never been issued.
 *
 * @see https://www.irs.gov/businesses/small-businesses-self-employed/how-eins-are-assigned-and-valid-ein-prefixes
 */
const EIN_PREFIX_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1, 6],
  [10, 16],
  [20, 27],
  [30, 48],
  [50, 68],
  [71, 77],
  [80, 88],
  [90, 95],
  [98, 99],
];

/**
 * ITIN group numbers (the 4th and 5th digits) the IRS issues: 50–65, 70–88, 90–92 and 94–99.
 *
 * @see https://www.irs.gov/individuals/individual-taxpayer-identification-number (IRS Publication 1915)
 */
const ITIN_GROUP_RANGES: ReadonlyArray<readonly [number, number]> = [
  [50, 65],
  [70, 88],
  [90, 92],
  [94, 99],
];

/** SSNs never valid although in range: Woolworth's wallet card (078-05-1120) and the 1940s advertising number. */
const KNOWN_INVALID_SSNS: ReadonlySet<string> = new Set(["078051120", "219099999"]);

const inRanges = (value: number, ranges: ReadonlyArray<readonly [number, number]>) =>
  ranges.some(([low, high]) => value >= low && value <= high);

/**
 * The nine digits of a tax id, or the issues with it: its written form, then the ranges the SSA and
 * the IRS never issue (SSN area 000, 666 and 900–999, group 00, serial 0000; ITIN area 9XX with a
 * group in 50–65, 70–88, 90–92, 94–99; EIN prefixes the IRS lists). `path` is where the value sits in
 * the input. Messages never contain the value.
 *
 * @see https://www.ssa.gov/employer/randomization.html (SSN randomization, 2011: the invalid areas stay invalid)
 * @example
 * checkTaxId("ssn", "123-45-6789", ["taxId"]); // { digits: "123456789", issues: [] }
 * checkTaxId("ssn", "666-12-3456", ["taxId"]).issues[0]?.code; // "invalid_ssn_area"
 */
export function checkTaxId(
  type: TaxIdType,
  text: string,
  path: ReadonlyArray<string | number>,
): { readonly digits: string | undefined; readonly issues: ReadonlyArray<FieldIssue> } {
  const match = FORMATS[type].exec(text);
  if (match === null) {
    const shape = type === "ein" ? "NN-NNNNNNN" : "NNN-NN-NNNN";
    return { digits: undefined, issues: [issue(path, `invalid_${type}_format`, `expected 9 digits as ${shape}`)] };
  }
  const digits = match.slice(1).join("");
  const issues = type === "ein" ? einIssues(digits, path) : individualIssues(type, digits, path);
  return { digits: issues.length === 0 ? digits : undefined, issues };
}

function individualIssues(type: "ssn" | "itin", digits: string, path: ReadonlyArray<string | number>): FieldIssue[] {
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  const issues: FieldIssue[] = [];
  if (type === "itin") {
    if (area < 900) issues.push(issue(path, "invalid_itin_area", "an ITIN starts with 9"));
    if (!inRanges(group, ITIN_GROUP_RANGES)) {
      issues.push(issue(path, "invalid_itin_group", "an ITIN's 4th and 5th digits are 50-65, 70-88, 90-92 or 94-99"));
    }
    return issues;
  }
  if (area === 0 || area === 666 || area >= 900) {
    const why = area >= 900 ? " (9XX numbers are ITINs: send taxIdType itin)" : "";
    issues.push(issue(path, "invalid_ssn_area", `an SSN's first three digits cannot be 000, 666 or 900-999${why}`));
  }
  if (group === 0) issues.push(issue(path, "invalid_ssn_group", "an SSN's 4th and 5th digits cannot be 00"));
  if (serial === 0) issues.push(issue(path, "invalid_ssn_serial", "an SSN's last four digits cannot be 0000"));
  if (issues.length === 0 && KNOWN_INVALID_SSNS.has(digits)) {
    issues.push(issue(path, "invalid_ssn", "this SSN was published and voided by the SSA; it belongs to no one"));
  }
  return issues;
}

function einIssues(digits: string, path: ReadonlyArray<string | number>): FieldIssue[] {
  const prefix = Number(digits.slice(0, 2));
  return inRanges(prefix, EIN_PREFIX_RANGES)
    ? []
    : [issue(path, "invalid_ein_prefix", "the IRS has never issued an EIN with these first two digits")];
}

/**
 * The one written form of a valid tax id's digits: `123-45-6789` (SSN, ITIN) or `12-3456789` (EIN).
 *
 * @example
 * formatTaxId("ein", "123456789"); // "12-3456789"
 */
export function formatTaxId(type: TaxIdType, digits: string): string {
  return type === "ein"
    ? `${digits.slice(0, 2)}-${digits.slice(2)}`
    : `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/**
 * A tax id as shown without the `pii:read` scope: only the last four digits, in the type's shape.
 *
 * @example
 * maskTaxId("ssn", "6789"); // "***-**-6789"
 * maskTaxId("ein", "6789"); // "**-***6789"
 */
export function maskTaxId(type: TaxIdType, lastFour: string): string {
  return type === "ein" ? `**-***${lastFour}` : `***-**-${lastFour}`;
}

/**
 * The namespace a tax id is unique in: SSNs and ITINs name people (and never overlap: ITINs start
 * with 9), EINs name businesses; the same nine digits can be an SSN and an unrelated EIN.
 *
 * @example
 * taxIdNamespace("itin"); // "individual"
 */
export function taxIdNamespace(type: TaxIdType): "individual" | "business" {
  return type === "ein" ? "business" : "individual";
}
