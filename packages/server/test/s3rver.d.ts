/**
 * The little of `s3rver` (a fake S3 server for Node, a devDependency) that the tests use: start it on a
 * loopback port with a folder of its own, read the port it got, close it.
 */
declare module "s3rver" {
  interface S3rverOptions {
    readonly port?: number;
    readonly address?: string;
    readonly silent?: boolean;
    readonly directory: string;
    readonly configureBuckets?: ReadonlyArray<{ readonly name: string }>;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ readonly address: string; readonly port: number }>;
    close(): Promise<void>;
  }
}
