import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, startLocalS3 } from "../../../test/helpers/s3-server.js";
import { lazyS3DocumentStorage } from "./lazy-s3.js";
import { localDocumentStorage } from "./local.js";
import { memoryDocumentStorage } from "./memory.js";
import { s3DocumentStorage } from "./s3.js";
import { type DocumentStorage, InvalidStorageKeyError } from "./storage.js";

// The contract every document storage passes (the in-memory sandbox, the local filesystem, and S3 against
// s3rver, a local S3-compatible server started here on loopback): round trips byte for byte, writes that
// fail leave nothing, keys cannot escape.

async function* chunksOf(total: number, chunkBytes: number, seed = 1): AsyncGenerator<Uint8Array> {
  for (let sent = 0, index = 0; sent < total; index += 1) {
    const size = Math.min(chunkBytes, total - sent);
    yield Buffer.alloc(size, (index * 31 + seed) % 251);
    sent += size;
  }
}

async function* failingAfter(bytes: number): AsyncGenerator<Uint8Array> {
  yield* chunksOf(bytes, 64 * 1024);
  throw new Error("the source broke");
}

async function readAll(storage: DocumentStorage, key: string): Promise<Buffer> {
  const object = await storage.get(key);
  if (object === undefined) throw new Error(`no object ${key}`);
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function sha256Of(source: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of source) hash.update(chunk);
  return hash.digest("hex");
}

/** The contract's key walk: pages of at most the page size, safe to delete from while walking. */
function keyPagesContract(name: string, make: () => DocumentStorage) {
  describe(`${name} document storage key pages`, () => {
    it("walks the keys in pages of at most the page size, the next page read only when asked", async () => {
      const storage = make();
      const written = Array.from({ length: 7 }, (_, i) => `pages/doc_${i}`);
      for (const key of written) await storage.put(key, chunksOf(1, 1));
      const pages: string[][] = [];
      for await (const page of storage.keyPages({ pageSize: 3, prefix: "pages/" })) pages.push(page);
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      expect(pages.flat().sort()).toEqual(written);
      // Deleting what a page listed while walking loses none of the rest.
      const seen: string[] = [];
      for await (const page of storage.keyPages({ pageSize: 2, prefix: "pages/" })) {
        seen.push(...page);
        for (const key of page) await storage.delete(key);
      }
      expect(seen.sort()).toEqual(written);
      expect(await storage.keys("pages/")).toEqual([]);
    });
  });
}

function storageContract(name: string, make: () => DocumentStorage) {
  keyPagesContract(name, make);
  describe(`${name} document storage contract`, () => {
    it("gives back exactly the bytes written, with their size", async () => {
      const storage = make();
      const written = await storage.put("t1/doc_round_trip", chunksOf(300_001, 10_000));
      expect(written.size).toBe(300_001);
      const read = await readAll(storage, "t1/doc_round_trip");
      expect(read.byteLength).toBe(300_001);
      expect(createHash("sha256").update(read).digest("hex")).toBe(await sha256Of(chunksOf(300_001, 10_000)));
      expect((await storage.get("t1/doc_round_trip"))?.size).toBe(300_001);
    });

    it("streams a body larger than an S3 part (12 MiB) intact", async () => {
      const storage = make();
      const total = 12 * 1024 * 1024 + 7;
      await storage.put("t1/doc_large", chunksOf(total, 256 * 1024, 5));
      const read = await readAll(storage, "t1/doc_large");
      expect(read.byteLength).toBe(total);
      expect(createHash("sha256").update(read).digest("hex")).toBe(await sha256Of(chunksOf(total, 256 * 1024, 5)));
    });

    it("stores an empty body as an empty object", async () => {
      const storage = make();
      await storage.put("t1/doc_empty", chunksOf(0, 1));
      expect((await readAll(storage, "t1/doc_empty")).byteLength).toBe(0);
    });

    it("leaves nothing when the body fails part way, small or past a part", async () => {
      const storage = make();
      const before = await storage.keys();
      await expect(storage.put("t1/doc_broken_small", failingAfter(100_000))).rejects.toThrow("the source broke");
      await expect(storage.put("t1/doc_broken_big", failingAfter(6 * 1024 * 1024))).rejects.toThrow("the source broke");
      expect(await storage.get("t1/doc_broken_small")).toBeUndefined();
      expect(await storage.get("t1/doc_broken_big")).toBeUndefined();
      expect(await storage.keys()).toEqual(before);
    });

    it("lists keys by prefix and deletes (twice is fine)", async () => {
      const storage = make();
      await storage.put("list-a/doc_1", chunksOf(10, 10));
      await storage.put("list-a/doc_2", chunksOf(10, 10));
      await storage.put("list-b/doc_3", chunksOf(10, 10));
      expect(await storage.keys("list-a/")).toEqual(["list-a/doc_1", "list-a/doc_2"]);
      await storage.delete("list-a/doc_1");
      await storage.delete("list-a/doc_1");
      expect(await storage.keys("list-a/")).toEqual(["list-a/doc_2"]);
      expect(await storage.get("list-a/doc_1")).toBeUndefined();
    });

    it.each([
      "../escape",
      "a/../../escape",
      "/absolute",
      "a//b",
      "",
      ".hidden",
      "a/./b",
      "back\\slash",
      "nul\u0000byte",
    ])("refuses the key %j", async (key) => {
      const storage = make();
      await expect(storage.put(key, chunksOf(1, 1))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}

storageContract("memory (sandbox)", () => memoryDocumentStorage());

const folders: string[] = [];
let localRoot = "";
beforeAll(async () => {
  localRoot = await mkdtemp(join(tmpdir(), "lendstack-documents-"));
  folders.push(localRoot);
});
storageContract("local filesystem", () => localDocumentStorage(join(localRoot, "documents")));

let s3: LocalS3 | undefined;
beforeAll(async () => {
  s3 = await startLocalS3();
}, 60_000);
afterAll(async () => {
  await s3?.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});
// s3rver runs in a process of its own with OpenSSL's legacy provider (its continuation tokens use DES), so
// truncated listings continue as on S3.
const s3Storage = () => {
  if (s3 === undefined) throw new Error("s3rver did not start");
  return s3DocumentStorage({ bucket: s3.bucket, client: s3.client });
};
storageContract("S3 (s3rver on loopback)", s3Storage);
// The server's S3 storage loads the AWS SDK on first use; under its own prefix, so the two runs share the bucket.
storageContract("S3 loaded on first use", () => {
  if (s3 === undefined) throw new Error("s3rver did not start");
  return lazyS3DocumentStorage({ bucket: s3.bucket, prefix: "lazy/", client: s3.client });
});

describe("S3 storage listings", () => {
  it("lists more keys than one ListObjectsV2 page (1,000) by its continuation tokens", async () => {
    const storage = s3Storage();
    const written = Array.from({ length: 1_001 }, (_, i) => `many/doc_${String(i).padStart(4, "0")}`);
    for (let from = 0; from < written.length; from += 50) {
      await Promise.all(written.slice(from, from + 50).map((key) => storage.put(key, chunksOf(1, 1))));
    }
    expect(await storage.keys("many/")).toEqual(written);
    const pages: number[] = [];
    for await (const page of storage.keyPages({ pageSize: 5_000, prefix: "many/" })) pages.push(page.length);
    expect(pages).toEqual([1_000, 1]);
  });
});

describe("local filesystem storage", () => {
  it("writes only under its root, and a refused write leaves no partial file", async () => {
    const root = join(localRoot, "only-under");
    const storage = localDocumentStorage(root);
    await storage.put("a/doc_1", chunksOf(5, 5));
    await expect(storage.put("a/doc_2", failingAfter(70_000))).rejects.toThrow("the source broke");
    expect((await readdir(localRoot, { recursive: true })).filter((path) => path.startsWith("only-under"))).toEqual([
      "only-under",
      "only-under/.partial",
      "only-under/a",
      "only-under/a/doc_1",
    ]);
  });
});
