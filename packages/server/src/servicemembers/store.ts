import { and, eq, inArray } from "drizzle-orm";
import { type LoanServicememberRow, loanServicemembers, productVersions } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** @example const row = await findServicemember(db, "acme", "loan_…"); */
export async function findServicemember(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<LoanServicememberRow | undefined> {
  const [row] = await executor
    .select()
    .from(loanServicemembers)
    .where(and(eq(loanServicemembers.tenantId, tenantId), eq(loanServicemembers.loanId, loanId)));
  return row;
}

/** Inserts or replaces a loan's servicemember record. @example await saveServicemember(tx, row); */
export async function saveServicemember(executor: Executor, row: LoanServicememberRow): Promise<LoanServicememberRow> {
  const { tenantId, loanId, createdAt, ...values } = row;
  const [saved] = await executor
    .insert(loanServicemembers)
    .values(row)
    .onConflictDoUpdate({ target: [loanServicemembers.tenantId, loanServicemembers.loanId], set: values })
    .returning();
  if (saved === undefined) throw new Error(`servicemember record of ${loanId} not written`);
  return saved;
}

/**
 * Whether the product version a loan was made under is a mortgage (`productType: "mortgage"`).
 *
 * @example await isMortgageProduct(tx, "acme", "prd_…", 1) // false
 */
export async function isMortgageProduct(
  executor: Executor,
  tenantId: string,
  productId: string,
  version: number,
): Promise<boolean> {
  const [row] = await executor
    .select({ definition: productVersions.definition })
    .from(productVersions)
    .where(
      and(
        eq(productVersions.tenantId, tenantId),
        eq(productVersions.productId, productId),
        eq(productVersions.version, version),
      ),
    );
  return row?.definition.productType === "mortgage";
}

/** A period of SCRA protection: from the start of service through the last protected day (null: open). */
export interface ProtectionPeriod {
  readonly from: string;
  readonly through: string | null;
}

/**
 * Whether `date` lies in the period.
 *
 * @example isProtectedOn({ from: "2026-03-01", through: null }, "2026-03-02") // true
 */
export function isProtectedOn(period: ProtectionPeriod | undefined, date: string): boolean {
  return period !== undefined && period.from <= date && (period.through === null || period.through >= date);
}

/**
 * The SCRA protection periods of the loans among `loanIds` that have one, by loan id.
 *
 * @example (await protectionPeriods(db, "acme", ["loan_…"])).get("loan_…")
 */
export async function protectionPeriods(
  executor: Executor,
  tenantId: string,
  loanIds: ReadonlyArray<string>,
): Promise<Map<string, ProtectionPeriod>> {
  if (loanIds.length === 0) return new Map();
  const rows = await executor
    .select({
      loanId: loanServicemembers.loanId,
      from: loanServicemembers.activeDutyStartDate,
      through: loanServicemembers.protectedThrough,
    })
    .from(loanServicemembers)
    .where(and(eq(loanServicemembers.tenantId, tenantId), inArray(loanServicemembers.loanId, [...loanIds])));
  return new Map(rows.map(({ loanId, from, through }) => [loanId, { from, through }]));
}
