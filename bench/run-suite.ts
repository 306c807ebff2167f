/**
 * Runs one benchmark suite file (`bench/<name>.bench.ts`) and writes its results as JSON to stdout.
 * `bench/run.ts` starts one process per suite, so no suite inherits another's heap or JIT state.
 */
import { pathToFileURL } from "node:url";
import type { Suite } from "./harness.js";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx bench/run-suite.ts <path to a .bench.ts file>");
const suite = (await import(pathToFileURL(file).href)).default as Suite;
process.stderr.write(`running ${suite.name}…\n`);
process.stdout.write(JSON.stringify(await suite.run()));
