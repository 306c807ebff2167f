import type { Metro2AccountState, Metro2Consumer, Metro2FileHeaderInput } from "./metro2-input.js";
import {
  metro2BaseLayout,
  metro2HeaderLayout,
  metro2J1Layout,
  metro2J2Layout,
  metro2Lengths,
} from "./metro2-layout.js";
import { type Metro2Value, writeMetro2Record } from "./metro2-record.js";
import {
  type Metro2AccountStatus,
  metro2AccountStatus,
  metro2PaymentRating,
  paymentHistoryProfile,
} from "./metro2-status.js";

/** Whole dollars from cents, cents dropped (rounding mode `down`); a credit balance reports 0. */
export function wholeDollars(amountMinor: bigint | undefined): bigint | undefined {
  if (amountMinor === undefined) return undefined;
  return amountMinor <= 0n ? 0n : amountMinor / 100n;
}

function consumerValues(consumer: Metro2Consumer): Record<string, Metro2Value> {
  return {
    surname: consumer.surname,
    firstName: consumer.firstName,
    middleName: consumer.middleName,
    generationCode: consumer.generationCode,
    socialSecurityNumber: consumer.socialSecurityNumber,
    dateOfBirth: consumer.dateOfBirth,
    telephoneNumber: consumer.telephoneNumber,
    ecoaCode: consumer.ecoaCode,
    consumerInformationIndicator: consumer.consumerInformationIndicator,
  };
}

function addressValues(consumer: Metro2Consumer): Record<string, Metro2Value> {
  const address = consumer.address;
  if (!address) return {};
  return {
    countryCode: address.countryCode ?? "US",
    firstLineOfAddress: address.line1,
    secondLineOfAddress: address.line2,
    city: address.city,
    state: address.state,
    postalZipCode: address.postalCode,
    addressIndicator: address.addressIndicator,
    residenceCode: address.residenceCode,
  };
}

/** The header record. */
export function metro2HeaderRecord(header: Metro2FileHeaderInput): string {
  return writeMetro2Record(metro2HeaderLayout, {
    ...header,
    recordDescriptorWord: metro2Lengths.header,
    recordIdentifier: "HEADER",
  });
}

/** A J1 (same address as the primary consumer) or J2 (own address) segment for a co-borrower. */
export function metro2AssociatedSegment(consumer: Metro2Consumer): string {
  if (consumer.address) {
    return writeMetro2Record(metro2J2Layout, {
      segmentIdentifier: "J2",
      ...consumerValues(consumer),
      ...addressValues(consumer),
    });
  }
  return writeMetro2Record(metro2J1Layout, { segmentIdentifier: "J1", ...consumerValues(consumer) });
}

/**
 * The base segment (426 bytes) followed by J1/J2 segments; the record descriptor word is the
 * record's whole length.
 */
export function metro2AccountRecord(
  state: Metro2AccountState,
  identificationNumber: string,
  cycleIdentifier: string | undefined,
): { readonly text: string; readonly status: Metro2AccountStatus } {
  const segments = (state.coBorrowers ?? []).map(metro2AssociatedSegment);
  const length = segments.reduce((n: number, s) => n + s.length, metro2Lengths.base);
  const status = metro2AccountStatus(state.standing, state.daysPastDue);
  const base = writeMetro2Record(metro2BaseLayout, {
    recordDescriptorWord: length,
    processingIndicator: 1,
    identificationNumber,
    cycleIdentifier,
    consumerAccountNumber: state.accountNumber,
    portfolioType: state.portfolioType,
    accountType: state.accountType,
    dateOpened: state.dateOpened,
    creditLimit: wholeDollars(state.creditLimitMinor),
    highestCredit: wholeDollars(state.highestCreditMinor),
    termsDuration: String(state.termsDurationMonths).padStart(3, "0"),
    termsFrequency: state.termsFrequency,
    scheduledMonthlyPayment: wholeDollars(state.scheduledMonthlyPaymentMinor),
    actualPayment: wholeDollars(state.actualPaymentMinor),
    accountStatus: status,
    paymentRating: metro2PaymentRating(state.standing, state.daysPastDue),
    paymentHistoryProfile: paymentHistoryProfile(state.paymentHistory),
    specialComment: state.specialComment,
    complianceConditionCode: state.complianceConditionCode,
    currentBalance: wholeDollars(state.currentBalanceMinor),
    amountPastDue: wholeDollars(state.amountPastDueMinor),
    originalChargeOffAmount: wholeDollars(state.originalChargeOffMinor),
    dateOfAccountInformation: state.dateOfAccountInformation,
    dateOfFirstDelinquency: state.dateOfFirstDelinquency,
    dateClosed: state.dateClosed,
    dateOfLastPayment: state.dateOfLastPayment,
    interestTypeIndicator: state.interestTypeIndicator,
    ...consumerValues(state.primary),
    ...addressValues(state.primary),
  });
  return { text: base + segments.join(""), status };
}
