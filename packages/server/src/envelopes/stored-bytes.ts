import { createHash } from "node:crypto";
import type { DocumentStorage } from "../adapters/document-storage/index.js";

/**
 * A stored object's bytes, read whole (envelope documents are PDFs within the upload limit, and signing
 * needs them whole to hash and to append the signature page); undefined when the object is missing.
 *
 * @example
 * const bytes = await readStoredBytes(settings.storage, row.storageKey);
 */
export async function readStoredBytes(storage: DocumentStorage, key: string): Promise<Buffer | undefined> {
  const object = await storage.get(key);
  if (object === undefined) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Lowercase hex SHA-256. @example sha256Of(bytes) */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** `bytes` as the one chunk of a storage write. @example await storage.put(key, oneChunk(bytes)); */
export async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
