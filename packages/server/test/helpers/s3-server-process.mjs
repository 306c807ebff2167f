// s3rver in a Node process of its own, for test/helpers/s3-server.ts. It is started with
// --openssl-legacy-provider because s3rver encrypts ListObjectsV2 continuation tokens with DES, which
// OpenSSL 3 offers only in its legacy provider: without it, the second page of a listing is a 500.
// Arguments: the folder to keep objects in, the bucket to create. Prints {"port": N} once listening; stops
// when its standard input closes (the test process ended or called close()).
import S3rver from "s3rver";

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({
  port: 0,
  address: "127.0.0.1",
  silent: true,
  directory,
  configureBuckets: [{ name: bucket }],
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.stdin.on("end", async () => {
  await server.close();
  process.exit(0);
});
process.stdin.resume();
