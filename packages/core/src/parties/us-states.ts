/**
 * USPS codes of the 50 states, the District of Columbia, the inhabited territories (AS, GU, MP, PR,
 * VI) and the armed forces' postal regions (AA, AE, AP).
 *
 * @see https://pe.usps.com/text/pub28/28apb.htm (USPS Publication 28, appendix B)
 */
export const usStateCodes = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "AS",
  "GU",
  "MP",
  "PR",
  "VI",
  "AA",
  "AE",
  "AP",
] as const;

/** A USPS state code. @example const state: UsStateCode = "NE"; */
export type UsStateCode = (typeof usStateCodes)[number];

const STATES: ReadonlySet<string> = new Set(usStateCodes);

/** @example isUsStateCode("NE") // true; isUsStateCode("ne") // false */
export function isUsStateCode(value: string): value is UsStateCode {
  return STATES.has(value);
}

/** @example isUsZipCode("68508") // true; isUsZipCode("68508-1234") // true; isUsZipCode("6850") // false */
export function isUsZipCode(value: string): boolean {
  return /^\d{5}(-\d{4})?$/.test(value);
}
