import type { LocalDate } from "../calendar/index.js";
import type { AdverseActionNotice, NamedParty } from "./adverse-action-notice.js";
import type { DocumentLayout, LayoutBlock } from "./document-layout.js";
import { formatAddress, formatLongDate } from "./document-layout.js";

// The Regulation B notice of action taken (12 CFR 1002.9, model form C-1 in substance), laid out from the
// notice `buildAdverseActionNotice` built: the action, the principal reasons, the ECOA notice and agency, and
// the FCRA § 615(a) block when a credit score was used.

function party(label: string, named: NamedParty): LayoutBlock {
  const rows = [
    { label, value: named.name },
    { label: "Address", value: formatAddress(named.address) },
    ...(named.phone === undefined ? [] : [{ label: "Telephone", value: named.phone }]),
  ];
  return { kind: "fields", rows };
}

function fcraBlocks(notice: AdverseActionNotice): LayoutBlock[] {
  const fcra = notice.fcraDisclosure;
  if (fcra === undefined) return [];
  return [
    { kind: "heading", text: "Your credit score and the consumer reporting agency" },
    { kind: "paragraph", text: fcra.statement },
    party("Consumer reporting agency", fcra.agency),
    {
      kind: "fields",
      rows: [
        { label: "Your credit score", value: String(fcra.score) },
        { label: "Scores range from", value: `${fcra.rangeLow} to ${fcra.rangeHigh}` },
        { label: "Date of the score", value: formatLongDate(fcra.scoredOn) },
        { label: "Source", value: fcra.source },
      ],
    },
    ...(fcra.keyFactors.length === 0
      ? []
      : [
          { kind: "heading" as const, text: "Key factors that adversely affected your score" },
          ...fcra.keyFactors.map((factor, i) => ({
            kind: "paragraph" as const,
            text: `${i + 1}. ${factor.description}`,
          })),
        ]),
  ];
}

/**
 * The adverse-action notice as a document layout, issued on `issuedOn`.
 *
 * @see 12 CFR 1002.9(a)(2), (b)(1); 15 U.S.C. 1681m(a)
 * @example const layout = buildAdverseActionNoticeDocument(notice, "2026-12-03");
 */
export function buildAdverseActionNoticeDocument(notice: AdverseActionNotice, issuedOn: LocalDate): DocumentLayout {
  const blocks: LayoutBlock[] = [
    party("Creditor", notice.creditor),
    {
      kind: "fields",
      rows: [
        { label: "Applicants", value: notice.applicantNames.join(", ") },
        { label: "Application", value: notice.applicationId },
        { label: "Date of decision", value: formatLongDate(notice.decidedOn) },
        { label: "Date of this notice", value: formatLongDate(issuedOn) },
      ],
    },
    { kind: "heading", text: "Action taken" },
    {
      kind: "paragraph",
      text: "Thank you for your recent application. We regret that we are unable to approve your request for credit.",
    },
    { kind: "heading", text: "Principal reasons for our decision" },
    ...notice.principalReasons.map((reason, i) => ({
      kind: "paragraph" as const,
      text: `${i + 1}. ${reason.statement}`,
    })),
    ...fcraBlocks(notice),
    { kind: "heading", text: "Notice" },
    { kind: "paragraph", text: notice.ecoaNotice.statement },
    party("Federal agency", notice.ecoaNotice.agency),
  ];
  return {
    title: "Notice of Action Taken",
    subject: `Adverse action notice for application ${notice.applicationId}`,
    author: notice.creditor.name,
    issuedOn,
    blocks,
  };
}
