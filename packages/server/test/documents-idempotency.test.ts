import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDocumentStorage } from "../src/adapters/document-storage/index.js";
import { documents, idempotencyKeys } from "../src/db/schema/index.js";
import { DEFAULT_DOCUMENT_CONTENT_TYPES } from "../src/documents/settings.js";
import { type FormEntry, filesUnder, multipartForm, PDF_BYTES, PNG_BYTES } from "./helpers/documents.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// A streamed (multipart) upload under an Idempotency-Key, on PGlite and (with DATABASE_URL) PostgreSQL:
// the key is settled once the bytes are stored and hashed, in the transaction that writes the row, so a
// retried upload is one document and one stored file, and a refused one leaves the key free.

let testDatabase: TestDatabase;
let api: TestApp;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "lendstack-documents-key-"));
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, {
    clockStart: "2026-12-06T09:00:00.000Z",
    documents: {
      storage: localDocumentStorage(root),
      maxBytes: 64 * 1024,
      contentTypes: DEFAULT_DOCUMENT_CONTENT_TYPES,
    },
  });
});
afterAll(async () => {
  await testDatabase.dispose();
  await rm(root, { recursive: true, force: true });
});

let taxIdSerial = 4000;
async function partyOf(token: string): Promise<string> {
  taxIdSerial += 1;
  return String((await createParty(api, token, individual({ taxId: `321-55-${taxIdSerial}` }))).id);
}

function upload(token: string, key: string | undefined, entries: ReadonlyArray<FormEntry>) {
  const { body, contentType } = multipartForm(entries);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": contentType };
  if (key !== undefined) headers["idempotency-key"] = key;
  return api.app.request("/v1/documents", { method: "POST", headers, body });
}

const statement = (partyId: string, bytes: Uint8Array = PDF_BYTES, contentType = "application/pdf"): FormEntry[] => [
  { name: "type", value: "bank_statement" },
  { name: "partyId", value: partyId },
  { name: "file", fileName: "statement.pdf", contentType, bytes },
];

async function rowsOf(tenant: string): Promise<number> {
  const [row] = await testDatabase.db.select({ n: count() }).from(documents).where(eq(documents.tenantId, tenant));
  return Number(row?.n ?? 0);
}

async function keyState(tenant: string, key: string): Promise<string | undefined> {
  const [row] = await testDatabase.db
    .select({ state: idempotencyKeys.state })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenant), eq(idempotencyKeys.key, key)));
  return row?.state;
}

describe("Idempotency-Key on a multipart upload", () => {
  it("answers a retry with the stored response: one document, one stored file", async () => {
    const token = await api.token("key-a");
    const partyId = await partyOf(token);
    const first = await upload(token, "upload-1", statement(partyId));
    const created = await json(first);
    expect(first.status, JSON.stringify(created)).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    const retry = await upload(token, "upload-1", statement(partyId));
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(retry)).toEqual(created);
    expect(await rowsOf("key-a")).toBe(1);
    expect(await filesUnder(root)).toEqual([expect.stringContaining(String(created.id))]);
    expect(await keyState("key-a", "upload-1")).toBe("completed");
  });

  it("refuses the same key with other bytes (422 idempotency_key_reused) and keeps nothing of them", async () => {
    const token = await api.token("key-b");
    const partyId = await partyOf(token);
    const first = await upload(token, "upload-2", statement(partyId));
    expect(first.status).toBe(201);
    const before = (await filesUnder(root)).length;
    const other = Buffer.concat([PDF_BYTES, Buffer.from("\n% another revision\n")]);
    const reused = await upload(token, "upload-2", statement(partyId, other));
    expect(reused.status).toBe(422);
    expect(await json(reused)).toMatchObject({ code: "idempotency_key_reused" });
    expect(await rowsOf("key-b")).toBe(1);
    expect((await filesUnder(root)).length).toBe(before);
  });

  it("leaves the key free after a refused upload, so the corrected retry is stored", async () => {
    const token = await api.token("key-c");
    const partyId = await partyOf(token);
    const before = (await filesUnder(root)).length;
    const mismatched = await upload(token, "upload-3", statement(partyId, PNG_BYTES, "application/pdf"));
    expect(mismatched.status).toBe(422);
    expect(await json(mismatched)).toMatchObject({ code: "content_type_mismatch" });
    expect(await keyState("key-c", "upload-3")).toBeUndefined();
    expect((await filesUnder(root)).length).toBe(before);

    const corrected = await upload(token, "upload-3", statement(partyId));
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    expect(await rowsOf("key-c")).toBe(1);
  });

  it("gives concurrent uploads with one key one document", async () => {
    const token = await api.token("key-d");
    const partyId = await partyOf(token);
    const before = (await filesUnder(root)).length;
    const responses = await Promise.all([1, 2, 3].map(() => upload(token, "upload-4", statement(partyId))));
    const bodies = await Promise.all(responses.map((response) => json(response)));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(responses.filter((response) => response.headers.get("idempotent-replayed") === "true")).toHaveLength(2);
    expect(await rowsOf("key-d")).toBe(1);
    expect((await filesUnder(root)).length).toBe(before + 1);
  });

  it("refuses a malformed key and deletes the bytes it stored", async () => {
    const token = await api.token("key-e");
    const partyId = await partyOf(token);
    const before = (await filesUnder(root)).length;
    const response = await upload(token, "two words", statement(partyId));
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ code: "invalid_idempotency_key" });
    expect(await rowsOf("key-e")).toBe(0);
    expect((await filesUnder(root)).length).toBe(before);
  });
});
