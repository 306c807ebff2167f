import { PDFDocument } from "pdf-lib";
import { expect } from "vitest";
import type { TestApp } from "../helpers/test-app.js";

/**
 * Sends a one-page PDF of the (funded) application for signature in an envelope of the application and its
 * loan, to one signer. Returns the envelope's and the signer's ids.
 *
 * @example
 * const { envelopeId, signerId } = await seedEnvelope(api, token, { applicationId, loanId }, "tenant-a-secret");
 */
export async function seedEnvelope(
  api: TestApp,
  token: string,
  owners: { readonly applicationId: string; readonly loanId: string },
  marker: string,
): Promise<{ envelopeId: string; signerId: string }> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  const upload = {
    type: "other",
    applicationId: owners.applicationId,
    fileName: `${marker}-agreement.pdf`,
    contentType: "application/pdf",
    content: Buffer.from(await pdf.save()).toString("base64"),
  };
  const document = await api.call("POST", "/v1/documents", { token, body: upload });
  const { id: documentId } = (await document.json()) as { id: string };
  expect(document.status).toBe(201);
  const expiresAt = new Date(api.clock().getTime() + 30 * 24 * 3600 * 1000).toISOString();
  const body = {
    ...owners,
    documentIds: [documentId],
    signers: [{ name: `${marker} signer`, email: "signer@example.com" }],
    expiresAt,
  };
  const response = await api.call("POST", "/v1/envelopes", { token, body });
  const created = (await response.json()) as { id: string; signers: Array<{ id: string }> };
  expect(response.status, JSON.stringify(created)).toBe(201);
  return { envelopeId: created.id, signerId: String(created.signers[0]?.id) };
}
