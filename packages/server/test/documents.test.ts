import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDocumentStorage } from "../src/adapters/document-storage/index.js";
import { documents } from "../src/db/schema/index.js";
import { DEFAULT_DOCUMENT_CONTENT_TYPES } from "../src/documents/settings.js";
import { allScopes } from "../src/resources.js";
import {
  type FormEntry,
  filesUnder,
  GIF_BYTES,
  multipartForm,
  PDF_BYTES,
  PNG_BYTES,
  sha256Hex,
} from "./helpers/documents.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// /v1/documents on PGlite and (with DATABASE_URL) PostgreSQL, over the local filesystem storage in a
// temporary folder: multipart and JSON uploads with their SHA-256, downloads with their headers, versions,
// review, and every refusal (mismatched type, oversize, path-traversal name, disallowed type, unknown
// owner…) leaving no file in the folder and no row in the table.

const MAX_BYTES = 64 * 1024;
let testDatabase: TestDatabase;
let api: TestApp;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "lendstack-documents-http-"));
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, {
    clockStart: "2026-12-04T12:00:00.000Z",
    documents: {
      storage: localDocumentStorage(root),
      maxBytes: MAX_BYTES,
      contentTypes: DEFAULT_DOCUMENT_CONTENT_TYPES.filter((type) => type !== "image/gif"),
    },
  });
});
afterAll(async () => {
  await testDatabase.dispose();
  await rm(root, { recursive: true, force: true });
});

let taxIdSerial = 2000;
async function partyOf(token: string): Promise<string> {
  taxIdSerial += 1;
  return String((await createParty(api, token, individual({ taxId: `321-54-${taxIdSerial}` }))).id);
}

function upload(token: string, entries: ReadonlyArray<FormEntry>) {
  const { body, contentType } = multipartForm(entries);
  return api.app.request("/v1/documents", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
  });
}

const file = (bytes: Uint8Array, fileName = "statement.pdf", contentType = "application/pdf"): FormEntry => ({
  name: "file",
  fileName,
  contentType,
  bytes,
});
const fields = (values: Record<string, string>): FormEntry[] =>
  Object.entries(values).map(([name, value]) => ({ name, value }));

async function rowCount(tenant: string): Promise<number> {
  const [row] = await testDatabase.database.db
    .select({ n: count() })
    .from(documents)
    .where(eq(documents.tenantId, tenant));
  return Number(row?.n ?? 0);
}

/** Runs `refused` and checks it stored nothing: no new file under the root, no new row. */
async function expectNothingStored(tenant: string, refused: () => Response | Promise<Response>) {
  const filesBefore = await filesUnder(root);
  const rowsBefore = await rowCount(tenant);
  const response = await refused();
  const problem = (await response.json()) as Record<string, unknown> & {
    errors?: Array<{ pointer: string; code: string }>;
  };
  expect(await filesUnder(root)).toEqual(filesBefore);
  expect(await rowCount(tenant)).toBe(rowsBefore);
  return { status: response.status, problem };
}

describe("upload and download", () => {
  it("streams a multipart PDF to storage and gives the same bytes back with the right headers", async () => {
    const token = await api.token("docs-a");
    const partyId = await partyOf(token);
    const response = await upload(token, [
      ...fields({ type: "bank_statement", partyId }),
      file(PDF_BYTES, "relevé février.pdf"),
    ]);
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({
      object: "document",
      ownerType: "party",
      partyId,
      applicationId: null,
      type: "bank_statement",
      fileName: "relevé février.pdf",
      contentType: "application/pdf",
      size: PDF_BYTES.byteLength,
      sha256: sha256Hex(PDF_BYTES),
      version: 1,
      supersedes: null,
      supersededBy: null,
      versions: [],
      status: "pending_review",
      uploadedBy: "user-of-docs-a",
    });
    expect(await filesUnder(root)).toContain(String(created.id));

    const download = await api.call("GET", `/v1/documents/${created.id}/content`, { token });
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(sha256Hex(bytes)).toBe(sha256Hex(PDF_BYTES));
    expect(bytes.equals(PDF_BYTES)).toBe(true);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-length")).toBe(String(PDF_BYTES.byteLength));
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="relev_ f_vrier.pdf"; filename*=UTF-8''relev%C3%A9%20f%C3%A9vrier.pdf`,
    );
    expect(download.headers.get("etag")).toBe(`"${sha256Hex(PDF_BYTES)}"`);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");

    const again = await api.call("GET", `/v1/documents/${created.id}/content`, {
      token,
      headers: { "if-none-match": `"${sha256Hex(PDF_BYTES)}"` },
    });
    expect(again.status).toBe(304);
  });

  it("takes a small file as JSON with base64 content", async () => {
    const token = await api.token("docs-a");
    const partyId = await partyOf(token);
    const response = await api.call("POST", "/v1/documents", {
      token,
      body: {
        type: "government_id",
        partyId,
        fileName: "id.png",
        contentType: "image/png",
        content: PNG_BYTES.toString("base64"),
      },
    });
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({
      contentType: "image/png",
      size: PNG_BYTES.byteLength,
      sha256: sha256Hex(PNG_BYTES),
    });
    const download = await api.call("GET", `/v1/documents/${created.id}/content`, { token });
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
  });

  it("keeps every version: a superseding upload is the next version, the history is shown", async () => {
    const token = await api.token("docs-a");
    const partyId = await partyOf(token);
    const first = await json(await upload(token, [...fields({ type: "pay_stub", partyId }), file(PDF_BYTES)]));
    const secondBytes = Buffer.concat([PDF_BYTES, Buffer.from("% second\n")]);
    const secondResponse = await upload(token, [
      ...fields({ type: "pay_stub", partyId, supersedes: String(first.id) }),
      file(secondBytes, "stub-v2.pdf"),
    ]);
    const second = await json(secondResponse);
    expect(secondResponse.status, JSON.stringify(second)).toBe(201);
    expect(second).toMatchObject({
      version: 2,
      supersedes: first.id,
      supersededBy: null,
      sha256: sha256Hex(secondBytes),
    });
    expect(second.versions).toEqual([
      expect.objectContaining({ id: first.id, version: 1, sha256: sha256Hex(PDF_BYTES), status: "pending_review" }),
    ]);
    const firstNow = await json(await api.call("GET", `/v1/documents/${first.id}`, { token }));
    expect(firstNow).toMatchObject({ version: 1, supersededBy: second.id, versions: [] });
    const oldBytes = await api.call("GET", `/v1/documents/${first.id}/content`, { token });
    expect(Buffer.from(await oldBytes.arrayBuffer()).equals(PDF_BYTES)).toBe(true);

    const { status, problem } = await expectNothingStored("docs-a", () =>
      upload(token, [...fields({ type: "pay_stub", partyId, supersedes: String(first.id) }), file(PDF_BYTES)]),
    );
    expect([status, problem.code, problem.existingId]).toEqual([409, "document_superseded", second.id]);
    const otherType = await expectNothingStored("docs-a", () =>
      upload(token, [...fields({ type: "tax_return", partyId, supersedes: String(second.id) }), file(PDF_BYTES)]),
    );
    expect([otherType.status, otherType.problem.code]).toEqual([422, "supersedes_mismatch"]);
  });
});

describe("refused uploads store nothing", () => {
  it("refuses bytes that are not the declared type (422 content_type_mismatch)", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const { status, problem } = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "pay_stub", partyId }), file(PNG_BYTES, "stub.pdf", "application/pdf")]),
    );
    expect([status, problem.code]).toEqual([422, "content_type_mismatch"]);
    expect(problem.detail).toBe("The content is image/png, not the declared application/pdf.");
    const binaryText = await expectNothingStored("docs-b", () =>
      upload(token, [
        ...fields({ type: "other", partyId }),
        file(Buffer.from([0x4d, 0x5a, 0x90, 0]), "a.txt", "text/plain"),
      ]),
    );
    expect([binaryText.status, binaryText.problem.code]).toEqual([422, "content_type_mismatch"]);
  });

  it("refuses a file over the size limit (413) and leaves no partial file", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const oversize = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES + 1 - PDF_BYTES.byteLength, 0x20)]);
    expect(oversize.byteLength).toBe(MAX_BYTES + 1);
    const { status, problem } = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "appraisal", partyId }), file(oversize)]),
    );
    expect([status, problem.code]).toEqual([413, "payload_too_large"]);
    const exactly = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES - PDF_BYTES.byteLength, 0x20)]);
    expect((await upload(token, [...fields({ type: "appraisal", partyId }), file(exactly)])).status).toBe(201);
  });

  it.each(["../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "..", "nested/../../x.pdf"])(
    "refuses the file name %j (422 unsafe_file_name)",
    async (fileName) => {
      const token = await api.token("docs-b");
      const partyId = await partyOf(token);
      const { status, problem } = await expectNothingStored("docs-b", () =>
        upload(token, [...fields({ type: "other", partyId }), file(PDF_BYTES, fileName)]),
      );
      expect([status, problem.code, problem.errors?.[0]?.pointer]).toEqual([422, "unsafe_file_name", "/fileName"]);
    },
  );

  it("refuses a control character in the name, from the fileName field (the part header cannot carry one)", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const { status, problem } = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "other", partyId, fileName: "bell\u0007.pdf" }), file(PDF_BYTES)]),
    );
    expect([status, problem.code]).toEqual([422, "unsafe_file_name"]);
  });

  it("refuses a content type off the allow-list (415), declared or sniffed", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const gif = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "other", partyId }), file(GIF_BYTES, "a.gif", "image/gif")]),
    );
    expect([gif.status, gif.problem.code]).toEqual([415, "content_type_not_allowed"]);
    const zip = await expectNothingStored("docs-b", () =>
      upload(token, [
        ...fields({ type: "other", partyId }),
        file(Buffer.from("PK\u0003\u0004"), "a.zip", "application/zip"),
      ]),
    );
    expect([zip.status, zip.problem.code]).toEqual([415, "content_type_not_allowed"]);
    const plain = await expectNothingStored("docs-b", () =>
      api.app.request("/v1/documents", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/pdf" },
        body: PDF_BYTES,
      }),
    );
    expect([plain.status, plain.problem.code]).toEqual([415, "unsupported_media_type"]);
  });

  it("refuses an unknown owner, no owner, and a file before its fields", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const unknown = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "other", partyId: "pty_01JGFJJZ0000000000000000AB" }), file(PDF_BYTES)]),
    );
    expect([unknown.status, unknown.problem.code]).toEqual([404, "party_not_found"]);
    const none = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "other" }), file(PDF_BYTES)]),
    );
    expect([none.status, none.problem.errors?.[0]?.pointer]).toEqual([422, "/partyId"]);
    const two = await expectNothingStored("docs-b", () =>
      upload(token, [
        ...fields({ type: "other", partyId, loanId: "loan_01JGFJJZ0000000000000000AB" }),
        file(PDF_BYTES),
      ]),
    );
    // Each owner named must exist before the one-owner rule is judged: an unknown one is 404.
    expect([two.status, two.problem.code]).toEqual([404, "loan_not_found"]);
    const fileFirst = await expectNothingStored("docs-b", () =>
      upload(token, [file(PDF_BYTES), ...fields({ type: "other", partyId })]),
    );
    expect([fileFirst.status, fileFirst.problem.errors?.[0]?.pointer]).toEqual([422, "/type"]);
  });

  it("answers an empty or broken JSON upload with 400 malformed_json", async () => {
    const token = await api.token("docs-b");
    for (const body of ["", "{", "[1,"]) {
      const { status, problem } = await expectNothingStored("docs-b", () =>
        api.app.request("/v1/documents", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body,
        }),
      );
      expect([status, problem.code]).toEqual([400, "malformed_json"]);
    }
  });

  it("deletes the stored bytes when a part follows the file", async () => {
    const token = await api.token("docs-b");
    const partyId = await partyOf(token);
    const { status, problem } = await expectNothingStored("docs-b", () =>
      upload(token, [...fields({ type: "other", partyId }), file(PDF_BYTES), ...fields({ note: "late" })]),
    );
    expect([status, problem.code]).toEqual([422, "file_not_last"]);
  });

  it("does not let another tenant upload for, read or download a tenant's documents", async () => {
    const token = await api.token("docs-c");
    const partyId = await partyOf(token);
    const created = await json(await upload(token, [...fields({ type: "other", partyId }), file(PDF_BYTES)]));
    const other = await api.token("docs-d");
    expect((await api.call("GET", `/v1/documents/${created.id}`, { token: other })).status).toBe(404);
    expect((await api.call("GET", `/v1/documents/${created.id}/content`, { token: other })).status).toBe(404);
    const foreign = await expectNothingStored("docs-d", () =>
      upload(other, [...fields({ type: "other", partyId }), file(PDF_BYTES)]),
    );
    expect([foreign.status, foreign.problem.code]).toEqual([404, "party_not_found"]);
  });
});

describe("review and lists", () => {
  it("accepts and rejects with a reviewer scope, events and audit records", async () => {
    const token = await api.token("docs-e");
    const partyId = await partyOf(token);
    const first = await json(await upload(token, [...fields({ type: "pay_stub", partyId }), file(PDF_BYTES)]));
    const second = await json(await upload(token, [...fields({ type: "pay_stub", partyId }), file(PDF_BYTES)]));

    const noReview = await api.token(
      "docs-e",
      allScopes().filter((scope) => scope !== "documents:review"),
    );
    const forbidden = await api.call("POST", `/v1/documents/${first.id}/accept`, { token: noReview });
    expect(forbidden.status).toBe(403);

    const accepted = await json(await api.call("POST", `/v1/documents/${first.id}/accept`, { token }));
    expect(accepted).toMatchObject({
      status: "accepted",
      reviewedBy: "user-of-docs-e",
      reviewedAt: expect.any(String),
    });
    const twice = await json(
      await api.call("POST", `/v1/documents/${first.id}/reject`, { token, body: { reason: "x" } }),
    );
    expect(twice.code).toBe("document_not_pending");
    const rejected = await json(
      await api.call("POST", `/v1/documents/${second.id}/reject`, { token, body: { reason: "illegible scan" } }),
    );
    expect(rejected).toMatchObject({ status: "rejected", rejectionReason: "illegible scan" });

    const events = await json(await api.call("GET", "/v1/events?type=document.*", { token }));
    expect(
      (events.data as Array<{ type: string; resourceId: string }>).map((event) => [event.type, event.resourceId]),
    ).toEqual([
      ["document.uploaded", first.id],
      ["document.uploaded", second.id],
      ["document.accepted", first.id],
      ["document.rejected", second.id],
    ]);
    const audit = await json(await api.call("GET", `/v1/audit-records?resourceId=${second.id}`, { token }));
    expect((audit.data as Array<{ action: string }>).map((record) => record.action)).toEqual([
      "document.uploaded",
      "document.rejected",
    ]);
  });

  it("refuses to review a superseded version", async () => {
    const token = await api.token("docs-e");
    const partyId = await partyOf(token);
    const first = await json(await upload(token, [...fields({ type: "title", partyId }), file(PDF_BYTES)]));
    await upload(token, [...fields({ type: "title", partyId, supersedes: String(first.id) }), file(PDF_BYTES)]);
    const response = await json(await api.call("POST", `/v1/documents/${first.id}/accept`, { token }));
    expect(response.code).toBe("document_superseded");
  });

  it("lists by owner, type and status, and refuses unknown parameters", async () => {
    const token = await api.token("docs-f");
    const partyId = await partyOf(token);
    const otherParty = await partyOf(token);
    const stub = await json(await upload(token, [...fields({ type: "pay_stub", partyId }), file(PDF_BYTES)]));
    const statement = await json(
      await upload(token, [...fields({ type: "bank_statement", partyId }), file(PDF_BYTES)]),
    );
    await upload(token, [...fields({ type: "pay_stub", partyId: otherParty }), file(PDF_BYTES)]);
    const ids = async (query: string) =>
      ((await json(await api.call("GET", `/v1/documents${query}`, { token }))).data as Array<{ id: string }>).map(
        (document) => document.id,
      );
    expect(await ids(`?partyId=${partyId}`)).toEqual([stub.id, statement.id]);
    expect(await ids(`?partyId=${partyId}&type=pay_stub`)).toEqual([stub.id]);
    expect(await ids(`?partyId=${partyId}&status=accepted`)).toEqual([]);
    expect(await ids(`?partyId=${partyId}&loanId=loan_01JGFJJZ0000000000000000AB`)).toEqual([]);
    expect((await api.call("GET", "/v1/documents?owner=x", { token })).status).toBe(400);
  });
});
