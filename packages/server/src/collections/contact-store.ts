import { and, asc, eq, gt, gte, lte, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import {
  type CollectionContactRow,
  type ContactPreferencesRow,
  collectionContacts,
  contactPreferences,
} from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** A page of a loan's contacts, oldest first. @example await listContacts(db, t, "loan_…", { take: 21 }) */
export function listContacts(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: {
    readonly channel?: string | undefined;
    readonly direction?: string | undefined;
    readonly after?: string | undefined;
    readonly take: number;
  },
): Promise<CollectionContactRow[]> {
  const conditions: SQL[] = [
    eq(collectionContacts.tenantId, tenantId),
    eq(collectionContacts.loanId, loanId),
    ...equalTo(collectionContacts.channel, query.channel),
    ...equalTo(collectionContacts.direction, query.direction),
    ...(query.after === undefined ? [] : [gt(collectionContacts.id, query.after)]),
  ];
  return executor
    .select()
    .from(collectionContacts)
    .where(and(...conditions))
    .orderBy(asc(collectionContacts.id))
    .limit(query.take);
}

/** The loan's phone contacts that occurred from `from` through `to`. @example await phoneContactsBetween(tx, t, "loan_…", from, to) */
export function phoneContactsBetween(
  executor: Executor,
  tenantId: string,
  loanId: string,
  from: Date,
  to: Date,
): Promise<CollectionContactRow[]> {
  return executor
    .select()
    .from(collectionContacts)
    .where(
      and(
        eq(collectionContacts.tenantId, tenantId),
        eq(collectionContacts.loanId, loanId),
        eq(collectionContacts.channel, "phone"),
        gte(collectionContacts.occurredAt, from),
        lte(collectionContacts.occurredAt, to),
      ),
    );
}

/** The loan's contact preferences, or undefined when never set. @example await findPreferences(db, t, "loan_…") */
export async function findPreferences(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<ContactPreferencesRow | undefined> {
  const [row] = await executor
    .select()
    .from(contactPreferences)
    .where(and(eq(contactPreferences.tenantId, tenantId), eq(contactPreferences.loanId, loanId)));
  return row;
}

/** Writes the loan's preferences whole (insert or replace). @example await savePreferences(tx, row) */
export async function savePreferences(executor: Executor, row: ContactPreferencesRow): Promise<ContactPreferencesRow> {
  const { tenantId, loanId, createdAt, ...rest } = row;
  const [saved] = await executor
    .insert(contactPreferences)
    .values(row)
    .onConflictDoUpdate({ target: [contactPreferences.tenantId, contactPreferences.loanId], set: rest })
    .returning();
  if (saved === undefined) throw new Error(`contact preferences of ${loanId} not written`);
  return saved;
}
