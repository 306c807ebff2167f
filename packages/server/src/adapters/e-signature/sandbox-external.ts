import { createHash } from "node:crypto";
import { drawableWith, embedUnicodeFonts } from "../../generated-documents/unicode-fonts.js";
import { pdfLib, rgbColor } from "../../pdf/pdf-lib.js";
import { hasValidSignature, signWebhook } from "../../webhook-endpoints/signing.js";
import {
  type ESignatureProvider,
  ESignatureProviderError,
  type ProviderCallback,
  type ProviderEnvelope,
  type ProviderEnvelopeRequest,
  type ProviderEnvelopeStatus,
  type ProviderSignedDocument,
  type ProviderStatus,
} from "./provider.js";

// A stand-in for an external e-signature service (DocuSign, Dropbox Sign …), deterministic and offline: it
// keeps its envelopes in memory, "hosts" signing at https://sign.sandbox.invalid, and tells Lendstack of a
// change by a status callback signed the Standard Webhooks way (the secret both sides share). Tests drive its
// signers (`signAll`, `decline`) and post the callback it hands back to `/callbacks/e-signature/sandbox`.

/** What the sandbox runs on: the clock (callback timestamps) and the secret its callbacks are signed with. */
export interface SandboxExternalOptions {
  readonly clock: () => Date;
  /** A Standard Webhooks secret (`whsec_…`), shared with Lendstack's callback route. */
  readonly callbackSecret: string;
}

interface Held {
  readonly tenantId: string;
  readonly request: ProviderEnvelopeRequest;
  status: ProviderEnvelopeStatus;
  completedAt: Date | null;
}

/** The sandbox, plus what a test does on its side: signers sign or decline, and a callback to deliver. */
export interface SandboxExternalProvider extends ESignatureProvider {
  /** Every signer signs: the envelope completes. Returns the callback the service sends. */
  signAll(reference: string): ProviderCallback;
  /** A signer declines. Returns the callback the service sends. */
  decline(reference: string): ProviderCallback;
  /** The callback for the envelope's current status, as the service signs it. */
  callbackFor(reference: string): ProviderCallback;
}

const CALLBACK_TOLERANCE_SECONDS = 5 * 60;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function signedCopy(original: Uint8Array, held: Held): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const document = await PDFDocument.load(original, { updateMetadata: false });
  const { regular } = await embedUnicodeFonts(document);
  const page = document.addPage([612, 792]);
  const lines = ["Signed with the sandbox e-signature service", ...held.request.signers.map((s) => s.name)];
  lines.forEach((line, i) => {
    const text = drawableWith(regular, line);
    page.drawText(text, { x: 54, y: 720 - i * 18, size: 12, font: regular, color: rgbColor(0, 0, 0) });
  });
  return document.save();
}

async function certificate(reference: string, held: Held): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const document = await PDFDocument.create({ updateMetadata: false });
  const { regular } = await embedUnicodeFonts(document);
  const page = document.addPage([612, 792]);
  const signed = held.completedAt?.toISOString() ?? "";
  const lines = [
    `Sandbox certificate of completion ${reference}`,
    ...held.request.signers.map((s) => `${s.name} <${s.email}> signed ${signed}`),
  ];
  lines.forEach((line, i) => {
    page.drawText(drawableWith(regular, line), { x: 54, y: 720 - i * 18, size: 10, font: regular });
  });
  return document.save();
}

function parseCallback(options: SandboxExternalOptions, callback: ProviderCallback): ProviderStatus {
  const refuse = (why: string) => new ESignatureProviderError("callback_rejected", why);
  const id = callback.headers["webhook-id"] ?? "";
  const timestamp = Number(callback.headers["webhook-timestamp"]);
  const signature = callback.headers["webhook-signature"] ?? "";
  if (!hasValidSignature(signature, { id, timestamp, body: callback.body }, [options.callbackSecret])) {
    throw refuse("The callback's signature does not match.");
  }
  if (
    !Number.isInteger(timestamp) ||
    Math.abs(options.clock().getTime() / 1000 - timestamp) > CALLBACK_TOLERANCE_SECONDS
  ) {
    throw refuse("The callback's timestamp is too far from now.");
  }
  let event: { envelopeId?: unknown; status?: unknown; completedAt?: unknown };
  try {
    event = JSON.parse(callback.body) as typeof event;
  } catch {
    throw refuse("The callback's body is not JSON.");
  }
  const statuses: ReadonlyArray<string> = ["sent", "partially_signed", "completed", "voided", "expired", "declined"];
  if (typeof event.envelopeId !== "string" || typeof event.status !== "string" || !statuses.includes(event.status)) {
    throw refuse("The callback is not an envelope status.");
  }
  const completedAt = typeof event.completedAt === "string" ? new Date(event.completedAt) : null;
  return { reference: event.envelopeId, status: event.status as ProviderEnvelopeStatus, completedAt };
}

const isOpen = (status: ProviderEnvelopeStatus) => status === "sent" || status === "partially_signed";

function statusOf(options: SandboxExternalOptions, reference: string, each: Held): ProviderStatus {
  const expired = isOpen(each.status) && options.clock() >= each.request.expiresAt;
  return { reference, status: expired ? "expired" : each.status, completedAt: each.completedAt };
}

/** A status callback as the service sends one: Standard Webhooks headers over the JSON body. */
function signedCallback(options: SandboxExternalOptions, messageId: string, status: ProviderStatus): ProviderCallback {
  const completedAt = status.completedAt?.toISOString() ?? null;
  const body = JSON.stringify({ envelopeId: status.reference, status: status.status, completedAt });
  const message = { id: messageId, timestamp: Math.floor(options.clock().getTime() / 1000), body };
  const headers = {
    "content-type": "application/json",
    "webhook-id": message.id,
    "webhook-timestamp": String(message.timestamp),
    "webhook-signature": signWebhook(message, [options.callbackSecret]),
  };
  return { headers, body };
}

async function downloadOf(reference: string, each: Held): Promise<ReadonlyArray<ProviderSignedDocument>> {
  if (each.status !== "completed")
    throw new ESignatureProviderError("envelope_not_completed", `${reference} is ${each.status}.`);
  const outputs: ProviderSignedDocument[] = [];
  for (const document of each.request.documents) {
    const bytes = await signedCopy(document.bytes, each);
    const fileName = `${document.fileName.replace(/\.pdf$/i, "")}-signed.pdf`;
    outputs.push({ kind: "signed_document", fileName, sha256: sha256(bytes), bytes });
  }
  const bytes = await certificate(reference, each);
  outputs.push({ kind: "certificate", fileName: `certificate-${reference}.pdf`, sha256: sha256(bytes), bytes });
  return outputs;
}

/**
 * The sandbox external e-signature provider (`name: "sandbox"`): what `E_SIGNATURE_PROVIDER=sandbox` runs,
 * and what the tests use to prove the external path (create → callback → closing).
 *
 * @example
 * const provider = sandboxExternalESignatureProvider({ clock: () => new Date(), callbackSecret: newWebhookSecret() });
 */
export function sandboxExternalESignatureProvider(options: SandboxExternalOptions): SandboxExternalProvider {
  const envelopes = new Map<string, Held>();
  let sent = 0;
  let deliveries = 0;
  const held = (tenantId: string | undefined, reference: string): Held => {
    const found = envelopes.get(reference);
    if (found === undefined || (tenantId !== undefined && found.tenantId !== tenantId))
      throw new ESignatureProviderError("envelope_not_found", `No sandbox envelope ${reference}.`);
    return found;
  };
  const callbackFor = (reference: string): ProviderCallback => {
    deliveries += 1;
    const id = `sbx_msg_${String(deliveries).padStart(6, "0")}`;
    return signedCallback(options, id, statusOf(options, reference, held(undefined, reference)));
  };
  /** The service's signers act on an open envelope (sign or decline), and it calls back. */
  const act = (reference: string, status: "completed" | "declined"): ProviderCallback => {
    const each = held(undefined, reference);
    if (!isOpen(each.status)) throw new ESignatureProviderError("request_refused", `${reference} is ${each.status}.`);
    each.status = status;
    if (status === "completed") each.completedAt = options.clock();
    return callbackFor(reference);
  };
  return {
    name: "sandbox",
    async createEnvelope(request): Promise<ProviderEnvelope> {
      if (request.documents.length === 0 || request.signers.length === 0)
        throw new ESignatureProviderError("request_refused", "An envelope needs a document and a signer.");
      sent += 1;
      const reference = `sbx_env_${String(sent).padStart(6, "0")}`;
      envelopes.set(reference, { tenantId: request.tenantId, request, status: "sent", completedAt: null });
      const signingLinks = request.signers.map((signer, index) => ({
        email: signer.email,
        url: `https://sign.sandbox.invalid/${reference}/${index + 1}`,
        expiresAt: request.expiresAt,
      }));
      return { reference, status: "sent", signingLinks };
    },
    status: async (tenantId, reference) => statusOf(options, reference, held(tenantId, reference)),
    async voidEnvelope(tenantId, reference) {
      const each = held(tenantId, reference);
      if (each.status === "completed")
        throw new ESignatureProviderError("request_refused", `${reference} is completed.`);
      each.status = "voided";
      return statusOf(options, reference, each);
    },
    parseStatusCallback: async (callback) => parseCallback(options, callback),
    download: async (tenantId, reference) => downloadOf(reference, held(tenantId, reference)),
    signAll: (reference) => act(reference, "completed"),
    decline: (reference) => act(reference, "declined"),
    callbackFor,
  };
}
