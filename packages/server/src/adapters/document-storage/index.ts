export { lazyS3DocumentStorage } from "./lazy-s3.js";
export { localDocumentStorage, PARTIAL_FOLDER } from "./local.js";
export { memoryDocumentStorage } from "./memory.js";
export type { S3StorageOptions } from "./s3.js";
export {
  assertStorageKey,
  type DocumentStorage,
  InvalidStorageKeyError,
  isStorageKey,
  type StoredObject,
} from "./storage.js";
