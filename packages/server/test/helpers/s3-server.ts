import { type ChildProcessByStdio, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { S3ClientConfig } from "@aws-sdk/client-s3";

/** A local S3-compatible server (s3rver, from npm) on a loopback port, with one bucket. */
export interface LocalS3 {
  readonly bucket: string;
  /** Settings for an S3 client that reaches it (path-style, its fixed development credentials). */
  readonly client: S3ClientConfig;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./s3-server-process.mjs", import.meta.url));

/** The port the child prints once it listens; rejects if it exits first. */
function listeningPort(child: ChildProcessByStdio<Writable, Readable, null>): Promise<number> {
  return new Promise((resolve, reject) => {
    let printed = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      printed += chunk;
      const line = printed.split("\n")[0];
      if (printed.includes("\n") && line !== undefined) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`s3rver exited (${code}) before it listened`)));
  });
}

/**
 * Starts s3rver on 127.0.0.1 (a free port) over a fresh temporary folder, with the bucket created, in a
 * child Node process run with `--openssl-legacy-provider` (its continuation tokens need DES: see
 * `s3-server-process.mjs`), so listings of more than one page work as on S3.
 *
 * @example
 * const s3 = await startLocalS3(); const storage = s3DocumentStorage({ bucket: s3.bucket, client: s3.client });
 */
export async function startLocalS3(bucket = "lendstack-documents"): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), "lendstack-s3-"));
  const child = spawn(process.execPath, ["--openssl-legacy-provider", SCRIPT, directory, bucket], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await listeningPort(child);
  return {
    bucket,
    client: {
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    },
    async close() {
      if (child.exitCode === null) {
        const exited = once(child, "exit");
        child.stdin.end();
        await exited;
      }
      await rm(directory, { recursive: true, force: true });
    },
  };
}
