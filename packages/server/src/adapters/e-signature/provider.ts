import type { DomainError } from "@lendstack/core/errors";

/** An envelope's status, as every provider reports it. */
export type ProviderEnvelopeStatus = "sent" | "partially_signed" | "completed" | "voided" | "expired" | "declined";

/** A document to sign: Lendstack's stored document, its name and its bytes. */
export interface ProviderDocumentToSign {
  readonly documentId: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What to send for signature, on behalf of a tenant. */
export interface ProviderEnvelopeRequest {
  readonly tenantId: string;
  /** Who sends it (a token subject), for the provider's records. */
  readonly actor: string;
  /** The Lendstack request that sends it, to correlate the provider's records with Lendstack's audit trail. */
  readonly requestId?: string | undefined;
  readonly applicationId?: string | undefined;
  readonly loanId?: string | undefined;
  readonly documents: ReadonlyArray<ProviderDocumentToSign>;
  /** In routing order: lower orders sign first, equal orders in any order. */
  readonly signers: ReadonlyArray<{ readonly name: string; readonly email: string; readonly routingOrder: number }>;
  readonly subject?: string | undefined;
  readonly message: string;
  readonly expiresAt: Date;
}

/** An envelope the provider made: its reference and a link per signer (in the request's order). */
export interface ProviderEnvelope {
  readonly reference: string;
  readonly status: ProviderEnvelopeStatus;
  readonly signingLinks: ReadonlyArray<{ readonly email: string; readonly url: string; readonly expiresAt: Date }>;
}

/** Where an envelope stands. */
export interface ProviderStatus {
  readonly reference: string;
  readonly status: ProviderEnvelopeStatus;
  readonly completedAt: Date | null;
}

/** A completed envelope's document: a signed copy of an original, or the certificate of completion. */
export interface ProviderSignedDocument {
  readonly kind: "signed_document" | "certificate";
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/** Who asks a provider for a change (a token subject), and in which Lendstack request. */
export interface ProviderActor {
  readonly actor: string;
  readonly requestId?: string | undefined;
}

/** A status callback as it arrived (a webhook): its headers (lowercase names) and raw body. */
export interface ProviderCallback {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * An e-signature provider: sends documents for signature, reports status (asked, or told by a callback),
 * voids, and hands over the signed documents. Lendstack's built-in signing (`builtinESignatureProvider`) is
 * the first implementation; an external one (DocuSign, Dropbox Sign …) implements the same and passes the
 * same contract suite (`contract.test.ts`).
 *
 * @example
 * const sent = await provider.createEnvelope({ tenantId, actor, applicationId, documents, signers, message, expiresAt });
 */
export interface ESignatureProvider {
  /** `builtin`, `docusign` …: what the provider is, recorded with its envelopes. */
  readonly name: string;
  createEnvelope(request: ProviderEnvelopeRequest): Promise<ProviderEnvelope>;
  status(tenantId: string, reference: string): Promise<ProviderStatus>;
  /** Voids an envelope that is not completed; `by` is who asks (the provider's own name when unset). */
  voidEnvelope(tenantId: string, reference: string, reason: string, by?: ProviderActor): Promise<ProviderStatus>;
  /** Authenticates and reads a status callback; throws {@link ESignatureProviderError} `callback_rejected`. */
  parseStatusCallback(callback: ProviderCallback): Promise<ProviderStatus>;
  /** The signed documents and the certificate; `envelope_not_completed` before completion. */
  download(tenantId: string, reference: string): Promise<ReadonlyArray<ProviderSignedDocument>>;
}

/** Why a provider refused: a stable snake_case code and a message. */
export type ESignatureProviderErrorCode =
  | "envelope_not_found"
  | "envelope_not_completed"
  | "callback_rejected"
  | "request_refused";

/**
 * A provider's refusal. `domainError` is set only by Lendstack's own provider: the error its envelopes
 * service refused with (e.g. 409 `envelope_voided`), which the API answers as it is rather than as a 502.
 *
 * @example throw new ESignatureProviderError("envelope_not_found", "No envelope env_…");
 */
export class ESignatureProviderError extends Error {
  override readonly name = "ESignatureProviderError";
  constructor(
    readonly code: ESignatureProviderErrorCode,
    message: string,
    readonly domainError?: DomainError,
  ) {
    super(message);
  }
}
