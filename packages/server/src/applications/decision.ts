import type { z } from "@hono/zod-openapi";
import { fail, type Result } from "@lendstack/core/errors";
import { type ApplicationCommand, checkApproval, type DecisionOutcome } from "@lendstack/core/origination";
import type { ReportWindow } from "../credit-reports/latest.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { getDecision, makeDecision, publishedVersion } from "../decisions/service.js";
import { todayOf } from "../loans/append-event.js";
import { compiledVersion } from "../rule-sets/compiled.js";
import { ruleSetsStore } from "../rule-sets/store.js";
import { BUREAU_FACTS, type CheckFacts, checkFacts } from "./check-facts.js";
import { declaredDocumentFacts } from "./document-facts.js";
import { applicationFacts, factsFor } from "./facts.js";
import { applicationProduct, lockApplication, moveApplication, statesThrough } from "./lifecycle.js";
import { type PricingOutputs, priceDecisionOffers } from "./pricing.js";
import type { decideApplicationSchema } from "./request-schemas.js";
import { raiseRequiredDocuments } from "./required-documents.js";
import { approvalsOf, formOf, stateOf } from "./view.js";

type DecideRequest = z.infer<typeof decideApplicationSchema>;

const OUTCOME: Readonly<Record<string, DecisionOutcome>> = {
  approve: "approved",
  refer: "referred",
  decline: "declined",
};

/** The commands that take an application from `submitted` or `in_review` to the outcome (and on to offered). */
function decisionCommands(row: ApplicationRow, outcome: DecisionOutcome): ApplicationCommand[] {
  const review: ApplicationCommand[] = stateOf(row) === "submitted" ? [{ type: "start_review" }] : [];
  return [...review, { type: "decide", outcome }, ...(outcome === "approved" ? [{ type: "offer" as const }] : [])];
}

/** Moves an approved application on to `offered` with its priced offers. */
async function offerOn(
  db: Db,
  context: ChangeContext,
  row: ApplicationRow,
  commands: ApplicationCommand[],
  outputs: PricingOutputs,
  changes: Partial<ApplicationRow>,
): Promise<Result<ApplicationRow>> {
  const product = await applicationProduct(db, context.tenantId, row);
  if (!product.ok) return product;
  const offers = priceDecisionOffers(context, {
    product: product.value.definition,
    productVersion: product.value.version,
    form: formOf(row),
    outputs,
    disbursementDate: todayOf(context),
  });
  if (!offers.ok) return offers;
  return moveApplication(db, context, row, commands, { ...changes, offers: offers.value });
}

/** The report the checks' bureau facts came from, when one of them is among the facts (not given by the caller). */
function reportUsed(
  checks: CheckFacts,
  declared: ReadonlyArray<string>,
  given: Readonly<Record<string, unknown>>,
): string | undefined {
  const used = BUREAU_FACTS.some((name) => declared.includes(name) && name in checks.facts && !(name in given));
  return used ? checks.creditReportId : undefined;
}

/**
 * Decides a submitted (or in-review) application with a published rule set: the application supplies the
 * facts it can (`applicationFacts`), and the primary applicant's checks theirs (`checkFacts`: the credit
 * report pulled within `window`, identity, sanctions) and its documents' extractions theirs (`declaredDocumentFacts`:
 * verified income, its variance from the stated, NSF count, the `bankStatement…` facts), for the inputs the version declares, the caller the rest; the decision
 * is stored as any other (`/v1/decisions`) and linked, with the id of the credit report its bureau facts came from. Approved: priced offers are made and the application
 * is `offered`; referred: it waits for underwriters (`approve`/`decline`); declined: it ends. The documents
 * the decision requires become prior-to-closing conditions (`raiseRequiredDocuments`).
 *
 * @example
 * const decided = await decideApplication(db, context, "app_…", { ruleSetId: "rls_…", facts: { creditScore: 720 } }, window);
 */
export async function decideApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  request: DecideRequest,
  window: ReportWindow,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const row = locked.value;
  const allowed = statesThrough(stateOf(row), decisionCommands(row, "referred"));
  if (!allowed.ok) return allowed;
  const product = await applicationProduct(db, context.tenantId, row);
  if (!product.ok) return product;
  const found = await publishedVersion(ruleSetsStore(db, context.tenantId), request.ruleSetId, request.version);
  if (!found.ok) return found;
  const compiled = compiledVersion(context.tenantId, found.value.row);
  if (!compiled.ok) return compiled;
  const declared = compiled.value.document.inputs.map((input) => input.name);
  const today = todayOf(context);
  const checks = await checkFacts(db, { ...context, today }, formOf(row), new Set(declared), window);
  const supplied = {
    ...(await applicationFacts(db, context.tenantId, product.value.definition, formOf(row), today)),
    ...checks.facts,
  };
  const given = request.facts ?? {};
  const stated = given.monthlyIncome ?? supplied.monthlyIncome;
  const verified = await declaredDocumentFacts(db, context.tenantId, row.id, formOf(row), declared, stated);
  const facts = factsFor(declared, { ...supplied, ...verified }, given);
  const decision = await makeDecision(
    db,
    context,
    { ruleSetId: request.ruleSetId, version: found.value.row.version, facts },
    { creditReportId: reportUsed(checks, declared, given) },
  );
  if (!decision.ok) return decision;
  const outcome = OUTCOME[decision.value.decision] ?? "referred";
  const changes = {
    decisionId: decision.value.id,
    ...(outcome === "referred" ? { referredBy: context.actor } : {}),
    ...(outcome === "declined"
      ? { declinedOn: todayOf(context), declineReasonCodes: [...decision.value.reasonCodes] }
      : {}),
  };
  const commands = decisionCommands(row, outcome);
  const moved =
    outcome === "approved"
      ? await offerOn(db, context, row, commands, decision.value.outputs, changes)
      : await moveApplication(db, context, row, commands, changes);
  if (!moved.ok || outcome === "declined") return moved;
  const required = await raiseRequiredDocuments(db, context, moved.value, decision.value.outputs);
  return required.ok ? moved : required;
}

/**
 * An underwriter approves a referred application under the four-eyes rule (core's `checkApproval`): above
 * the product's `origination.approvalAuthorityLimit` two different people must approve, nobody approves a
 * referral they made, nobody twice (403). The final approval prices the offers and makes it `offered`.
 *
 * @example
 * const approved = await approveApplication(db, context, "app_…");
 */
export async function approveApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const row = locked.value;
  const allowed = statesThrough(stateOf(row), [{ type: "approve" }]);
  if (!allowed.ok) return allowed;
  const product = await applicationProduct(db, context.tenantId, row);
  if (!product.ok) return product;
  const amountMinor = row.amount ?? 0n;
  const limit = product.value.definition.origination?.approvalAuthorityLimit;
  const prior = approvalsOf(row);
  const verdict = checkApproval({
    sub: context.actor,
    amountMinor,
    authorityLimitMinor: limit === undefined ? amountMinor : BigInt(limit),
    ...(row.referredBy === null ? {} : { referredBy: row.referredBy }),
    priorApprovals: prior,
  });
  if (!verdict.ok) return fail(verdict.error.code, verdict.error.message, [], { sub: verdict.error.sub });
  const approvals = [...prior, { sub: context.actor, at: context.now.toISOString() }];
  if (!verdict.value.isFinal) {
    const recorded = await moveApplication(db, context, row, [], { approvals });
    await writeAudit(db, context, {
      action: "application.approval_recorded",
      resourceType: "application",
      resourceId: applicationId,
      details: { approvalsGiven: verdict.value.approvalsGiven, approvalsRequired: verdict.value.approvalsRequired },
    });
    return recorded;
  }
  const decision = row.decisionId === null ? undefined : await decisionOutputs(db, context, row.decisionId);
  return offerOn(db, context, row, [{ type: "approve" }, { type: "offer" }], decision ?? {}, { approvals });
}

async function decisionOutputs(db: Db, context: ChangeContext, decisionId: string): Promise<PricingOutputs> {
  const found = await getDecision(db, context.tenantId, decisionId);
  return found.ok ? found.value.outputs : {};
}

/**
 * An underwriter declines a referred application, with the reasons (audited).
 *
 * @example
 * await declineApplication(db, context, "app_…", ["DTI_TOO_HIGH"]);
 */
export async function declineApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  reasonCodes: ReadonlyArray<string>,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const changes = { declinedOn: todayOf(context), declineReasonCodes: [...reasonCodes] };
  return moveApplication(db, context, locked.value, [{ type: "decline" }], changes, { reasonCodes: [...reasonCodes] });
}
