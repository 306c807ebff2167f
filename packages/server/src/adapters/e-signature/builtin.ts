import type { Result } from "@lendstack/core/errors";
import { sql } from "drizzle-orm";
import { runInAmbientTransaction } from "../../db/ambient.js";
import type { ChangeContext } from "../../db/audit.js";
import type { Db } from "../../db/types.js";
import type { DocumentSettings } from "../../documents/settings.js";
import { documentsStore } from "../../documents/store.js";
import { createEnvelope, voidEnvelope } from "../../envelopes/service.js";
import { envelopesStore } from "../../envelopes/store.js";
import { readStoredBytes, sha256Of } from "../../envelopes/stored-bytes.js";
import { statusAt } from "../../envelopes/view.js";
import { TENANT_ROLE } from "../../http/tenant-scope.js";
import type { IdGenerator } from "../../ids.js";
import { hasValidSignature } from "../../webhook-endpoints/signing.js";
import {
  type ESignatureProvider,
  ESignatureProviderError,
  type ProviderActor,
  type ProviderCallback,
  type ProviderEnvelope,
  type ProviderEnvelopeRequest,
  type ProviderEnvelopeStatus,
  type ProviderSignedDocument,
  type ProviderStatus,
} from "./provider.js";

/** What the built-in provider runs on. */
export interface BuiltinProviderOptions {
  readonly db: Db;
  readonly documents: DocumentSettings;
  /** `https://host` of the signing page: links are `<linkBase>/sign/<token>`. */
  readonly linkBase: string;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  /** The signing secrets of the webhook endpoint that calls back (Standard Webhooks); none: callbacks are refused. */
  readonly callbackSecrets?: ReadonlyArray<string>;
}

/** Callbacks older or newer than this are refused (replays), as Standard Webhooks advises. */
const CALLBACK_TOLERANCE_SECONDS = 5 * 60;

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const code = result.error.code.endsWith("_not_found") ? "envelope_not_found" : "request_refused";
  throw new ESignatureProviderError(code, `${result.error.code}: ${result.error.message}`, result.error);
}

function parseCallback(options: BuiltinProviderOptions, callback: ProviderCallback): ProviderStatus {
  const refuse = (why: string) => new ESignatureProviderError("callback_rejected", why);
  const id = callback.headers["webhook-id"] ?? "";
  const timestamp = Number(callback.headers["webhook-timestamp"]);
  const signature = callback.headers["webhook-signature"] ?? "";
  const secrets = options.callbackSecrets ?? [];
  if (secrets.length === 0 || !hasValidSignature(signature, { id, timestamp, body: callback.body }, secrets)) {
    throw refuse("The callback's signature does not match.");
  }
  if (
    !Number.isInteger(timestamp) ||
    Math.abs(options.clock().getTime() / 1000 - timestamp) > CALLBACK_TOLERANCE_SECONDS
  ) {
    throw refuse("The callback's timestamp is too far from now.");
  }
  let event: { type?: unknown; data?: { id?: unknown; status?: unknown; completedAt?: unknown } };
  try {
    event = JSON.parse(callback.body) as typeof event;
  } catch {
    throw refuse("The callback's body is not JSON.");
  }
  const { type, data } = event;
  if (typeof type !== "string" || !type.startsWith("envelope.") || typeof data?.id !== "string") {
    throw refuse("The callback is not an envelope event.");
  }
  const completedAt = typeof data.completedAt === "string" ? new Date(data.completedAt) : null;
  return { reference: data.id, status: data.status as ProviderEnvelopeStatus, completedAt };
}

type EnvelopeServiceDeps = Parameters<typeof createEnvelope>[0];

/** Creates the envelope with the envelopes service; the documents' bytes must be the stored ones. */
async function send(
  deps: EnvelopeServiceDeps,
  context: ChangeContext,
  request: ProviderEnvelopeRequest,
): Promise<ProviderEnvelope> {
  const created = unwrap(
    await createEnvelope(deps, context, {
      ...(request.applicationId === undefined ? {} : { applicationId: request.applicationId }),
      ...(request.loanId === undefined ? {} : { loanId: request.loanId }),
      documentIds: request.documents.map((document) => document.documentId),
      signers: request.signers.map((signer) => ({ ...signer })),
      ...(request.subject === undefined ? {} : { subject: request.subject }),
      message: request.message,
      expiresAt: request.expiresAt.toISOString(),
    }),
  );
  for (const [index, sent] of request.documents.entries()) {
    if (sha256Of(sent.bytes) !== created.envelope.documents[index]?.sha256) {
      throw new ESignatureProviderError(
        "request_refused",
        `Document ${sent.documentId}'s bytes are not the stored ones.`,
      );
    }
  }
  // Signer ids are made in the request's order and sort in it (the links come in routing order).
  const emails = new Map(created.signers.map((signer) => [signer.id, signer.email]));
  const signingLinks = [...created.links]
    .sort((a, b) => (a.signerId < b.signerId ? -1 : 1))
    .map((link) => ({ email: emails.get(link.signerId) ?? "", url: link.url, expiresAt: new Date(link.expiresAt) }));
  return { reference: created.envelope.id, status: "sent", signingLinks };
}

/** A completed envelope's outputs, read back from storage. */
async function download(
  options: BuiltinProviderOptions,
  tenantId: string,
  reference: string,
): Promise<ProviderSignedDocument[]> {
  const row = await envelopesStore(options.db, tenantId).find(reference);
  if (row === undefined) throw new ESignatureProviderError("envelope_not_found", `No envelope ${reference}.`);
  if (row.status !== "completed") {
    throw new ESignatureProviderError("envelope_not_completed", `Envelope ${reference} is ${row.status}.`);
  }
  return Promise.all(
    row.outputs.map(async (output) => {
      const document = await documentsStore(options.db, tenantId).find(output.documentId);
      const bytes =
        document === undefined ? undefined : await readStoredBytes(options.documents.storage, document.storageKey);
      if (document === undefined || bytes === undefined)
        throw new Error(`envelope ${reference}: output ${output.documentId} is gone`);
      const kind = output.sourceDocumentId === null ? ("certificate" as const) : ("signed_document" as const);
      return { kind, fileName: document.fileName, sha256: sha256Of(bytes), bytes };
    }),
  );
}

/**
 * Lendstack's own signing as an {@link ESignatureProvider}: envelopes in this database, signed at
 * `/sign/{token}`, completed into stored documents. Each call runs in one transaction scoped to the tenant
 * (row-level security). Callbacks are Lendstack's own `envelope.*` webhook deliveries, checked against the
 * endpoint's signing secrets.
 *
 * @example
 * const provider = builtinESignatureProvider({ db, documents, linkBase: "https://lend.example.com", clock, ids });
 */
export function builtinESignatureProvider(options: BuiltinProviderOptions): ESignatureProvider {
  const inTenant = <T>(tenantId: string, by: ProviderActor, work: (context: ChangeContext) => Promise<T>) =>
    runInAmbientTransaction(options.db, async (tx) => {
      await tx.execute(
        sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true)`,
      );
      const now = options.clock();
      const requestId = by.requestId ?? options.ids.next("req");
      return work({ tenantId, actor: by.actor, requestId, now, ids: options.ids });
    });
  const itself: ProviderActor = { actor: "e-signature:builtin" };
  const deps = { db: options.db, documents: options.documents, linkBase: options.linkBase.replace(/\/+$/, "") };
  const statusOf = async (tenantId: string, reference: string): Promise<ProviderStatus> => {
    const row = await envelopesStore(options.db, tenantId).find(reference);
    if (row === undefined) throw new ESignatureProviderError("envelope_not_found", `No envelope ${reference}.`);
    return { reference, status: statusAt(row, options.clock()), completedAt: row.completedAt };
  };
  return {
    name: "builtin",
    createEnvelope: (request: ProviderEnvelopeRequest) =>
      inTenant(request.tenantId, request, (context) => send(deps, context, request)),
    status: (tenantId, reference) => inTenant(tenantId, itself, () => statusOf(tenantId, reference)),
    voidEnvelope: (tenantId, reference, reason, by = itself) =>
      inTenant(tenantId, by, async (context) => {
        unwrap(await voidEnvelope(options.db, context, reference, reason));
        return statusOf(tenantId, reference);
      }),
    parseStatusCallback: async (callback) => parseCallback(options, callback),
    download: (tenantId, reference) => inTenant(tenantId, itself, () => download(options, tenantId, reference)),
  };
}
