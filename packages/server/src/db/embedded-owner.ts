import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { ConfigError } from "../config.js";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): { pid: number; command: string } | undefined {
  try {
    const [pid, ...command] = readFileSync(file, "utf8").trim().split(" ");
    const parsed = Number(pid);
    return Number.isInteger(parsed) && parsed > 0 ? { pid: parsed, command: command.join(" ") } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes this process the one owner of an embedded database folder, or throws a one-line `ConfigError`
 * naming the process that holds it. PGlite is a single-process database: a second process opening the
 * same folder corrupts it or hangs, so `lendstack migrate` beside a running `lendstack serve` stops at
 * once instead. The claim is a file `<dataDir>.owner` holding the PID; one left by a process that died is
 * taken over. Returns the release function.
 *
 * @example
 * const release = claimEmbeddedDatabase("./.lendstack/data");
 * // … open PGlite, work …
 * release();
 */
export function claimEmbeddedDatabase(dataDir: string): () => void {
  // Beside the folder, not in it: PGlite initializes only an empty folder.
  const file = `${dataDir}.owner`;
  const mine = `${process.pid} ${process.argv.slice(2).join(" ") || "node"}`.slice(0, 200);
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      const handle = openSync(file, "wx");
      writeSync(handle, mine);
      closeSync(handle);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner !== undefined && owner.pid !== process.pid && isRunning(owner.pid)) {
        const what = owner.command === "" ? "" : ` (lendstack ${owner.command})`;
        throw new ConfigError(
          `the embedded database in ${dataDir} is in use by process ${owner.pid}${what}; stop it first, or use DATABASE_URL (PostgreSQL) for several processes`,
        );
      }
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new ConfigError(`could not claim the embedded database in ${dataDir}`);
}
