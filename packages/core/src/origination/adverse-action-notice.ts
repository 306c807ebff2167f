import { addDays, type LocalDate } from "../calendar/index.js";
import { type AdverseActionOptions, buildAdverseActionReasons, type PrincipalReason } from "../compliance/index.js";
import type { Result } from "../errors/index.js";
import type { PostalAddress } from "./application.js";

/** Days after the decision by which the notice must go out (12 CFR 1002.9(a)(1)(i)). @example adverseActionNoticeDays === 30 */
export const adverseActionNoticeDays = 30;

/** A named organization with an address. @example const c: NamedParty = { name: "Lendstack Demo Bank", address: { line1: "1 Main St", city: "Austin", region: "TX", postalCode: "78701", country: "US" } }; */
export interface NamedParty {
  readonly name: string;
  readonly address: PostalAddress;
  readonly phone?: string;
}

/** One reason code from the decision with its weight (points lost, or rule priority): higher weighs more. */
export interface WeightedReason {
  readonly code: string;
  readonly weight: number;
}

/** A key factor behind a credit score, ranked by the bureau; flag the inquiries factor. */
export interface KeyFactor {
  readonly code: string;
  readonly description: string;
  readonly isInquiries?: boolean;
}

/** The credit score used in the decision, as FCRA § 615(a)/§ 609(f) asks it disclosed. */
export interface CreditScoreUsed {
  /** The consumer reporting agency that supplied the report (name, address, toll-free phone). */
  readonly agency: NamedParty;
  readonly score: number;
  readonly rangeLow: number;
  readonly rangeHigh: number;
  readonly scoredOn: LocalDate;
  readonly source: string;
  /** Ranked, most important first. */
  readonly keyFactors: ReadonlyArray<KeyFactor>;
}

/**
 * Everything a Regulation B adverse-action notice is built from.
 *
 * @example const input: AdverseActionNoticeInput = { applicationId: "app_1", applicantNames: ["Ann Lee"], decidedOn: date("2026-03-02"), reasons: [{ code: "DTI_HIGH", weight: 40 }], reasonMap, creditor, ecoaAgency };
 */
export interface AdverseActionNoticeInput {
  readonly applicationId: string;
  readonly applicantNames: ReadonlyArray<string>;
  readonly decidedOn: LocalDate;
  /** The decision's reason codes with weights, in any order. */
  readonly reasons: ReadonlyArray<WeightedReason>;
  /** Reason code → statement (see compliance's `buildAdverseActionReasons`). */
  readonly reasonMap: AdverseActionOptions["map"];
  readonly creditor: NamedParty;
  /** The federal agency that administers ECOA compliance for this creditor (Reg B Appendix A). */
  readonly ecoaAgency: NamedParty;
  /** Present when a credit report was used in the decision. */
  readonly creditScore?: CreditScoreUsed;
}

/** The FCRA § 615(a) block. @example notice.fcraDisclosure?.keyFactors.length */
export interface FcraDisclosure {
  readonly agency: NamedParty;
  readonly statement: string;
  readonly score: number;
  readonly rangeLow: number;
  readonly rangeHigh: number;
  readonly scoredOn: LocalDate;
  readonly source: string;
  /** At most four, plus a fifth when the number of inquiries is a key factor outside the first four. */
  readonly keyFactors: ReadonlyArray<KeyFactor>;
}

/**
 * An adverse-action notice as JSON data (a PDF is rendered from it elsewhere).
 *
 * @example notice.principalReasons.map((r) => r.statement)
 */
export interface AdverseActionNotice {
  readonly applicationId: string;
  readonly applicantNames: ReadonlyArray<string>;
  readonly actionTaken: "credit_denied";
  readonly decidedOn: LocalDate;
  /** The last day the notice may be sent: `decidedOn` + 30 calendar days. */
  readonly dueOn: LocalDate;
  readonly creditor: NamedParty;
  /** At most four, by weight. */
  readonly principalReasons: ReadonlyArray<PrincipalReason>;
  readonly ecoaNotice: { readonly statement: string; readonly agency: NamedParty };
  readonly fcraDisclosure?: FcraDisclosure;
  readonly citations: ReadonlyArray<string>;
}

/**
 * The ECOA notice of 12 CFR 1002.9(b)(1). The regulation asks for a statement "substantially
 * similar" to its model text, so this is the model text, with the agency added from the input.
 */
export const ecoaNoticeStatement =
  "The Federal Equal Credit Opportunity Act prohibits creditors from discriminating against credit applicants on " +
  "the basis of race, color, religion, national origin, sex, marital status, age (provided the applicant has the " +
  "capacity to enter into a binding contract); because all or part of the applicant's income derives from any " +
  "public assistance program; or because the applicant has in good faith exercised any right under the Consumer " +
  "Credit Protection Act. The Federal agency that administers compliance with this law concerning this creditor " +
  "is named below.";

/** Our wording of the FCRA § 615(a)(2)-(4) rights; the agency's details follow it. */
export const fcraStatement =
  "We based our decision in whole or in part on information in a report from the consumer reporting agency named " +
  "below. That agency did not make this decision and cannot tell you why it was made. You may get a free copy of " +
  "your report from that agency if you ask for it within 60 days of receiving this notice, and you may dispute " +
  "with the agency the accuracy or completeness of anything in the report. The credit score shown was used in " +
  "our decision; the key factors are those that most hurt it.";

function keyFactorsOf(factors: ReadonlyArray<KeyFactor>): ReadonlyArray<KeyFactor> {
  const first = factors.slice(0, 4);
  if (first.some((factor) => factor.isInquiries)) return first;
  const inquiries = factors.slice(4).find((factor) => factor.isInquiries);
  return inquiries === undefined ? first : [...first, inquiries];
}

/**
 * Builds the notice for a declined application: the principal reasons (decision reason codes
 * ordered by weight, heaviest first, ties in input order, mapped to statements and deduplicated,
 * at most four — errors from `buildAdverseActionReasons`, e.g. `unmapped_reason_code`), the
 * ECOA notice with the agency, the creditor, the due date (decision + 30 calendar days), and —
 * when a credit report was used — the FCRA § 615(a) disclosure with the score, its range, date,
 * source and key factors. `no_reasons` when the decision carries none.
 *
 * @see 12 CFR 1002.9(a)(1)(i), (a)(2), (b)(1)-(2); 15 U.S.C. 1681m(a); 15 U.S.C. 1681g(f)(1)
 * @example
 * const notice = buildAdverseActionNotice(input);
 * if (notice.ok) console.log(notice.value.dueOn, notice.value.principalReasons);
 */
export function buildAdverseActionNotice(input: AdverseActionNoticeInput): Result<AdverseActionNotice> {
  if (input.reasons.length === 0) {
    return { ok: false, error: { code: "no_reasons", message: "a decline needs its reason codes", path: ["reasons"] } };
  }
  const ranked = input.reasons
    .map((reason, index) => ({ ...reason, index }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((reason) => reason.code);
  const reasons = buildAdverseActionReasons(ranked, { map: input.reasonMap });
  if (!reasons.ok) return reasons;
  const score = input.creditScore;
  const fcra =
    score === undefined
      ? {}
      : { fcraDisclosure: { ...score, statement: fcraStatement, keyFactors: keyFactorsOf(score.keyFactors) } };
  return {
    ok: true,
    value: {
      applicationId: input.applicationId,
      applicantNames: input.applicantNames,
      actionTaken: "credit_denied",
      decidedOn: input.decidedOn,
      dueOn: addDays(input.decidedOn, adverseActionNoticeDays),
      creditor: input.creditor,
      principalReasons: reasons.value.principalReasons,
      ecoaNotice: { statement: ecoaNoticeStatement, agency: input.ecoaAgency },
      ...fcra,
      citations: ["12 CFR 1002.9", ...(score === undefined ? [] : ["15 U.S.C. 1681m(a)", "15 U.S.C. 1681g(f)"])],
    },
  };
}
