import { type LocalDate, toParts } from "../calendar/index.js";

/**
 * The age of majority (the age at which a person can be bound by a contract) in a US state: 19 in
 * Alabama and Nebraska, 21 in Mississippi, 18 everywhere else (and for a state not given).
 *
 * @see Ala. Code § 26-1-1; Neb. Rev. Stat. § 43-2101; Miss. Code Ann. § 1-3-27
 * @example
 * ageOfMajority("NE"); // 19
 * ageOfMajority("TX"); // 18
 */
export function ageOfMajority(state: string | undefined): number {
  if (state === "AL" || state === "NE") return 19;
  if (state === "MS") return 21;
  return 18;
}

/**
 * Whole years from `birthDate` to `asOf` (a birthday on 29 February is reached on 1 March in other years).
 *
 * @example
 * ageOn("2000-02-29" as LocalDate, "2018-02-28" as LocalDate); // 17
 * ageOn("2000-02-29" as LocalDate, "2018-03-01" as LocalDate); // 18
 */
export function ageOn(birthDate: LocalDate, asOf: LocalDate): number {
  const born = toParts(birthDate);
  const now = toParts(asOf);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * Whether someone born on `birthDate` has reached the age of majority of `state` on `asOf`.
 *
 * @example
 * isOfAge("2007-06-01" as LocalDate, "AL", "2025-06-01" as LocalDate); // false: 18, Alabama needs 19
 * isOfAge("2007-06-01" as LocalDate, "GA", "2025-06-01" as LocalDate); // true
 */
export function isOfAge(birthDate: LocalDate, state: string | undefined, asOf: LocalDate): boolean {
  return ageOn(birthDate, asOf) >= ageOfMajority(state);
}
