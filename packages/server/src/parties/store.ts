import { and, asc, eq, gt, inArray, ne, type SQL } from "drizzle-orm";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type PartyRow, parties } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The unique index that makes a tax id one party per tenant (migration 0013). */
export const PARTY_TAX_ID_INDEX = "parties_tenant_id_tax_id_hash_index";

/** One party of a tenant, or undefined. @example await findParty(db, tenantId, "pty_…") */
export async function findParty(executor: Executor, tenantId: string, id: string): Promise<PartyRow | undefined> {
  const [row] = await executor
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), eq(parties.id, id)));
  return row;
}

/**
 * The id of the tenant's party with this tax-id hash, other than `exceptId`; undefined when none.
 *
 * @example
 * await partyIdWithTaxIdHash(db, tenantId, hash);
 */
export async function partyIdWithTaxIdHash(
  executor: Executor,
  tenantId: string,
  hash: string,
  exceptId?: string,
): Promise<string | undefined> {
  const [row] = await executor
    .select({ id: parties.id })
    .from(parties)
    .where(
      and(
        eq(parties.tenantId, tenantId),
        eq(parties.taxIdHash, hash),
        ...(exceptId === undefined ? [] : [ne(parties.id, exceptId)]),
      ),
    );
  return row?.id;
}

/**
 * Ids of the tenant's parties with this name-and-birth hash, oldest first (at most 20).
 *
 * @example
 * await partyIdsWithNameBirthHash(db, tenantId, hash); // ["pty_…"]
 */
export async function partyIdsWithNameBirthHash(executor: Executor, tenantId: string, hash: string): Promise<string[]> {
  const rows = await executor
    .select({ id: parties.id })
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), eq(parties.nameBirthHash, hash)))
    .orderBy(asc(parties.id))
    .limit(20);
  return rows.map((row) => row.id);
}

/** The type of each of these parties that exists in the tenant. @example await partyTypes(db, tenantId, ["pty_…"]) */
export async function partyTypes(
  executor: Executor,
  tenantId: string,
  ids: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: parties.id, type: parties.type })
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), inArray(parties.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row.type]));
}

/** Filters and position of a parties page. */
export interface PartyQuery {
  readonly type?: string | undefined;
  /** Tax-id hashes to match (several when the written form fits more than one namespace). */
  readonly taxIdHashes?: ReadonlyArray<string> | undefined;
  readonly createdAt?: Range<Date> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/** A page of a tenant's parties, oldest first. @example await listParties(db, tenantId, { take: 21 }) */
export function listParties(executor: Executor, tenantId: string, query: PartyQuery): Promise<PartyRow[]> {
  const conditions: SQL[] = [
    eq(parties.tenantId, tenantId),
    ...equalTo(parties.type, query.type),
    ...(query.taxIdHashes === undefined ? [] : [inArray(parties.taxIdHash, [...query.taxIdHashes])]),
    ...inRange(parties.createdAt, query.createdAt),
    ...(query.after === undefined ? [] : [gt(parties.id, query.after)]),
  ];
  return executor
    .select()
    .from(parties)
    .where(and(...conditions))
    .orderBy(asc(parties.id))
    .limit(query.take);
}
