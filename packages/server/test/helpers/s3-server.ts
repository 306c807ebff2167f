import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

/** A local S3-compatible server (s3rver, from npm) on a loopback port, with one bucket. */
export interface LocalS3 {
  readonly bucket: string;
  /** Settings for an S3 client that reaches it (path-style, its fixed development credentials). */
  readonly client: S3ClientConfig;
  close(): Promise<void>;
}

/**
 * Starts s3rver on 127.0.0.1 (a free port) over a fresh temporary folder, with the bucket created.
 *
 * @example
 * const s3 = await startLocalS3(); const storage = s3DocumentStorage({ bucket: s3.bucket, client: s3.client });
 */
export async function startLocalS3(bucket = "lendstack-documents"): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), "lendstack-s3-"));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    bucket,
    client: {
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
