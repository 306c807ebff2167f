import type { DomainError, Result } from "../errors/index.js";
import { isCurrencyCode } from "../money/index.js";
import {
  type ApplicantEntry,
  type ApplicationForm,
  applicantRoles,
  type Collateral,
  type Consent,
  consentTypes,
} from "./application.js";
import { checkCollateral } from "./completeness-collateral.js";
import { parseInstant } from "./instant.js";
import { ItemSink, type MissingItem } from "./missing-item.js";

/**
 * What the product asks of an application beyond the general rules.
 *
 * @example const options: CompletenessOptions = { requiredCollateral: "vehicle", maxModelYear: 2027 };
 */
export interface CompletenessOptions {
  /** The collateral type the product needs (an auto loan: `vehicle`); any type when absent. */
  readonly requiredCollateral?: Collateral["type"];
  /** The newest acceptable vehicle model year (usually the business date's year + 1). */
  readonly maxModelYear?: number;
}

/**
 * The refusal of a submit: code `application_incomplete` with every missing item (422).
 *
 * @example if (!result.ok) console.log(result.error.missing.map((m) => m.path.join(".")));
 */
export interface IncompleteApplicationError extends DomainError {
  readonly code: "application_incomplete";
  readonly missing: ReadonlyArray<MissingItem>;
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv6Group = /^[0-9a-fA-F]{1,4}$/;

/**
 * Is `text` an IPv4 dotted quad or an IPv6 address (with at most one `::`)?
 *
 * @example isIpAddress("203.0.113.7") && isIpAddress("2001:db8::1") && !isIpAddress("256.1.1.1")
 */
export function isIpAddress(text: string): boolean {
  if (ipv4.test(text)) return true;
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  if (!groups.every((group) => ipv6Group.test(group))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

function checkApplicants(applicants: ReadonlyArray<ApplicantEntry> | undefined, sink: ItemSink): void {
  if (!sink.require(applicants, ["applicants"]) || applicants === undefined) return;
  const seen = new Set<string>();
  applicants.forEach((applicant, i) => {
    if (sink.require(applicant.partyId, ["applicants", i, "partyId"]) && applicant.partyId !== undefined) {
      if (seen.has(applicant.partyId)) {
        sink.add(["applicants", i, "partyId"], "duplicate_applicant", `party ${applicant.partyId} is listed twice`);
      }
      seen.add(applicant.partyId);
    }
    if (sink.require(applicant.role, ["applicants", i, "role"]) && !applicantRoles.includes(applicant.role!)) {
      sink.add(["applicants", i, "role"], "invalid_role", `role is one of ${applicantRoles.join(", ")}`);
    }
  });
  const primaries = applicants.filter((applicant) => applicant.role === "primary").length;
  if (primaries === 0) sink.add(["applicants"], "primary_applicant_required", "exactly one applicant must be primary");
  if (primaries > 1) {
    sink.add(["applicants"], "multiple_primary_applicants", `exactly one applicant must be primary, not ${primaries}`);
  }
}

function checkConsent(consent: Consent, i: number, sink: ItemSink): void {
  const at = (field: string) => ["consents", i, field];
  if (sink.require(consent.type, at("type")) && !consentTypes.includes(consent.type!)) {
    sink.add(at("type"), "invalid_consent_type", `type is one of ${consentTypes.join(", ")}`);
  }
  sink.require(consent.partyId, at("partyId"));
  sink.require(consent.disclosureVersion, at("disclosureVersion"));
  if (sink.require(consent.acceptedAt, at("acceptedAt"))) {
    const parsed = parseInstant(consent.acceptedAt, at("acceptedAt"));
    if (!parsed.ok) sink.add(at("acceptedAt"), parsed.error.code, parsed.error.message);
  }
  if (sink.require(consent.ipAddress, at("ipAddress")) && !isIpAddress(consent.ipAddress!)) {
    sink.add(at("ipAddress"), "invalid_ip_address", "must be an IPv4 or IPv6 address");
  }
}

/** Every applicant must have given both consents (credit report and electronic records). */
function checkConsents(form: ApplicationForm, sink: ItemSink): void {
  const consents = form.consents ?? [];
  consents.forEach((consent, i) => {
    checkConsent(consent, i, sink);
  });
  for (const applicant of form.applicants ?? []) {
    if (applicant.partyId === undefined) continue;
    for (const type of consentTypes) {
      if (!consents.some((c) => c.partyId === applicant.partyId && c.type === type)) {
        sink.add(["consents"], "consent_required", `party ${applicant.partyId} has not consented to ${type}`);
      }
    }
  }
}

function checkDeclarations(form: ApplicationForm, sink: ItemSink): void {
  if (sink.require(form.debts, ["debts"])) {
    form.debts?.forEach((debt, i) => {
      sink.require(debt.kind, ["debts", i, "kind"]);
      sink.requireAmount(debt.balanceMinor, ["debts", i, "balanceMinor"], true);
      sink.requireAmount(debt.monthlyPaymentMinor, ["debts", i, "monthlyPaymentMinor"], true);
    });
  }
  if (sink.require(form.assets, ["assets"])) {
    form.assets?.forEach((asset, i) => {
      sink.require(asset.kind, ["assets", i, "kind"]);
      sink.requireAmount(asset.valueMinor, ["assets", i, "valueMinor"], true);
    });
  }
}

/**
 * Everything an application lacks before it can be submitted, in form order; empty when complete.
 * Product, amount (> 0), ISO 4217 currency, term (`numberOfPayments`, a whole number > 0) and
 * purpose; applicants with party and role, exactly one `primary`, no party twice; collateral
 * (`{ type: "none" }` counts as an answer) complete for its type, a VIN with a valid check digit;
 * declared debts and assets (an empty list is an answer, an absent one is not); and from every
 * applicant both consents, each with disclosure version, UTC instant and IP address. Whether the
 * amount and term fit the product is `checkLoanRequest`'s job, not this one's.
 *
 * @example
 * checkCompleteness({ amountMinor: 0n }).map((m) => `${m.path.join(".")}:${m.code}`)
 * // ["productId:required", "amountMinor:not_positive", "currency:required", …]
 */
export function checkCompleteness(
  form: ApplicationForm,
  options: CompletenessOptions = {},
): ReadonlyArray<MissingItem> {
  const sink = new ItemSink();
  sink.require(form.productId, ["productId"]);
  sink.requireAmount(form.amountMinor, ["amountMinor"]);
  if (sink.require(form.currency, ["currency"]) && !isCurrencyCode(form.currency!)) {
    sink.add(["currency"], "unknown_currency", `${form.currency} is not an ISO 4217 currency`);
  }
  const term = form.numberOfPayments;
  if (sink.require(term, ["numberOfPayments"]) && (!Number.isSafeInteger(term) || term! <= 0)) {
    sink.add(["numberOfPayments"], "invalid_term", "the term is a whole number of payments > 0");
  }
  sink.require(form.purpose, ["purpose"]);
  checkApplicants(form.applicants, sink);
  checkCollateral(form.collateral, sink, options.requiredCollateral, options.maxModelYear);
  checkDeclarations(form, sink);
  checkConsents(form, sink);
  return sink.items;
}

/**
 * The submit guard: the form itself when complete, else `application_incomplete` listing every
 * missing item (the server's 422).
 *
 * @example
 * const checked = requireComplete(form);
 * if (!checked.ok) return problem(422, checked.error.missing);
 */
export function requireComplete(
  form: ApplicationForm,
  options: CompletenessOptions = {},
): Result<ApplicationForm, IncompleteApplicationError> {
  const missing = checkCompleteness(form, options);
  if (missing.length === 0) return { ok: true, value: form };
  return {
    ok: false,
    error: {
      code: "application_incomplete",
      message: `the application is missing ${missing.length} item${missing.length === 1 ? "" : "s"}`,
      missing,
    },
  };
}
