import { join } from "node:path";
import {
  lazyS3DocumentStorage,
  localDocumentStorage,
  memoryDocumentStorage,
} from "../adapters/document-storage/index.js";
import { ConfigError, type ServerConfig } from "../config.js";
import { DEFAULT_DOCUMENT_CONTENT_TYPES, type DocumentSettings } from "./settings.js";

/**
 * The document settings a server runs with: local storage under `<data folder>/documents` (in memory when
 * the data folder is `memory`), or the S3
 * bucket configured (`DOCUMENT_S3_BUCKET` is then required), with the configured limits.
 *
 * @example
 * createApp({ …, documents: documentSettingsFromConfig(config) });
 */
export function documentSettingsFromConfig(config: ServerConfig): DocumentSettings {
  const { documents } = config;
  const contentTypes = documents.contentTypes ?? DEFAULT_DOCUMENT_CONTENT_TYPES;
  if (documents.storage === "local") {
    // `LENDSTACK_DATA_DIR=memory` keeps nothing on disk: documents too are held in memory.
    const storage =
      config.dataDir === "memory" ? memoryDocumentStorage() : localDocumentStorage(join(config.dataDir, "documents"));
    return { storage, maxBytes: documents.maxBytes, contentTypes };
  }
  const { bucket, endpoint, region, prefix, forcePathStyle } = documents.s3;
  if (bucket === undefined)
    throw new ConfigError("Invalid configuration: DOCUMENT_S3_BUCKET: required with DOCUMENT_STORAGE=s3");
  const storage = lazyS3DocumentStorage({
    bucket,
    prefix,
    client: { region, forcePathStyle, ...(endpoint === undefined ? {} : { endpoint }) },
  });
  return { storage, maxBytes: documents.maxBytes, contentTypes };
}
