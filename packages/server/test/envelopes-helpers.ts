import { PDFDocument, StandardFonts } from "pdf-lib";
import { expect } from "vitest";
import { completeForm, type OriginationSetup, setUpOrigination } from "./applications-helpers.js";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

type Body = Record<string, unknown>;

/** A one-page PDF saying `text`, made with pdf-lib (dates fixed, so the bytes are the same each time). */
export async function makePdf(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.setCreationDate(new Date("2026-01-01T00:00:00Z"));
  document.setModificationDate(new Date("2026-01-01T00:00:00Z"));
  const page = document.addPage([612, 792]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 700, size: 14, font });
  return Buffer.from(await document.save());
}

/** Uploads `bytes` (JSON form) as a document of `owner`; returns its id. */
export async function uploadDocument(
  api: TestApp,
  token: string,
  owner: Record<string, string>,
  bytes: Uint8Array,
  file: { fileName: string; contentType: string; type?: string } = {
    fileName: "agreement.pdf",
    contentType: "application/pdf",
  },
): Promise<string> {
  const body = {
    type: file.type ?? "other",
    ...owner,
    fileName: file.fileName,
    contentType: file.contentType,
    content: Buffer.from(bytes).toString("base64"),
  };
  const response = await api.call("POST", "/v1/documents", { token, body });
  expect(response.status).toBe(201);
  return String((await json(response)).id);
}

/** A tenant with a draft application and a PDF agreement of it. */
export interface EnvelopeSetup {
  readonly setup: OriginationSetup;
  readonly applicationId: string;
  readonly documentId: string;
}

/** @example const { applicationId, documentId } = await envelopeSetup(api, token); */
export async function envelopeSetup(api: TestApp, token: string): Promise<EnvelopeSetup> {
  const setup = await setUpOrigination(api, token);
  const created = await api.call("POST", "/v1/applications", { token, body: completeForm(setup) });
  expect(created.status).toBe(201);
  const applicationId = String((await json(created)).id);
  const documentId = await uploadDocument(
    api,
    token,
    { applicationId },
    await makePdf("Loan agreement for Ada Lovelace"),
  );
  return { setup, applicationId, documentId };
}

/** The two signers tests use, in routing order. */
export const SIGNERS = [
  { name: "Ada Lovelace", email: "ada@example.com", routingOrder: 1 },
  { name: "Charles Babbage", email: "charles@example.com", routingOrder: 2 },
];

/** Creates an envelope (expiring 30 days after `now`); returns the response's status and body. */
export async function sendEnvelope(api: TestApp, token: string, body: Body): Promise<{ status: number; body: Body }> {
  const expiresAt = new Date(api.clock().getTime() + 30 * 24 * 3600 * 1000).toISOString();
  const response = await api.call("POST", "/v1/envelopes", {
    token,
    body: { expiresAt, message: "Please sign", ...body },
  });
  return { status: response.status, body: await json(response) };
}

/** The signing links of a created envelope, in signer order. */
export function tokensOf(envelope: Body): string[] {
  return (envelope.signingLinks as Array<{ token: string }>).map((link) => link.token);
}

/** A request to the signing page from `ip` with a browser's user agent. */
export async function signingCall(
  api: TestApp,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  ip = "203.0.113.9",
): Promise<Response> {
  const headers: Record<string, string> = { "user-agent": "Mozilla/5.0 (test)" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const init = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
  return api.app.request(path, init, { incoming: { socket: { remoteAddress: ip } } });
}

/** Consents and signs (typed) with `token`; returns the signature's response. */
export async function consentAndSign(api: TestApp, token: string, typedName: string, ip?: string): Promise<Response> {
  const consent = await signingCall(api, "POST", `/sign/${token}/consent`, { accepted: true }, ip);
  expect(consent.status).toBe(200);
  return signingCall(api, "POST", `/sign/${token}/signature`, { kind: "typed", typedName }, ip);
}
