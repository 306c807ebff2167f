import type { LocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  buildAdverseActionNoticeDocument,
  buildLoanAgreement,
  buildTilaDisclosure,
  type DocumentLayout,
} from "@lendstack/core/origination";
import { adverseActionNotice } from "../applications/adverse-action.js";
import { applicationNotFound } from "../applications/lifecycle.js";
import { applicationsStore } from "../applications/store.js";
import type { ReportWindow } from "../credit-reports/latest.js";
import type { ChangeContext } from "../db/audit.js";
import type { DocumentRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { planUpload, recordUpload, storeUpload } from "../documents/service.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { todayOf } from "../loans/append-event.js";
import { acceptedOfferTerms } from "./loan-terms.js";
import { renderLayoutPdf } from "./render-pdf.js";

/** The templates a document can be generated from, each stored as the document type of the same name. */
export const GENERATED_TEMPLATES = ["tila_disclosure", "loan_agreement", "adverse_action_notice"] as const;

/** @example const template: GeneratedTemplate = "tila_disclosure"; */
export type GeneratedTemplate = (typeof GENERATED_TEMPLATES)[number];

const FILE_STEMS: Readonly<Record<GeneratedTemplate, string>> = {
  tila_disclosure: "tila-disclosure",
  loan_agreement: "loan-agreement",
  adverse_action_notice: "adverse-action-notice",
};

/**
 * Regulation Z's disclosure is a US federal form in dollars (its "dollar amount the credit will cost you");
 * printing it for a loan in another currency would claim a compliance it cannot have. The loan agreement
 * carries the same figures (APR, finance charge, amount financed, total of payments) in the loan's currency.
 */
function tilaNotApplicable(currency: string): Result<never> {
  return fail(
    "tila_disclosure_not_applicable",
    `The Truth in Lending disclosure (12 CFR 1026.18) is for loans in USD; this offer is in ${currency}. Its loan agreement (template loan_agreement) states the APR, finance charge, amount financed and total of payments in ${currency}.`,
  );
}

/** The layout of `template` for an application, as of the business date `issuedOn`. */
async function layoutOf(
  executor: Executor,
  context: ChangeContext,
  applicationId: string,
  template: GeneratedTemplate,
  issuedOn: LocalDate,
  window?: ReportWindow,
): Promise<Result<DocumentLayout>> {
  if (template === "adverse_action_notice") {
    const notice = await adverseActionNotice(executor, context, applicationId, window);
    return notice.ok ? ok(buildAdverseActionNoticeDocument(notice.value.notice, issuedOn)) : notice;
  }
  const row = await applicationsStore(executor, context.tenantId).find(applicationId);
  if (row === undefined) return applicationNotFound(applicationId);
  const terms = await acceptedOfferTerms(executor, context.tenantId, row, issuedOn);
  if (!terms.ok) return terms;
  if (template === "tila_disclosure" && terms.value.currency !== "USD") return tilaNotApplicable(terms.value.currency);
  return ok(template === "tila_disclosure" ? buildTilaDisclosure(terms.value) : buildLoanAgreement(terms.value));
}

/** The latest version of the application's documents of `type` (none superseded it), if any. */
async function latestOfType(executor: Executor, tenantId: string, ownerId: string, type: string) {
  const rows = await documentsStore(executor, tenantId).list({ ownerIds: [ownerId], type, take: 1000 });
  const superseded = new Set(rows.map((row) => row.supersedesId));
  return rows.filter((row) => !superseded.has(row.id)).at(-1);
}

/**
 * Generates a document of an application from a template and stores it as the application's document of that
 * type (a later generation supersedes the earlier one, which stays in the history): the TILA disclosure and
 * the loan agreement from the accepted offer (409 `offer_not_accepted`; the disclosure only for a USD offer,
 * else 422 `tila_disclosure_not_applicable`), the adverse-action notice of a
 * declined application (with the bureau's key factors given `window`; 409 `application_not_declined`, 422
 * `adverse_action_not_configured`). The PDF is a function of the data and the business date, so generating
 * it again the same day gives the same SHA-256.
 * Audited as `document.generated`.
 *
 * @example
 * const row = await generateDocument(db, context, settings, "app_…", "tila_disclosure", reportWindow(deps));
 */
export async function generateDocument(
  executor: Executor,
  context: ChangeContext,
  settings: DocumentSettings,
  applicationId: string,
  template: GeneratedTemplate,
  window?: ReportWindow,
): Promise<Result<DocumentRow>> {
  const issuedOn = todayOf(context);
  const layout = await layoutOf(executor, context, applicationId, template, issuedOn, window);
  if (!layout.ok) return layout;
  const bytes = await renderLayoutPdf(layout.value);
  const previous = await latestOfType(executor, context.tenantId, applicationId, template);
  // Generated bytes are PDF whatever uploads may be: the allow-list is for what clients send.
  const pdfSettings: DocumentSettings = { ...settings, contentTypes: ["application/pdf"] };
  const plan = await planUpload(executor, context, pdfSettings, {
    type: template,
    applicationId,
    fileName: `${FILE_STEMS[template]}-${applicationId}-${issuedOn}.pdf`,
    contentType: "application/pdf",
    ...(previous === undefined ? {} : { supersedes: previous.id }),
  });
  if (!plan.ok) return plan;
  const stored = await storeUpload(pdfSettings, plan.value, once(bytes));
  if (!stored.ok) return stored;
  return recordUpload(executor, context, pdfSettings, plan.value, stored.value, {
    action: "document.generated",
    details: { template },
  });
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
