import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, startLocalS3 } from "../../../test/helpers/s3-server.js";
import { lazyS3DocumentStorage } from "./lazy-s3.js";

async function* bytes(text: string) {
  yield new TextEncoder().encode(text);
}

async function text(stream: AsyncIterable<Uint8Array>) {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts).toString("utf8");
}

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3?.close());

describe("S3 storage that loads the AWS SDK on first use", () => {
  it("writes, reads, lists a page at a time and deletes, as the eager one does", async () => {
    const storage = lazyS3DocumentStorage({ bucket: s3.bucket, prefix: "lazy/", client: s3.client });
    expect(storage.kind).toBe("s3");
    expect(await storage.put("t1/doc_a", bytes("first"))).toEqual({ size: 5 });
    await storage.put("t1/doc_b", bytes("second"));
    const read = await storage.get("t1/doc_a");
    expect(read?.size).toBe(5);
    expect(await text(read!.body)).toBe("first");
    expect(await storage.get("t1/doc_missing")).toBeUndefined();
    expect(await storage.keys("t1/")).toEqual(["t1/doc_a", "t1/doc_b"]);
    const pages: string[][] = [];
    for await (const page of storage.keyPages({ pageSize: 10, prefix: "t1/" })) pages.push(page);
    expect(pages.flat().sort()).toEqual(["t1/doc_a", "t1/doc_b"]);
    await storage.delete("t1/doc_a");
    expect(await storage.keys("t1/")).toEqual(["t1/doc_b"]);
  });

  it("refuses a bad key as the eager one does", async () => {
    const storage = lazyS3DocumentStorage({ bucket: s3.bucket, client: s3.client });
    await expect(storage.get("../escape")).rejects.toThrow();
  });
});
