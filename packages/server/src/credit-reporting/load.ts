import type { LocalDate } from "@lendstack/core/calendar";
import type { Metro2MonthEndSnapshot } from "@lendstack/core/credit-reporting";
import { type Metro2Classification, metro2ClassificationOf, type ProductDefinition } from "@lendstack/core/products";
import { and, asc, eq, gt, inArray, lte } from "drizzle-orm";
import {
  type ApplicationRow,
  applications,
  type LoanCreditReportingRow,
  type LoanEventRow,
  type LoanRow,
  loanCreditReporting,
  loanEvents,
  loanSnapshots,
  loans,
  type PartyRow,
  parties,
  productVersions,
} from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One page of the loans a month's file considers: disbursed by the month's last day, by id. */
export function loansToReport(
  executor: Executor,
  tenantId: string,
  lastDay: LocalDate,
  afterId: string,
  take: number,
): Promise<LoanRow[]> {
  return executor
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), lte(loans.disbursementDate, lastDay), gt(loans.id, afterId)))
    .orderBy(asc(loans.id))
    .limit(take);
}

function groupBy<Row>(rows: ReadonlyArray<Row>, key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list === undefined) groups.set(key(row), [row]);
    else list.push(row);
  }
  return groups;
}

/** Everything a page of loans needs besides the loan rows: events, month-end snapshots, parties, applications, disputes. */
export interface LoanPageData {
  readonly events: Map<string, LoanEventRow[]>;
  readonly snapshots: Map<string, Map<LocalDate, Metro2MonthEndSnapshot>>;
  readonly applications: Map<string, ApplicationRow>;
  readonly reporting: Map<string, LoanCreditReportingRow>;
  /** Each loan's Metro 2 portfolio and account type, from the product version it was made under. */
  readonly classifications: Map<string, Metro2Classification>;
}

/** The key of a product version in `classificationsOf`. */
function versionKey(productId: string, version: number): string {
  return `${productId}@${version}`;
}

/** Each loan's classification: its product version's `creditReporting`, else its `productType`'s default. */
async function classificationsOf(executor: Executor, tenantId: string, rows: ReadonlyArray<LoanRow>) {
  const productIds = [...new Set(rows.map((row) => row.productId))];
  const versions = await executor
    .select({
      productId: productVersions.productId,
      version: productVersions.version,
      definition: productVersions.definition,
    })
    .from(productVersions)
    .where(and(eq(productVersions.tenantId, tenantId), inArray(productVersions.productId, productIds)));
  const byVersion = new Map(
    versions.map((row) => [
      versionKey(row.productId, row.version),
      metro2ClassificationOf(row.definition as ProductDefinition),
    ]),
  );
  const byLoan = new Map<string, Metro2Classification>();
  for (const row of rows) {
    const classification = byVersion.get(versionKey(row.productId, row.productVersion));
    if (classification !== undefined) byLoan.set(row.id, classification);
  }
  return byLoan;
}

async function snapshotsOf(executor: Executor, tenantId: string, loanIds: string[], dates: ReadonlyArray<LocalDate>) {
  const rows = await executor
    .select({
      loanId: loanSnapshots.loanId,
      asOfDate: loanSnapshots.asOfDate,
      status: loanSnapshots.status,
      daysPastDue: loanSnapshots.daysPastDue,
    })
    .from(loanSnapshots)
    .where(
      and(
        eq(loanSnapshots.tenantId, tenantId),
        inArray(loanSnapshots.loanId, loanIds),
        inArray(loanSnapshots.asOfDate, [...dates]),
      ),
    );
  const byLoan = new Map<string, Map<LocalDate, Metro2MonthEndSnapshot>>();
  for (const row of rows) {
    const map = byLoan.get(row.loanId) ?? new Map<LocalDate, Metro2MonthEndSnapshot>();
    map.set(row.asOfDate as LocalDate, { status: row.status, daysPastDue: row.daysPastDue });
    byLoan.set(row.loanId, map);
  }
  return byLoan;
}

/**
 * Loads a page's events (in sequence), its snapshots on the given month ends, the applications the loans
 * were funded from, the loans' dispute codes, and their products' Metro 2 classifications: five queries a page.
 *
 * @example const data = await loadLoanPage(db, tenantId, rows, monthEnds);
 */
export async function loadLoanPage(
  executor: Executor,
  tenantId: string,
  rows: ReadonlyArray<LoanRow>,
  monthEnds: ReadonlyArray<LocalDate>,
): Promise<LoanPageData> {
  const loanIds = rows.map((row) => row.id);
  const applicationIds = rows.flatMap((row) => (row.applicationId === null ? [] : [row.applicationId]));
  // One after another: a transaction's connection runs one statement at a time.
  const eventRows = await executor
    .select()
    .from(loanEvents)
    .where(and(eq(loanEvents.tenantId, tenantId), inArray(loanEvents.loanId, loanIds)))
    .orderBy(asc(loanEvents.loanId), asc(loanEvents.sequence));
  const snapshots = await snapshotsOf(executor, tenantId, loanIds, monthEnds);
  const applicationRows =
    applicationIds.length === 0
      ? []
      : await executor
          .select()
          .from(applications)
          .where(and(eq(applications.tenantId, tenantId), inArray(applications.id, applicationIds)));
  const reportingRows = await executor
    .select()
    .from(loanCreditReporting)
    .where(and(eq(loanCreditReporting.tenantId, tenantId), inArray(loanCreditReporting.loanId, loanIds)));
  const classifications = await classificationsOf(executor, tenantId, rows);
  return {
    events: groupBy(eventRows, (row) => row.loanId),
    snapshots,
    applications: new Map(applicationRows.map((row) => [row.id, row])),
    reporting: new Map(reportingRows.map((row) => [row.loanId, row])),
    classifications,
  };
}

/** The parties with these ids, by id. @example const byId = await partiesById(db, tenantId, ["pty_…"]); */
export async function partiesById(
  executor: Executor,
  tenantId: string,
  ids: ReadonlyArray<string>,
): Promise<Map<string, PartyRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), inArray(parties.id, unique)));
  return new Map(rows.map((row) => [row.id, row]));
}
