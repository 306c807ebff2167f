import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DocumentStorage,
  localDocumentStorage,
  memoryDocumentStorage,
} from "../src/adapters/document-storage/index.js";
import { documents } from "../src/db/schema/index.js";
import { DEFAULT_DOCUMENT_CONTENT_TYPES } from "../src/documents/settings.js";
import { sweepOrphanedDocuments } from "../src/documents/sweep.js";
import { createIdGenerator } from "../src/ids.js";
import { runCli } from "./helpers/cli.js";
import { PDF_BYTES } from "./helpers/documents.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { individual } from "./parties-helpers.js";

// The orphan sweep on PGlite and (with DATABASE_URL) PostgreSQL: document files no row references (a process
// died between storing an upload and committing its row) are deleted once older than the grace period;
// recorded documents, recent uploads and files that are not documents are left alone.

let testDatabase: TestDatabase;
let api: TestApp;
let root: string;
const storage = () => localDocumentStorage(root);
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  root = await mkdtemp(join(tmpdir(), "lendstack-sweep-"));
  api = createTestApp(testDatabase.database, {
    clockStart: "2026-12-05T12:00:00.000Z",
    documents: { storage: storage(), maxBytes: 1_000_000, contentTypes: DEFAULT_DOCUMENT_CONTENT_TYPES },
  });
});
afterAll(async () => {
  await testDatabase.dispose();
  await rm(root, { recursive: true, force: true });
});

async function* bytes(): AsyncIterable<Uint8Array> {
  yield new Uint8Array(PDF_BYTES);
}

/** A document id made at `instant`, as an upload interrupted then would have stored its bytes under. */
const idMadeAt = (instant: string) => createIdGenerator({ clock: () => new Date(instant) }).next("doc");

describe("the orphaned documents sweep", () => {
  it("deletes only old files no document row of any tenant references", async () => {
    const recorded: string[] = [];
    for (const tenant of ["sweep-a", "sweep-b"]) {
      const token = await api.token(tenant);
      const party = await json(await api.call("POST", "/v1/parties", { token, body: individual() }));
      const content = PDF_BYTES.toString("base64");
      const body = {
        type: "pay_stub",
        partyId: party.id,
        fileName: "stub.pdf",
        contentType: "application/pdf",
        content,
      };
      const uploaded = await api.call("POST", "/v1/documents", { token, body });
      expect(uploaded.status).toBe(201);
      recorded.push(String((await json(uploaded)).id));
    }
    // Two days old, an hour old (an upload that may still be committing), and a file that is no document.
    const old = idMadeAt("2026-12-03T09:00:00Z");
    const recent = idMadeAt("2026-12-05T11:00:00Z");
    for (const key of [old, recent, "notes.txt"]) await storage().put(key, bytes());

    const options = { now: new Date("2026-12-05T12:00:00Z"), graceMs: 24 * 3_600_000 };
    const found: string[] = [];
    const onOrphan = (key: string) => found.push(key);
    const report = await sweepOrphanedDocuments(testDatabase.db, storage(), { ...options, remove: false, onOrphan });
    expect(report).toEqual({ objects: 5, orphans: 1, deleted: 0, peakKeysHeld: 5 });
    expect(found).toEqual([old]);
    expect(await storage().keys()).toHaveLength(5);

    const swept = await sweepOrphanedDocuments(testDatabase.db, storage(), { ...options, remove: true, onOrphan });
    expect(swept).toEqual({ objects: 5, orphans: 1, deleted: 1, peakKeysHeld: 5 });
    expect(found).toEqual([old, old]);
    expect(await storage().keys()).toEqual([...recorded, recent, "notes.txt"].sort());
    for (const id of recorded) {
      const token = await api.token(id === recorded[0] ? "sweep-a" : "sweep-b");
      expect((await api.call("GET", `/v1/documents/${id}/content`, { token })).status).toBe(200);
    }
  });

  it("holds one page of keys at a time and settles it before listing the next, sparing every referenced key", async () => {
    const inner = memoryDocumentStorage();
    const referenced = Array.from({ length: 120 }, (_, i) =>
      idMadeAt(`2026-11-0${1 + (i % 9)}T00:00:${String(i % 60).padStart(2, "0")}Z`),
    );
    const orphaned = Array.from({ length: 90 }, (_, i) =>
      idMadeAt(`2026-10-${String(1 + (i % 28)).padStart(2, "0")}T00:00:00Z`),
    );
    const recent = Array.from({ length: 20 }, () => idMadeAt("2026-12-05T11:30:00Z"));
    const other = Array.from({ length: 20 }, (_, i) => `exports/report-${i}.csv`);
    // Interleaved, so every page mixes what must stay with what must go.
    const all = referenced
      .flatMap((key, i) => [key, orphaned[i], recent[i], other[i]])
      .filter((key) => key !== undefined);
    for (const key of all) await inner.put(key, bytes());
    await testDatabase.db.insert(documents).values(
      referenced.map((key, i) => ({
        tenantId: i % 2 === 0 ? "sweep-page-a" : "sweep-page-b",
        id: key,
        ownerType: "party",
        ownerId: "pty_sweep",
        type: "pay_stub",
        fileName: "stub.pdf",
        contentType: "application/pdf",
        sizeBytes: PDF_BYTES.length,
        sha256: "0".repeat(64),
        storageKey: key,
        version: 1,
        lineageId: key,
        status: "pending",
        uploadedBy: "sweep-test",
        createdAt: new Date("2026-11-01T00:00:00Z"),
      })),
    );
    // The storage as the sweep sees it, logging each page listed (and the keys handed out but not yet
    // settled: those of the page before, whose orphans must all be deleted before the next page is asked for).
    const log: string[] = [];
    let outstanding: string[] = [];
    let mostOutstanding = 0;
    const watched: DocumentStorage = {
      ...inner,
      async *keyPages(options) {
        for await (const page of inner.keyPages(options)) {
          const unsettled = outstanding.filter((key) => orphaned.includes(key));
          expect(await Promise.all(unsettled.map((key) => inner.get(key)))).toEqual(unsettled.map(() => undefined));
          outstanding = page;
          mostOutstanding = Math.max(mostOutstanding, page.length);
          log.push(`page ${page.length}`);
          yield page;
        }
      },
      async delete(key) {
        log.push("delete");
        await inner.delete(key);
      },
    };
    const options = { now: new Date("2026-12-05T12:00:00Z"), graceMs: 24 * 3_600_000, remove: true, pageSize: 25 };
    const swept = await sweepOrphanedDocuments(testDatabase.db, watched, options);
    expect(swept).toEqual({ objects: all.length, orphans: 90, deleted: 90, peakKeysHeld: 25 });
    expect(mostOutstanding).toBe(25);
    expect(log.filter((entry) => entry.startsWith("page"))).toHaveLength(Math.ceil(all.length / 25));
    expect((await inner.keys()).sort()).toEqual([...referenced, ...recent, ...other].sort());
  });

  it("runs as `lendstack documents sweep` against the data folder's storage, and refuses bad arguments", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "lendstack-sweep-cli-"));
    try {
      expect((await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir })).code).toBe(0);
      const orphan = idMadeAt("2026-01-01T00:00:00Z");
      await localDocumentStorage(join(dataDir, "documents")).put(orphan, bytes());
      const reported = await runCli(["documents", "sweep", "--mode", "report"], { LENDSTACK_DATA_DIR: dataDir });
      expect(reported).toMatchObject({ code: 0, stderr: "" });
      expect(reported.stdout).toBe(
        `orphan ${orphan}\nDocuments sweep (local storage): 1 objects, 1 orphaned over 24 h, nothing deleted (report).\n`,
      );
      const swept = await runCli(["documents", "sweep"], { LENDSTACK_DATA_DIR: dataDir });
      expect(swept.stdout).toContain(`deleted ${orphan}\n`);
      expect(await localDocumentStorage(join(dataDir, "documents")).keys()).toEqual([]);
      for (const bad of [
        ["documents", "purge"],
        ["documents", "sweep", "--grace-hours", "1.5"],
      ]) {
        const refused = await runCli(bad, { LENDSTACK_DATA_DIR: dataDir });
        expect(refused.code, bad.join(" ")).toBe(2);
        expect(refused.stderr.trimEnd().split("\n")).toHaveLength(1);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
