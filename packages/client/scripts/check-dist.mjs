// Loads the built package both ways (CommonJS require and ESM import) and makes a client with each,
// so a build that only one module system can use fails `npm run package:check`.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const builds = {
  commonjs: require("../dist/index.cjs"),
  esm: await import("../dist/index.js"),
};
for (const [kind, client] of Object.entries(builds)) {
  const lendstack = new client.Lendstack({ baseUrl: "http://127.0.0.1:1", token: "t" });
  const checks = {
    "loans.payments.create": typeof lendstack.loans?.payments?.create === "function",
    "raw.GET": typeof lendstack.raw?.GET === "function",
    createClient: typeof client.createClient({ baseUrl: "http://127.0.0.1:1", token: "t" }).POST === "function",
    LendstackError: new client.LendstackNotFoundError({ message: "x" }) instanceof client.LendstackError,
  };
  const failed = Object.entries(checks).filter(([, ok]) => !ok);
  if (failed.length > 0) {
    console.error(`${kind} build: ${failed.map(([name]) => name).join(", ")} missing`);
    process.exit(1);
  }
  console.log(`${kind} build: ok`);
}
