import { Readable } from "node:stream";
import { assertStorageKey, type DocumentStorage, pagesOf } from "./storage.js";

/**
 * The sandbox: objects held in this process's memory, gone when it exits. For tests and throwaway apps
 * only (a stored object is held whole); servers use {@link localDocumentStorage} or the S3 one.
 *
 * @example
 * createApp({ …, documents: { storage: memoryDocumentStorage() } });
 */
export function memoryDocumentStorage(): DocumentStorage {
  const objects = new Map<string, Buffer>();
  return {
    kind: "memory",
    async put(key, body) {
      assertStorageKey(key);
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk));
      const bytes = Buffer.concat(chunks);
      objects.set(key, bytes);
      return { size: bytes.byteLength };
    },
    async get(key) {
      const bytes = objects.get(assertStorageKey(key));
      return bytes === undefined ? undefined : { size: bytes.byteLength, body: Readable.from([bytes]) };
    },
    async delete(key) {
      objects.delete(assertStorageKey(key));
    },
    async keys(prefix = "") {
      return [...objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    },
    keyPages({ pageSize, prefix = "" }) {
      // The map's own iterator: lazy, and safe while keys are deleted.
      const under = function* () {
        for (const key of objects.keys()) if (key.startsWith(prefix)) yield key;
      };
      return pagesOf(under(), pageSize);
    },
  };
}
