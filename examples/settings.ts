/**
 * Where the examples find the API and their token, read from the environment the way the README says:
 *
 *   LENDSTACK_URL    default http://127.0.0.1:$PORT (PORT default 3000), the address `npm start` prints
 *   LENDSTACK_TOKEN  a bearer token, e.g. the one in the `export TOKEN=…` line `npm start` prints
 *                    (LENDSTACK_TOKEN wins; TOKEN is read when it is unset)
 */
export interface ExampleSettings {
  readonly baseUrl: string;
  readonly token: string;
}

/** Reads {@link ExampleSettings}, or exits with a message saying what to set. @example const { baseUrl, token } = exampleSettings(); */
export function exampleSettings(environment: Readonly<Record<string, string | undefined>> = process.env) {
  const token = environment.LENDSTACK_TOKEN || environment.TOKEN;
  if (!token) {
    console.error("Set LENDSTACK_TOKEN (or TOKEN) to the token `npm start` printed: export TOKEN=… then rerun.");
    process.exit(2);
  }
  const baseUrl = environment.LENDSTACK_URL || `http://127.0.0.1:${environment.PORT || "3000"}`;
  return { baseUrl, token } satisfies ExampleSettings;
}

/** Whether this module is the program being run (`npx tsx examples/x.ts`), not imported by a test. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === new URL(`file://${process.argv[1]}`).href;
}

/** Display only: a USD amount in minor units as dollars. @example dollars(189_620) // "$1896.20" */
export function dollars(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const absolute = Math.abs(minor);
  return `${sign}$${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, "0")}`;
}
