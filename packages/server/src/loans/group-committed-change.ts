import type { Context } from "hono";
import type { EventType } from "../events/catalog.js";
import type { AppEnv } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import type { IdempotencyClaim } from "../http/idempotency-claim.js";
import { settledAnswer } from "../http/idempotency-replay.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { responseText } from "../http/response-text.js";
import { type ChangeKind, type ChangeOptions, type EventDraft, planLoanChange } from "./append-event.js";
import type { LoanChangeGroups } from "./group-commit.js";
import { toChangeBody } from "./view.js";

/**
 * Plans before a change gives up on a loan that keeps moving under it: each round one change of the loan commits,
 * so only a loan receiving this many changes at once can exhaust it.
 */
const MAX_PLANS = 20;

/**
 * The loan as first read, with the tenant's settings when `tenantScope` left them to this request (set as
 * `c.get("tenant")`); `undefined` when the scope has read them already (the plan reads the loan itself).
 */
async function firstRead(c: Context<AppEnv>, groups: LoanChangeGroups, loanId: string) {
  const deferred = c.get("deferredTenantReading");
  if (deferred === undefined) return undefined;
  const found = await groups.reads.submit(c.get("principal").tenantId, loanId);
  // No loan, no row: the settings are read alone (a 404 costs a statement more).
  if (found === undefined) await deferred.readAlone();
  else deferred.use(found.settings);
  return found ?? null;
}

/** A change the group commit stores (`LENDSTACK_GROUP_COMMIT=on`), and the partner event it records. */
export interface GroupCommittedChange {
  readonly groups: LoanChangeGroups;
  readonly claim: IdempotencyClaim;
  readonly eventType: EventType;
}

/**
 * `appendLoanEvent`'s answer, stored by group commit: the change is planned on the loan as read (no lock, no
 * transaction), its 201 response built, and the change, the key's stored response, the partner event and the audit
 * record are queued to be committed together with other requests' changes (`loans/group-commit.ts`). If the loan
 * moved on first the change is planned again on the loan as it now is; if the key was settled first, its stored
 * response is the answer. A refusal stores nothing, unless the key was settled: a retry of a stored change is
 * replayed, whatever the loan would say now.
 *
 * @example return appendGroupCommitted(c, deps, change, loanId, draftPayment(body), kinds.payment, options);
 */
export async function appendGroupCommitted(
  c: Context<AppEnv>,
  deps: ResourceDeps,
  committed: GroupCommittedChange,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions,
): Promise<Response> {
  await deps.faults?.("before_claim");
  const first = await firstRead(c, committed.groups, loanId);
  for (let attempt = 0; attempt < MAX_PLANS; attempt++) {
    const context = changeContext(c, deps);
    const found = attempt === 0 ? first : undefined;
    const planned = await planLoanChange(deps.db, context, loanId, draft, kind, options, found);
    if (!planned.ok) return (await settledAnswer(c, deps.db, committed.claim)) ?? domainProblem(c, planned.error);
    const plan = planned.value;
    if (plan === undefined) continue;
    await deps.faults?.("before_render");
    const response = c.json(toChangeBody(plan.change), 201);
    const body = await responseText(response);
    const outcome = await committed.groups.commits.submit(context.tenantId, {
      context,
      plan,
      key: {
        key: committed.claim.key,
        operation: committed.claim.operation,
        requestHash: committed.claim.requestHash,
        responseStatus: 201,
        responseBody: body,
        responseContentType: response.headers.get("content-type") ?? "application/json",
      },
      event: { type: committed.eventType, resourceType: "loan", resourceId: loanId, data: JSON.parse(body) },
    });
    if (outcome === "committed") {
      await deps.faults?.("after_commit");
      return response;
    }
    if (outcome === "key_taken") {
      const replay = await settledAnswer(c, deps.db, committed.claim);
      if (replay !== undefined) return replay;
    }
  }
  return problemResponse(c, {
    code: "loan_version_conflict",
    detail: `loan ${loanId} kept changing while this change was being stored; retry it with the same Idempotency-Key.`,
  });
}
