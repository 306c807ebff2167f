import { type DocumentStorage, memoryDocumentStorage } from "../adapters/document-storage/index.js";
import { SNIFFABLE_CONTENT_TYPES } from "./sniff.js";

/**
 * How documents are stored and what uploads may be: the storage, the largest document in bytes
 * (`DOCUMENT_MAX_BYTES`) and the content types accepted (`DOCUMENT_CONTENT_TYPES`).
 *
 * @example
 * const settings: DocumentSettings = { storage: localDocumentStorage(root), maxBytes: 25 * 1024 * 1024, contentTypes: ["application/pdf"] };
 */
export interface DocumentSettings {
  readonly storage: DocumentStorage;
  readonly maxBytes: number;
  readonly contentTypes: ReadonlyArray<string>;
}

/** The default size limit: 50 MiB. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

/** The default allow-list: every type the server can recognize from the bytes. */
export const DEFAULT_DOCUMENT_CONTENT_TYPES: ReadonlyArray<string> = SNIFFABLE_CONTENT_TYPES;

/**
 * Settings with in-memory storage and the default limits (in-process tests; nothing kept on disk).
 *
 * @example
 * const settings = inMemoryDocumentSettings();
 */
export function inMemoryDocumentSettings(): DocumentSettings {
  return {
    storage: memoryDocumentStorage(),
    maxBytes: DEFAULT_DOCUMENT_MAX_BYTES,
    contentTypes: DEFAULT_DOCUMENT_CONTENT_TYPES,
  };
}
