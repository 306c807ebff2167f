import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertStorageKey, counted, type DocumentStorage, type KeyPageOptions } from "./storage.js";

/** Where and how to reach an S3-compatible bucket. */
export interface S3StorageOptions {
  readonly bucket: string;
  /** Prepended to every key (e.g. `documents/`); empty by default. */
  readonly prefix?: string;
  /** An S3 client, or the settings to make one (endpoint, region, credentials, `forcePathStyle`). */
  readonly client: S3Client | S3ClientConfig;
  /** The multipart upload's part size (at least 5 MiB, S3's minimum); one part in flight at a time. */
  readonly partSizeBytes?: number;
}

/**
 * Documents in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…), with AWS SDK v3. A write is a
 * multipart upload of one part at a time (memory stays at about one part), aborted on any failure so
 * nothing is left; a body shorter than a part is one `PutObject`. Checksums are sent only where the
 * service requires them, so older S3-compatible servers accept the requests.
 *
 * @example
 * const storage = s3DocumentStorage({ bucket: "lendstack-documents", client: { region: "us-east-1" } });
 */
export function s3DocumentStorage(options: S3StorageOptions): DocumentStorage {
  const client =
    options.client instanceof S3Client
      ? options.client
      : new S3Client({
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          ...options.client,
        });
  const prefix = options.prefix ?? "";
  const Bucket = options.bucket;
  const keyOf = (key: string) => `${prefix}${assertStorageKey(key)}`;
  return {
    kind: "s3",
    async put(key, body) {
      const counter = { bytes: 0 };
      const source: { error?: unknown } = {};
      async function* watched() {
        try {
          yield* counted(body, counter);
        } catch (error) {
          source.error = error;
          throw error;
        }
      }
      const upload = new Upload({
        client,
        params: { Bucket, Key: keyOf(key), Body: Readable.from(watched()) },
        queueSize: 1,
        partSize: Math.max(options.partSizeBytes ?? 5 * 1024 * 1024, 5 * 1024 * 1024),
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        // The SDK aborts the multipart upload; when the abort itself fails its error surfaces, not the cause.
        throw "error" in source ? source.error : error;
      }
      return { size: counter.bytes };
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
        if (object.Body === undefined) return undefined;
        return { size: object.ContentLength ?? 0, body: object.Body as Readable };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return undefined;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }));
    },
    async keys(under = "") {
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: `${prefix}${under}`, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key !== undefined) keys.push(object.Key.slice(prefix.length));
        }
        ContinuationToken = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (ContinuationToken !== undefined);
      return keys.sort();
    },
    keyPages: (options) => keyPagesOf(client, Bucket, prefix, options),
  };
}

/** The keys under `prefix` + `under`, one `ListObjectsV2` request (at most 1,000 keys) per page asked for. */
async function* keyPagesOf(
  client: S3Client,
  Bucket: string,
  prefix: string,
  { pageSize, prefix: under = "" }: KeyPageOptions,
): AsyncGenerator<string[]> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be ≥ 1, got ${pageSize}`);
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({
        Bucket,
        Prefix: `${prefix}${under}`,
        ContinuationToken,
        MaxKeys: Math.min(pageSize, 1_000),
      }),
    );
    const keys = (page.Contents ?? []).flatMap((object) =>
      object.Key === undefined ? [] : [object.Key.slice(prefix.length)],
    );
    if (keys.length > 0) yield keys;
    ContinuationToken = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (ContinuationToken !== undefined);
}
