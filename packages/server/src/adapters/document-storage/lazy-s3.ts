import type { S3StorageOptions } from "./s3.js";
import type { DocumentStorage } from "./storage.js";

/**
 * `s3DocumentStorage` with the AWS SDK (about 25 MB in a process) loaded by the first call rather than at start,
 * so a server or a close worker that never touches a document does not carry it. Same behaviour otherwise.
 *
 * @example
 * const storage = lazyS3DocumentStorage({ bucket: "lendstack-documents", client: { region: "us-east-1" } });
 */
export function lazyS3DocumentStorage(options: S3StorageOptions): DocumentStorage {
  let loaded: Promise<DocumentStorage> | undefined;
  const storage = () => {
    loaded ??= import("./s3.js").then(({ s3DocumentStorage }) => s3DocumentStorage(options));
    return loaded;
  };
  return {
    kind: "s3",
    put: async (key, body) => (await storage()).put(key, body),
    get: async (key) => (await storage()).get(key),
    delete: async (key) => (await storage()).delete(key),
    keys: async (prefix) => (await storage()).keys(prefix),
    async *keyPages(pageOptions) {
      yield* (await storage()).keyPages(pageOptions);
    },
  };
}
