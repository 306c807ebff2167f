import { and, asc, eq, gt, notInArray } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type EnvelopeRow, type EnvelopeSignerRow, envelopeSigners, envelopes } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Envelopes' list filters. */
export interface EnvelopeQuery {
  readonly applicationId?: string | undefined;
  readonly loanId?: string | undefined;
  readonly status?: string | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/** Statuses an envelope keeps for good (nothing more can happen to it). */
export const FINAL_ENVELOPE_STATUSES: ReadonlyArray<string> = ["completed", "voided", "declined"];

function listEnvelopes(executor: Executor, tenantId: string, query: EnvelopeQuery): Promise<EnvelopeRow[]> {
  return executor
    .select()
    .from(envelopes)
    .where(
      and(
        eq(envelopes.tenantId, tenantId),
        ...(query.after === undefined ? [] : [gt(envelopes.id, query.after)]),
        ...equalTo(envelopes.applicationId, query.applicationId),
        ...equalTo(envelopes.loanId, query.loanId),
        ...equalTo(envelopes.status, query.status),
      ),
    )
    .orderBy(asc(envelopes.id))
    .limit(query.take);
}

/**
 * Envelopes and their signers, scoped to one tenant.
 *
 * @example
 * const row = await envelopesStore(tx, "demo").find("env_…", { lock: true });
 */
export function envelopesStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(envelopes.tenantId, tenantId), eq(envelopes.id, id));
  return {
    async insert(row: Omit<EnvelopeRow, "tenantId">): Promise<EnvelopeRow> {
      const [inserted] = await executor
        .insert(envelopes)
        .values({ ...row, tenantId })
        .returning();
      if (inserted === undefined) throw new Error(`envelope ${row.id} was not inserted`);
      return inserted;
    },
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<EnvelopeRow | undefined> {
      const query = executor.select().from(envelopes).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async update(id: string, changes: Partial<Omit<EnvelopeRow, "tenantId" | "id">>): Promise<EnvelopeRow> {
      const [row] = await executor.update(envelopes).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`envelope ${id} vanished under its row lock`);
      return row;
    },
    /** Oldest first. */
    list: (query: EnvelopeQuery) => listEnvelopes(executor, tenantId, query),
    /** An application's envelopes that are neither completed nor voided (what holds its funding). */
    unfinishedForApplication(applicationId: string): Promise<EnvelopeRow[]> {
      return executor
        .select()
        .from(envelopes)
        .where(
          and(
            eq(envelopes.tenantId, tenantId),
            eq(envelopes.applicationId, applicationId),
            notInArray(envelopes.status, ["completed", "voided"]),
          ),
        )
        .orderBy(asc(envelopes.id));
    },
    async insertSigners(rows: ReadonlyArray<Omit<EnvelopeSignerRow, "tenantId">>): Promise<EnvelopeSignerRow[]> {
      return executor
        .insert(envelopeSigners)
        .values(rows.map((row) => ({ ...row, tenantId })))
        .returning();
    },
    /** An envelope's signers in routing order. */
    signers(envelopeId: string): Promise<EnvelopeSignerRow[]> {
      return executor
        .select()
        .from(envelopeSigners)
        .where(and(eq(envelopeSigners.tenantId, tenantId), eq(envelopeSigners.envelopeId, envelopeId)))
        .orderBy(asc(envelopeSigners.routingOrder), asc(envelopeSigners.id));
    },
    async updateSigner(
      id: string,
      changes: Partial<Omit<EnvelopeSignerRow, "tenantId" | "id" | "envelopeId">>,
    ): Promise<EnvelopeSignerRow> {
      const [row] = await executor
        .update(envelopeSigners)
        .set(changes)
        .where(and(eq(envelopeSigners.tenantId, tenantId), eq(envelopeSigners.id, id)))
        .returning();
      if (row === undefined) throw new Error(`signer ${id} vanished under its envelope's lock`);
      return row;
    },
  };
}

/**
 * The signer whose current link has this SHA-256, in any tenant: the signing page's only lookup made
 * before its tenant is known (run as the tables' owner, outside row-level security).
 *
 * @example
 * const signer = await signerByLinkHash(tx, hashSigningToken(token));
 */
export async function signerByLinkHash(executor: Executor, linkHash: string): Promise<EnvelopeSignerRow | undefined> {
  const [row] = await executor.select().from(envelopeSigners).where(eq(envelopeSigners.linkHash, linkHash));
  return row;
}

/**
 * The envelope an external provider knows by `reference`, in any tenant: a status callback's only lookup
 * made before its tenant is known (run as the tables' owner, outside row-level security).
 *
 * @example
 * const envelope = await envelopeByProviderReference(tx, "sandbox", "sbx_env_000001");
 */
export async function envelopeByProviderReference(
  executor: Executor,
  provider: string,
  reference: string,
): Promise<EnvelopeRow | undefined> {
  const [row] = await executor
    .select()
    .from(envelopes)
    .where(and(eq(envelopes.provider, provider), eq(envelopes.providerReference, reference)));
  return row;
}

/**
 * The signers who may sign now: the pending ones of the lowest routing order still pending.
 *
 * @example
 * const current = currentSigners(signers);
 */
export function currentSigners(signers: ReadonlyArray<EnvelopeSignerRow>): EnvelopeSignerRow[] {
  const pending = signers.filter((signer) => signer.status === "pending");
  const lowest = Math.min(...pending.map((signer) => signer.routingOrder));
  return pending.filter((signer) => signer.routingOrder === lowest);
}
