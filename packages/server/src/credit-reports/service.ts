import type { CreditReport, PullKind } from "@lendstack/core/credit-reporting";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, eq } from "drizzle-orm";
import {
  type CreditBureau,
  CreditBureauError,
  type CreditPullAnswer,
  type CreditPullRequest,
} from "../adapters/credit-bureau/index.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type CreditReportRow, type PartyRow, parties } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { subjectOf } from "../identity-checks/service.js";
import { todayOf } from "../loans/append-event.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { consentFor } from "./consent.js";
import type { PullCreditReportRequest } from "./schemas.js";
import { openCreditReport, sealCreditReport } from "./sealed.js";
import { creditReportsStore } from "./store.js";

/** A report is reused for this many days when `CREDIT_REPORT_REUSE_DAYS` is unset. */
export const DEFAULT_CREDIT_REPORT_REUSE_DAYS = 30;

const DAY_MS = 86_400_000;

/** What credit reports need: the database, the master keys, the bureau and the reuse window. */
export interface CreditReportsDeps {
  readonly db: Db;
  readonly keyring: MasterKeyring;
  readonly bureau: CreditBureau;
  /** Days a completed report answers a new pull instead of the bureau (0: always pull). */
  readonly reuseDays: number;
}

/** A pull's outcome: the stored report, opened, and whether it was reused. */
export interface PulledReport {
  readonly row: CreditReportRow;
  readonly report: CreditReport | undefined;
  readonly reused: boolean;
}

/** The instant from which a report is fresh enough to reuse. @example reuseSince(now, 30) */
export function reuseSince(now: Date, reuseDays: number): Date {
  return new Date(now.getTime() - reuseDays * DAY_MS);
}

/** Kinds of stored report that answer a pull of `kind`: a hard pull needs a hard report; a soft takes either. */
const answering = (kind: PullKind) => (kind === "hard" ? ["hard"] : ["soft", "hard"]);

/** The party a consumer report is about: 404 `party_not_found`; a business is 422 `credit_report_individual_only`. */
async function individualParty(db: Db, tenantId: string, partyId: string): Promise<Result<PartyRow>> {
  const [party] = await db
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), eq(parties.id, partyId)));
  if (party === undefined) return fail("party_not_found", `No party ${partyId} in this tenant.`, ["partyId"]);
  if (party.type !== "individual") {
    return fail("credit_report_individual_only", "Consumer credit reports are for individuals.", ["partyId"]);
  }
  return ok(party);
}

/** The bureau's answer, or 502 `credit_bureau_unavailable` when it failed (nothing is stored). */
async function askBureau(bureau: CreditBureau, request: CreditPullRequest): Promise<Result<CreditPullAnswer>> {
  try {
    return ok(await bureau.pull(request));
  } catch (error) {
    if (!(error instanceof CreditBureauError)) throw error;
    return fail(
      "credit_bureau_unavailable",
      `The credit bureau did not answer usably: ${error.message}. Try again later.`,
    );
  }
}

/**
 * Pulls a party's credit report (soft or hard, for an FCRA § 604 purpose, with the consumer's consent: see
 * `consentFor`), or reuses the newest completed one of a kind that answers it pulled within the reuse window
 * (`reused: true`). The bureau's answer is stored sealed (the normalised report and the raw document), with
 * an audit record; a frozen file is stored as `frozen` (no report, never reused). The party's PII is opened
 * for the call only. 404 `party_not_found`; 422 `credit_report_individual_only` for a business.
 *
 * @example
 * const pulled = await pullCreditReport(deps, context, "pty_…", { kind: "hard", permissiblePurpose: "credit_transaction", applicationId: "app_…" });
 */
export async function pullCreditReport(
  deps: CreditReportsDeps,
  context: ChangeContext,
  partyId: string,
  request: PullCreditReportRequest,
): Promise<Result<PulledReport>> {
  const found = await individualParty(deps.db, context.tenantId, partyId);
  if (!found.ok) return found;
  const party = found.value;
  const consent = await consentFor(deps.db, context.tenantId, partyId, request);
  if (!consent.ok) return consent;
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  const store = creditReportsStore(deps.db, context.tenantId);
  const audit = (action: string, row: CreditReportRow) =>
    writeAudit(deps.db, context, {
      action,
      resourceType: "credit_report",
      resourceId: row.id,
      details: {
        partyId,
        applicationId: request.applicationId ?? null,
        kind: request.kind,
        permissiblePurpose: request.permissiblePurpose,
        consentSource: consent.value.source,
        status: row.status,
      },
    });
  if (deps.reuseDays > 0) {
    const fresh = await store.latestCompleted(
      partyId,
      reuseSince(context.now, deps.reuseDays),
      answering(request.kind),
    );
    if (fresh !== undefined) {
      await audit("credit_report.reused", fresh);
      return ok({ row: fresh, report: openCreditReport(keys, fresh), reused: true });
    }
  }
  const answer = await askBureau(deps.bureau, {
    kind: request.kind,
    permissiblePurpose: request.permissiblePurpose,
    subject: subjectOf(keys, party),
    inquirer: context.tenantId,
    requestedOn: todayOf(context),
  });
  if (!answer.ok) return answer;
  const id = context.ids.next("crp");
  const pulled = answer.value;
  const report = pulled.outcome === "completed" ? pulled.report : undefined;
  const row = await store.insert({
    id,
    partyId,
    applicationId: request.applicationId ?? null,
    kind: request.kind,
    permissiblePurpose: request.permissiblePurpose,
    consent: consent.value,
    provider: deps.bureau.name,
    providerReference: pulled.providerReference,
    status: pulled.outcome,
    reportedOn: report?.reportedOn ?? todayOf(context),
    ...sealCreditReport(keys, id, report, pulled.raw),
    requestedBy: context.actor,
    createdAt: context.now,
  });
  await audit("credit_report.pulled", row);
  return ok({ row, report, reused: false });
}
