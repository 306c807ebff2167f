import { expect } from "vitest";
import { payStubPdf, SAMPLE_PAY_STUB } from "../../src/adapters/document-parsing/index.js";
import type { TestApp } from "../helpers/test-app.js";

/** A one-line text file whose bytes carry the marker. */
const content = (marker: string) => Buffer.from(`${marker} document\n`).toString("base64");

/**
 * Uploads one small document (JSON form) for each owner: the party's a pay stub PDF (its fields then
 * extracted), the application's and the loan's text files. Returns the party's document's id and its
 * extraction's.
 *
 * @example
 * const { documentId, extractionId } = await seedDocuments(api, token, { partyId, applicationId, loanId }, "tenant-a-secret");
 */
export async function seedDocuments(
  api: TestApp,
  token: string,
  owners: { readonly partyId: string; readonly applicationId: string; readonly loanId: string },
  marker: string,
): Promise<{ readonly documentId: string; readonly extractionId: string }> {
  const ids: string[] = [];
  const payStub = Buffer.from(await payStubPdf(SAMPLE_PAY_STUB)).toString("base64");
  for (const [name, id] of Object.entries(owners)) {
    const isParty = name === "partyId";
    const body = {
      type: isParty ? "pay_stub" : "other",
      [name]: id,
      fileName: `${marker}-${name}.${isParty ? "pdf" : "txt"}`,
      contentType: isParty ? "application/pdf" : "text/plain",
      content: isParty ? payStub : content(marker),
    };
    const response = await api.call("POST", "/v1/documents", { token, body });
    const created = (await response.json()) as { id?: string };
    expect(response.status, JSON.stringify(created)).toBe(201);
    ids.push(String(created.id));
  }
  const documentId = ids[0] as string;
  const extracted = await api.call("POST", `/v1/documents/${documentId}/extractions`, { token });
  const extraction = (await extracted.json()) as { id?: string };
  expect(extracted.status, JSON.stringify(extraction)).toBe(201);
  return { documentId, extractionId: String(extraction.id) };
}
