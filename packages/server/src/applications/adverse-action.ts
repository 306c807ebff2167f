import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  type AdverseActionNotice,
  buildAdverseActionNotice,
  type CreditScoreUsed,
  type NamedParty,
} from "@lendstack/core/origination";
import type { ProductDefinition } from "@lendstack/core/products";
import { type ReportWindow, reportById, reportInWindow } from "../credit-reports/latest.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { decisionsStore } from "../decisions/store.js";
import { todayOf } from "../loans/append-event.js";
import { findParty } from "../parties/store.js";
import { ruleSetsStore } from "../rule-sets/store.js";
import { applicationNotFound, applicationProduct, lockApplication } from "./lifecycle.js";
import { applicationsStore } from "./store.js";
import { formOf, stateOf } from "./view.js";

/** How a notice went out. */
export type NoticeDelivery = "mail" | "email" | "in_app";

/** A declined application's notice with where it stands: due, overdue (past `dueOn`, not sent) or sent. */
export interface NoticeWithStatus {
  readonly notice: AdverseActionNotice;
  readonly status: "due" | "overdue" | "sent";
  readonly sentAt: Date | null;
  readonly deliveryMethod: string | null;
  /** The credit report (`crp_…`) the decision recorded it used; null when it used none or predates the record. */
  readonly creditReportId: string | null;
}

type ConfiguredParty = NonNullable<NonNullable<ProductDefinition["origination"]>["adverseAction"]>["creditor"];

/** A configured party without its absent optional fields (core's types have no explicit undefined). */
function namedParty({ name, address, phone }: ConfiguredParty): NamedParty {
  const defined = Object.fromEntries(Object.entries(address).filter(([, value]) => value !== undefined));
  return { name, address: defined, ...(phone === undefined ? {} : { phone }) };
}

function notDeclined(row: ApplicationRow) {
  return fail(
    "application_not_declined",
    `Application ${row.id} is ${row.state}; only a declined application has an adverse-action notice.`,
    ["applicationId"],
    { currentState: row.state },
  );
}

/** The applicants' names as their parties give them, primary first. */
async function applicantNames(executor: Executor, tenantId: string, row: ApplicationRow): Promise<string[]> {
  const applicants = [...(formOf(row).applicants ?? [])].sort(
    (a, b) => Number(b.role === "primary") - Number(a.role === "primary"),
  );
  const names: string[] = [];
  for (const applicant of applicants) {
    const party = await findParty(executor, tenantId, applicant.partyId);
    if (party !== undefined) names.push(party.displayName);
  }
  return names;
}

/**
 * The decision's rule set reason statements and the credit score among its facts, when there is a decision;
 * with `window`, the key factors of the report the decision used, when its score is the score decided on (a
 * score the caller gave has none): the report the decision recorded (`creditReportId`), or for a decision
 * made before decisions recorded it, the primary applicant's report pulled within the window before it.
 */
async function decisionContext(executor: Executor, tenantId: string, row: ApplicationRow, window?: ReportWindow) {
  const decision = row.decisionId === null ? undefined : await decisionsStore(executor, tenantId).find(row.decisionId);
  if (decision === undefined) return { reasonMap: {}, creditScore: undefined, keyFactors: [], creditReportId: null };
  const version = await ruleSetsStore(executor, tenantId).findVersion(decision.ruleSetId, decision.ruleSetVersion);
  const score = (decision.facts as Record<string, unknown>).creditScore;
  const creditScore = typeof score === "number" && Number.isInteger(score) ? score : undefined;
  const primary = (formOf(row).applicants ?? []).find((applicant) => applicant.role === "primary")?.partyId;
  const recorded = decision.creditReportId;
  let used: Awaited<ReturnType<typeof reportById>>;
  if (window !== undefined && creditScore !== undefined) {
    if (recorded !== null) used = await reportById(executor, tenantId, recorded, window);
    else if (primary !== undefined)
      used = await reportInWindow(executor, tenantId, primary, decision.createdAt, window);
  }
  const factors = used?.report.score?.value === creditScore ? (used?.report.score?.factors ?? []) : [];
  return {
    reasonMap: version?.reasonStatements ?? {},
    creditScore,
    keyFactors: factors.map(({ code, description, isInquiries }) => ({ code, description, isInquiries })),
    creditReportId: recorded,
  };
}

function creditScoreUsed(
  settings: NonNullable<NonNullable<ProductDefinition["origination"]>["adverseAction"]>,
  score: number | undefined,
  scoredOn: LocalDate,
  keyFactors: CreditScoreUsed["keyFactors"],
): CreditScoreUsed | undefined {
  const agency = settings.creditReportingAgency;
  if (agency === undefined || score === undefined) return undefined;
  const { scoreRangeLow, scoreRangeHigh, ...rest } = agency;
  const named = namedParty(rest);
  // Key factors come with a bureau report (ranked by the bureau); a score given as a fact has none to disclose.
  return {
    agency: named,
    score,
    rangeLow: scoreRangeLow,
    rangeHigh: scoreRangeHigh,
    scoredOn,
    source: named.name,
    keyFactors,
  };
}

function statusOf(row: ApplicationRow, dueOn: LocalDate, today: LocalDate): NoticeWithStatus["status"] {
  if (row.adverseActionSentAt !== null) return "sent";
  return today > dueOn ? "overdue" : "due";
}

/**
 * The Regulation B adverse-action notice of a declined application, built by core's `buildAdverseActionNotice`
 * from the decline's reason codes (most important first) mapped by the deciding rule set's reason statements,
 * the product's `origination.adverseAction` (creditor, ECOA agency, and the consumer reporting agency when a
 * credit score was among the decision's facts, with the key factors of the primary applicant's bureau report
 * the decision used, given `window`) and the applicants' names; with its status by the tenant's
 * business date. 409 `application_not_declined`; 422 `adverse_action_not_configured` when the product names no
 * creditor; core's `unmapped_reason_code` when a reason has no statement.
 *
 * @example
 * const notice = await adverseActionNotice(db, context, "app_…");
 */
export async function adverseActionNotice(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "businessDate">,
  applicationId: string,
  window?: ReportWindow,
): Promise<Result<NoticeWithStatus>> {
  const row = await applicationsStore(executor, context.tenantId).find(applicationId);
  if (row === undefined) return applicationNotFound(applicationId);
  return noticeOf(executor, context, row, window);
}

async function noticeOf(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "businessDate">,
  row: ApplicationRow,
  window?: ReportWindow,
): Promise<Result<NoticeWithStatus>> {
  if (stateOf(row) !== "declined" || row.declinedOn === null) return notDeclined(row);
  const product = await applicationProduct(executor, context.tenantId, row);
  if (!product.ok) return product;
  const settings = product.value.definition.origination?.adverseAction;
  if (settings === undefined) {
    return fail(
      "adverse_action_not_configured",
      "The product names no creditor for adverse-action notices: set origination.adverseAction (creditor, ecoaAgency).",
      ["origination", "adverseAction"],
    );
  }
  const declinedOn = parseLocalDate(row.declinedOn);
  if (!declinedOn.ok) return declinedOn;
  const { reasonMap, creditScore, keyFactors, creditReportId } = await decisionContext(
    executor,
    context.tenantId,
    row,
    window,
  );
  const codes = row.declineReasonCodes ?? [];
  const score = creditScoreUsed(settings, creditScore, declinedOn.value, keyFactors);
  const notice = buildAdverseActionNotice({
    applicationId: row.id,
    applicantNames: await applicantNames(executor, context.tenantId, row),
    decidedOn: declinedOn.value,
    reasons: codes.map((code, i) => ({ code, weight: codes.length - i })),
    reasonMap,
    creditor: namedParty(settings.creditor),
    ecoaAgency: namedParty(settings.ecoaAgency),
    ...(score === undefined ? {} : { creditScore: score }),
  });
  if (!notice.ok) return notice;
  return ok({
    notice: notice.value,
    status: statusOf(row, notice.value.dueOn, todayOf(context)),
    sentAt: row.adverseActionSentAt,
    deliveryMethod: row.adverseActionDelivery,
    creditReportId,
  });
}

/**
 * Records that the notice went out (by mail, email or in the app, at `sentAt` or now): the notice must build
 * first, so nothing is recorded for a notice that could not be sent. 409 `adverse_action_notice_sent` the
 * second time. Audited.
 *
 * @example
 * const sent = await recordNoticeDelivery(db, context, "app_…", { method: "mail" });
 */
export async function recordNoticeDelivery(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  delivery: { readonly method: NoticeDelivery; readonly sentAt?: Date | undefined },
  window?: ReportWindow,
): Promise<Result<NoticeWithStatus>> {
  return db.transaction(async (tx) => {
    const locked = await lockApplication(tx, context, applicationId);
    if (!locked.ok) return locked;
    const row = locked.value;
    const built = await noticeOf(tx, context, row, window);
    if (!built.ok) return built;
    if (row.adverseActionSentAt !== null) {
      return fail(
        "adverse_action_notice_sent",
        `The adverse-action notice of ${applicationId} was sent at ${row.adverseActionSentAt.toISOString()}.`,
        ["applicationId"],
      );
    }
    const sentAt = delivery.sentAt ?? context.now;
    if (sentAt > context.now) return fail("sent_at_in_future", "sentAt is after now", ["sentAt"]);
    const updated = await applicationsStore(tx, context.tenantId).update(applicationId, {
      adverseActionSentAt: sentAt,
      adverseActionDelivery: delivery.method,
      version: row.version + 1,
      updatedAt: context.now,
    });
    await writeAudit(tx, context, {
      action: "application.adverse_action_notice_sent",
      resourceType: "application",
      resourceId: applicationId,
      details: { method: delivery.method, sentAt: sentAt.toISOString(), dueOn: built.value.notice.dueOn },
    });
    return noticeOf(tx, context, updated, window);
  });
}

/**
 * The notice as the API returns it (absent parts as null).
 *
 * @example return c.json(toNoticeBody(result.value), 200);
 */
export function toNoticeBody({ notice, status, sentAt, deliveryMethod, creditReportId }: NoticeWithStatus) {
  const { fcraDisclosure, ...rest } = notice;
  return {
    object: "adverse_action_notice" as const,
    ...rest,
    applicantNames: [...notice.applicantNames],
    principalReasons: notice.principalReasons.map((reason) => ({ ...reason, reasonCodes: [...reason.reasonCodes] })),
    citations: [...notice.citations],
    status,
    sentAt: sentAt?.toISOString() ?? null,
    deliveryMethod,
    creditReportId,
    fcraDisclosure:
      fcraDisclosure === undefined
        ? null
        : {
            ...fcraDisclosure,
            keyFactors: fcraDisclosure.keyFactors.map(({ code, description }) => ({ code, description })),
          },
  };
}
