import { expect } from "vitest";
import type { TestApp } from "../helpers/test-app.js";

/** A one-line text file whose bytes carry the marker. */
const content = (marker: string) => Buffer.from(`${marker} document\n`).toString("base64");

/**
 * Uploads one small text document (JSON form) for each owner: the party, the application, the loan.
 * Returns the party's document's id.
 *
 * @example
 * const documentId = await seedDocuments(api, token, { partyId, applicationId, loanId }, "tenant-a-secret");
 */
export async function seedDocuments(
  api: TestApp,
  token: string,
  owners: { readonly partyId: string; readonly applicationId: string; readonly loanId: string },
  marker: string,
): Promise<string> {
  const ids: string[] = [];
  for (const [name, id] of Object.entries(owners)) {
    const body = {
      type: "other",
      [name]: id,
      fileName: `${marker}-${name}.txt`,
      contentType: "text/plain",
      content: content(marker),
    };
    const response = await api.call("POST", "/v1/documents", { token, body });
    const created = (await response.json()) as { id?: string };
    expect(response.status, JSON.stringify(created)).toBe(201);
    ids.push(String(created.id));
  }
  return ids[0] as string;
}
