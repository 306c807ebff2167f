import type { LocalDate } from "@lendstack/core/calendar";
import {
  type Metro2AccountState,
  type Metro2ComplianceConditionCode,
  type Metro2Month,
  metro2AccountFromLoan,
  previousMonthEnds,
  validateMetro2Account,
} from "@lendstack/core/credit-reporting";
import { replay } from "@lendstack/core/servicing";
import { CorruptRecordError } from "../db/corrupt-record.js";
import type { LoanCreditReportingRow, LoanRow, StoredMetro2Skip } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { decodeLoan, rowToEvent } from "../loans/codec.js";
import type { TenantKeys } from "../pii/tenant-keys.js";
import { accountConsumers, consumerPartyIds } from "./consumers.js";
import { type LoanPageData, loadLoanPage, partiesById } from "./load.js";

/** A page's accounts, the loans left out (and why), and the loans whose XR this file reports. */
export interface MappedPage {
  readonly accounts: Metro2AccountState[];
  readonly skipped: StoredMetro2Skip[];
  readonly removalsReported: string[];
}

/**
 * The compliance condition code a file for `month` carries: the dispute's code while set; once cleared,
 * XR in the first month's file generated after (and in files regenerated for that same month); else none.
 *
 * @example complianceCodeFor(row, "2026-12") // "XR" the month after a dispute was cleared
 */
export function complianceCodeFor(
  row: LoanCreditReportingRow | undefined,
  month: string,
): Metro2ComplianceConditionCode | undefined {
  if (row === undefined) return undefined;
  if (row.complianceConditionCode !== null) return row.complianceConditionCode as Metro2ComplianceConditionCode;
  if (row.removalPending === null) return undefined;
  return row.removalReportedMonth === null || row.removalReportedMonth === month ? "XR" : undefined;
}

function stateAtMonthEnd(loan: LoanRow, data: LoanPageData, lastDay: LocalDate) {
  try {
    const events = (data.events.get(loan.id) ?? []).map(rowToEvent);
    return replay(decodeLoan(loan), events, lastDay);
  } catch (error) {
    if (error instanceof CorruptRecordError) return undefined;
    throw error;
  }
}

/**
 * Maps one page of loans to Metro 2 accounts: each replayed to the month's last day, its snapshots on the
 * 24 month ends before, its consumers (PII opened in memory only), and its dispute code; a loan that cannot
 * be reported is skipped with its reason (core's, a consumer's, `replay_failed`, or `invalid_account` when
 * core's check refuses the result).
 *
 * @example const page = await mapLoanPage(db, keys, rows, month);
 */
export async function mapLoanPage(
  executor: Executor,
  keys: TenantKeys,
  rows: ReadonlyArray<LoanRow>,
  month: Metro2Month,
): Promise<MappedPage> {
  const page: MappedPage = { accounts: [], skipped: [], removalsReported: [] };
  if (rows.length === 0) return page;
  const data = await loadLoanPage(executor, keys.tenantId, rows, previousMonthEnds(month.lastDay, 24));
  const partyIds = rows.flatMap((loan) => consumerPartyIds(loan, applicationOf(loan, data)));
  const parties = await partiesById(executor, keys.tenantId, partyIds);
  for (const loan of rows) {
    const skip = (reason: string) => page.skipped.push({ loanId: loan.id, reason });
    const state = stateAtMonthEnd(loan, data, month.lastDay);
    if (state === undefined || !state.ok) {
      skip("replay_failed");
      continue;
    }
    const consumers = accountConsumers(keys, loan, applicationOf(loan, data), parties);
    if (!consumers.ok) {
      skip(consumers.reason);
      continue;
    }
    const code = complianceCodeFor(data.reporting.get(loan.id), month.month);
    const mapped = metro2AccountFromLoan({
      accountNumber: metro2AccountNumber(loan.id),
      state: state.value,
      firstDayOfMonth: month.firstDay,
      snapshots: data.snapshots.get(loan.id) ?? new Map(),
      primary: consumers.primary,
      coBorrowers: consumers.coBorrowers,
      complianceConditionCode: code,
      ...data.classifications.get(loan.id),
    });
    if (mapped.kind === "skipped") {
      skip(mapped.reason);
      continue;
    }
    if (!validateMetro2Account(mapped.account).ok) {
      skip("invalid_account");
      continue;
    }
    page.accounts.push(mapped.account);
    if (code === "XR") page.removalsReported.push(loan.id);
  }
  return page;
}

/**
 * The consumer account number a loan is reported under: its id without the `loan_` prefix (26 characters;
 * the field holds 30), the same every month.
 *
 * @example metro2AccountNumber("loan_01JGFJJZ0000000000000000AB") === "01JGFJJZ0000000000000000AB"
 */
export function metro2AccountNumber(loanId: string): string {
  return loanId.replace(/^loan_/, "");
}

function applicationOf(loan: LoanRow, data: LoanPageData) {
  return loan.applicationId === null ? undefined : data.applications.get(loan.applicationId);
}
