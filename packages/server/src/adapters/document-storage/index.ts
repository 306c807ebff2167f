export { localDocumentStorage, PARTIAL_FOLDER } from "./local.js";
export { memoryDocumentStorage } from "./memory.js";
export { type S3StorageOptions, s3DocumentStorage } from "./s3.js";
export {
  assertStorageKey,
  type DocumentStorage,
  InvalidStorageKeyError,
  isStorageKey,
  type StoredObject,
} from "./storage.js";
