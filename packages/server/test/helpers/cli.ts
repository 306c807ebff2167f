import { type ChildProcess, execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The server package's folder; the CLI runs from its TypeScript source through tsx. */
export const SERVER_PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const CLI = ["--import", "tsx", "src/cli.ts"];

/** How a finished CLI run ended. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment a CLI test runs in: the parent's, minus anything that would change the CLI's behavior. */
function cleanEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of ["PORT", "HOST", "JWT_SECRET", "JWKS_URL", "NODE_ENV", "PUBLIC_URL", "DATABASE_URL"]) {
    delete base[name];
  }
  return { ...base, LENDSTACK_DATA_DIR: "memory", ...env };
}

/**
 * Runs `lendstack <args>` to completion (no TTY on either stream).
 *
 * @example
 * const { code, stderr } = await runCli(["token"]);
 */
export function runCli(args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: SERVER_PACKAGE, env: cleanEnvironment(env) },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A `lendstack serve` process that printed its banner. */
export interface ServingCli {
  readonly child: ChildProcess;
  /** Everything it wrote to stdout so far. */
  stdout(): string;
  /** The `Lendstack is listening on …` address. */
  readonly url: string;
  /** Stops it with SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `lendstack serve` and resolves once the banner is out (it ends with the "Then try:" line or the
 * "No development token" line), or rejects with its output when it exits first.
 *
 * @example
 * const server = await startCliServer({ PORT: "0" });
 */
export function startCliServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServingCli> {
  const child = spawn(process.execPath, [...CLI, "serve"], { cwd: SERVER_PACKAGE, env: cleanEnvironment(env) });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no banner within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Lendstack is listening on (\S+)/.exec(stdout)?.[1];
      if (url === undefined || !/(Then try: .*\n|No development token: .*\n)/.test(stdout)) return;
      clearTimeout(timer);
      resolve({
        child,
        url,
        stdout: () => stdout,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
      });
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`lendstack serve exited ${code} before its banner:\n${stdout}\n${stderr}`));
    });
  });
}
