/**
 * @module parties
 * Borrowers and guarantors before they have a loan: the validation of individuals (SSN or ITIN, date
 * of birth and the age of majority by state) and businesses (EIN, formation, NAICS, beneficial owners
 * under the CDD rule), US state and ZIP formats, tax-id masking and the name key duplicate detection
 * compares. Pure: no clock (the as-of date comes in), no cryptography (the server encrypts).
 */
export { ageOfMajority, ageOn, isOfAge } from "./age.js";
export type { FieldIssue } from "./field-issue.js";
export { personNameKey } from "./names.js";
export type {
  AddressInput,
  BeneficialOwnerInput,
  BusinessInput,
  EmploymentInput,
  IndividualInput,
  PartyInput,
} from "./party-input.js";
export type { TaxIdType } from "./tax-id.js";
export { checkTaxId, formatTaxId, maskTaxId, taxIdNamespace, taxIdTypes } from "./tax-id.js";
export type { UsStateCode } from "./us-states.js";
export { isUsStateCode, isUsZipCode, usStateCodes } from "./us-states.js";
export { percentHundredths, validateBusiness } from "./validate-business.js";
export { addressIssues, pastDate } from "./validate-common.js";
export { residenceState, validateIndividual } from "./validate-individual.js";
