import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { consentAndSign, sendEnvelope, tokensOf } from "./envelopes-helpers.js";
import { pdfPages } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { individual } from "./parties-helpers.js";

// Names outside WinAnsi in generated PDFs and on the signature page: the PDFs embed DejaVu (subset), so
// Latin Extended and Greek names come back exactly from poppler's pdftotext (and from pdf.js). DejaVu has no
// CJK ideographs: without LENDSTACK_PDF_FALLBACK_FONT (pdf-cjk-names.test.ts) they are drawn as "?", never a
// failed rendering.

let testDatabase: TestDatabase;
let api: TestApp;
let scratch: string;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
  scratch = mkdtempSync(join(tmpdir(), "pdf-names-"));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await testDatabase.dispose();
});

type Body = Record<string, unknown>;
const bank = {
  name: "Banque Émile & Søn, N.A.",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  phone: "+1 402 555 0100",
};
const occ = {
  name: "Office of the Comptroller of the Currency",
  address: { line1: "P.O. Box 53570", city: "Houston", region: "TX", postalCode: "77052", country: "US" },
};

/** The PDF's text as poppler's pdftotext reads it (UTF-8). */
function pdftotext(bytes: Uint8Array, name: string): string {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
}

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

async function download(token: string, documentId: unknown): Promise<Uint8Array> {
  const response = await api.call("GET", `/v1/documents/${String(documentId)}/content`, { token });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** An application of two parties named `first` and `second`, its offer accepted and closing opened. */
async function inClosing(token: string, names: ReadonlyArray<{ first: string; last: string }>): Promise<string> {
  const base = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const party = await post(token, "/v1/parties", individual({ name, taxId: `123-45-70${i}1` }));
    expect(party.status).toBe(201);
    ids.push(String(party.body.id));
  }
  const setup: OriginationSetup = { ...base, primaryId: ids[0] ?? "", coBorrowerId: ids[1] ?? "" };
  const created = await post(token, "/v1/applications", completeForm(setup));
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  expect((await post(token, `/v1/applications/${id}/submit`)).status).toBe(200);
  const decision = await post(token, `/v1/applications/${id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts: primeBureauFacts,
  });
  expect(decision.body.state).toBe("offered");
  const offers = await json(await api.call("GET", `/v1/applications/${id}/offers`, { token }));
  const offerId = (offers.data as Body[])[0]?.id;
  expect((await post(token, `/v1/applications/${id}/offers/${offerId}/accept`)).status).toBe(200);
  expect((await post(token, `/v1/applications/${id}/closing`, { fundingDate: "2026-12-10" })).status).toBe(200);
  return id;
}

const zoe = { first: "Zoë", last: "Łukasiewicz" };
const alexandros = { first: "Αλέξανδρος", last: "Παπαδόπουλος" };

describe("names outside WinAnsi", () => {
  it("print exactly in the loan agreement and on the signed envelope's signature page", async () => {
    const token = await api.token("unicode-names");
    const applicationId = await inClosing(token, [zoe, alexandros]);
    const generated = await post(token, `/v1/applications/${applicationId}/generated-documents`, {
      template: "loan_agreement",
    });
    expect(generated.status).toBe(201);
    const agreement = await download(token, generated.body.id);
    const agreementText = pdftotext(agreement, "agreement");
    expect(agreementText).toContain("Zoë Łukasiewicz, Borrower");
    expect(agreementText).toContain("Αλέξανδρος Παπαδόπουλος, Borrower");
    expect(agreementText).toContain("Banque Émile & Søn, N.A.");
    expect(agreementText).not.toContain("?");
    expect((await pdfPages(agreement)).join(" ")).toContain("Zoë Łukasiewicz");
    // Subset fonts: the whole agreement (two faces) stays far below one full DejaVu face (757 KB).
    expect(agreement.byteLength).toBeLessThan(80_000);
    console.info(`loan agreement PDF: ${agreement.byteLength} bytes`);

    const expiresAt = new Date(api.clock().getTime() + 30 * 86_400_000).toISOString();
    const envelope = await sendEnvelope(api, token, {
      applicationId,
      documentIds: [generated.body.id],
      expiresAt,
      signers: [
        { name: "Zoë Łukasiewicz", email: "zoe@example.com", routingOrder: 1 },
        { name: "Αλέξανδρος Παπαδόπουλος", email: "alex@example.com", routingOrder: 2 },
      ],
    });
    expect(envelope.status).toBe(201);
    const [first, second] = tokensOf(envelope.body);
    expect((await consentAndSign(api, first ?? "", "Zoë Łukasiewicz")).status).toBe(200);
    expect((await consentAndSign(api, second ?? "", "Αλέξανδρος Π.")).status).toBe(200);
    const completed = await json(await api.call("GET", `/v1/envelopes/${envelope.body.id}`, { token }));
    expect(completed.status).toBe("completed");
    const outputs = completed.completedDocuments as Array<{ documentId: string; kind: string }>;
    const signed = await download(token, outputs[0]?.documentId);
    const signedText = pdftotext(signed, "signed");
    expect(signedText).toContain("Zoë Łukasiewicz <zoe@example.com>");
    expect(signedText).toContain("Αλέξανδρος Παπαδόπουλος <alex@example.com>");
    expect(signedText).toContain("Αλέξανδρος Π.");
    expect(signedText).toContain("Zoë Łukasiewicz, Borrower");
    const certificate = pdftotext(await download(token, outputs[1]?.documentId), "certificate");
    expect(certificate).toContain("1. Zoë Łukasiewicz <zoe@example.com>: signed");
    const verified = await json(await api.call("GET", `/v1/envelopes/${envelope.body.id}/verify`, { token }));
    expect(verified.valid).toBe(true);
    console.info(`signed envelope PDF: ${signed.byteLength} bytes`);
  });

  it("draws CJK ideographs, which DejaVu lacks, as '?' and still completes the envelope", async () => {
    const token = await api.token("unicode-cjk");
    const applicationId = await inClosing(token, [
      { first: "Lei", last: "Li" },
      { first: "Mei", last: "Han" },
    ]);
    const generated = await post(token, `/v1/applications/${applicationId}/generated-documents`, {
      template: "loan_agreement",
    });
    const expiresAt = new Date(api.clock().getTime() + 30 * 86_400_000).toISOString();
    const envelope = await sendEnvelope(api, token, {
      applicationId,
      documentIds: [generated.body.id],
      expiresAt,
      signers: [{ name: "李雷 (Li Lei)", email: "li@example.com", routingOrder: 1 }],
    });
    const [link] = tokensOf(envelope.body);
    expect((await consentAndSign(api, link ?? "", "李雷")).status).toBe(200);
    const completed = await json(await api.call("GET", `/v1/envelopes/${envelope.body.id}`, { token }));
    expect(completed.status).toBe("completed");
    const outputs = completed.completedDocuments as Array<{ documentId: string }>;
    const signedText = pdftotext(await download(token, outputs[0]?.documentId), "cjk");
    expect(signedText).toContain("?? (Li Lei) <li@example.com>");
  });
});
