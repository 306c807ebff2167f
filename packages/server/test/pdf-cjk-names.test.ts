import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FALLBACK_FONT_VARIABLE } from "../src/generated-documents/fallback-font.js";
import { completeForm, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { consentAndSign, sendEnvelope, tokensOf } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { individual } from "./parties-helpers.js";

// CJK names in generated PDFs: DejaVu has no CJK glyphs, so with LENDSTACK_PDF_FALLBACK_FONT naming a CJK
// font file (Debian's fonts-droid-fallback here, installed by .ci/run) a borrower's name in Chinese or
// Japanese prints as written and comes back exactly from poppler's pdftotext, the fallback face embedded as
// a subset and only into documents that need it. Unset or unreadable: "?" as before, never a failure.

const DROID_FALLBACK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

let testDatabase: TestDatabase;
let api: TestApp;
let scratch: string;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
  scratch = mkdtempSync(join(tmpdir(), "pdf-cjk-"));
});
afterEach(() => {
  delete process.env[FALLBACK_FONT_VARIABLE];
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await testDatabase.dispose();
});

type Body = Record<string, unknown>;
const bank = {
  name: "Lendstack Demo Bank, N.A.",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
};
const occ = {
  name: "Office of the Comptroller of the Currency",
  address: { line1: "P.O. Box 53570", city: "Houston", region: "TX", postalCode: "77052", country: "US" },
};

function poppler(tool: "pdftotext" | "pdffonts", bytes: Uint8Array, name: string): string {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, bytes);
  const args = tool === "pdftotext" ? ["-enc", "UTF-8", path, "-"] : [path];
  return execFileSync(tool, args, { encoding: "utf8" });
}

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

/** The loan agreement of an accepted offer to borrowers named `names` (primary first), in closing. */
async function generatedAgreement(token: string, names: ReadonlyArray<{ first: string; last: string }>) {
  const base = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const party = await post(token, "/v1/parties", individual({ name, taxId: `123-45-71${i}1` }));
    expect(party.status).toBe(201);
    ids.push(String(party.body.id));
  }
  const setup = { ...base, primaryId: ids[0] ?? "", coBorrowerId: ids[1] ?? "" };
  const created = await post(token, "/v1/applications", completeForm(setup));
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
  const generated = await post(token, `/v1/applications/${id}/generated-documents`, { template: "loan_agreement" });
  expect(generated.status).toBe(201);
  return { applicationId: id, documentId: String(generated.body.id) };
}

async function download(token: string, documentId: unknown): Promise<Uint8Array> {
  const content = await api.call("GET", `/v1/documents/${String(documentId)}/content`, { token });
  expect(content.status).toBe(200);
  return new Uint8Array(await content.arrayBuffer());
}

/** The loan agreement's PDF bytes. */
async function agreementOf(token: string, names: ReadonlyArray<{ first: string; last: string }>): Promise<Uint8Array> {
  return download(token, (await generatedAgreement(token, names)).documentId);
}

const taro = { first: "太郎", last: "山田" };
const lei = { first: "雷", last: "李" };

describe("CJK names in generated PDFs", () => {
  it("print as written with the configured fallback font, embedded as a small subset", async () => {
    process.env[FALLBACK_FONT_VARIABLE] = DROID_FALLBACK;
    const agreement = await agreementOf(await api.token("cjk-fallback"), [taro, lei]);
    const text = poppler("pdftotext", agreement, "cjk");
    expect(text).toContain("太郎 山田, Borrower");
    expect(text).toContain("雷 李, Borrower");
    expect(text).toContain("Lendstack Demo Bank, N.A.");
    expect(text).not.toContain("?");
    const fonts = poppler("pdffonts", agreement, "cjk-fonts");
    expect(fonts).toMatch(/^DroidSansFallback-\d+ +CID TrueType +Identity-H +yes/m);
    // A subset of four ideographs, not the 4 MB face: the whole agreement stays under 100 KB.
    expect(agreement.byteLength).toBeLessThan(100_000);
  });

  it("leave a Latin-only document without the fallback font, even when one is configured", async () => {
    process.env[FALLBACK_FONT_VARIABLE] = DROID_FALLBACK;
    const agreement = await agreementOf(await api.token("cjk-latin-only"), [
      { first: "Ada", last: "Lovelace" },
      { first: "Zoë", last: "Łukasiewicz" },
    ]);
    expect(poppler("pdftotext", agreement, "latin")).toContain("Zoë Łukasiewicz, Borrower");
    expect(poppler("pdffonts", agreement, "latin-fonts")).not.toContain("DroidSansFallback");
  });

  it("print as '?' without a fallback font, or with one that cannot be read, and the document is made", async () => {
    const unset = await agreementOf(await api.token("cjk-unset"), [taro, lei]);
    expect(poppler("pdftotext", unset, "unset")).toContain("?? ??, Borrower");
    process.env[FALLBACK_FONT_VARIABLE] = join(scratch, "no-such-font.ttf");
    const missing = await agreementOf(await api.token("cjk-missing"), [taro, lei]);
    expect(poppler("pdftotext", missing, "missing")).toContain("?? ??, Borrower");
    writeFileSync(join(scratch, "not-a-font.ttf"), "not a font");
    process.env[FALLBACK_FONT_VARIABLE] = join(scratch, "not-a-font.ttf");
    const broken = await agreementOf(await api.token("cjk-broken"), [taro, lei]);
    expect(poppler("pdftotext", broken, "broken")).toContain("?? ??, Borrower");
  });

  it("print on the signature page and the certificate of completion with the fallback font", async () => {
    process.env[FALLBACK_FONT_VARIABLE] = DROID_FALLBACK;
    const token = await api.token("cjk-envelope");
    const { applicationId, documentId } = await generatedAgreement(token, [taro, lei]);
    const expiresAt = new Date(api.clock().getTime() + 30 * 86_400_000).toISOString();
    const envelope = await sendEnvelope(api, token, {
      applicationId,
      documentIds: [documentId],
      expiresAt,
      signers: [{ name: "李雷 (Li Lei)", email: "li@example.com", routingOrder: 1 }],
    });
    expect(envelope.status).toBe(201);
    const [link] = tokensOf(envelope.body);
    expect((await consentAndSign(api, link ?? "", "李雷")).status).toBe(200);
    const completed = await json(await api.call("GET", `/v1/envelopes/${envelope.body.id}`, { token }));
    expect(completed.status).toBe("completed");
    const outputs = completed.completedDocuments as Array<{ documentId: string }>;
    const signed = poppler("pdftotext", await download(token, outputs[0]?.documentId), "cjk-signed");
    expect(signed).toContain("李雷 (Li Lei) <li@example.com>");
    expect(signed).toContain("太郎 山田, Borrower");
    const certificate = poppler("pdftotext", await download(token, outputs[1]?.documentId), "cjk-certificate");
    expect(certificate).toContain("1. 李雷 (Li Lei) <li@example.com>: signed");
  });
});
