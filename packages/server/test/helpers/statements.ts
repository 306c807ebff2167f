import { NodePgSession } from "drizzle-orm/node-postgres/session";
import { PgliteSession } from "drizzle-orm/pglite/session";
import { vi } from "vitest";

/**
 * The SQL of every statement `work` sends through drizzle (either driver's session), begin and commit aside,
 * one line each.
 *
 * @example const sent = await statementsOf(() => api.call("GET", "/v1/loans/loan_…", { token }));
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const record = (query: { sql: string }) => {
    if (!/^(begin|commit)\b/i.test(query.sql)) sent.push(query.sql.replace(/\s+/g, " ").trim());
  };
  const spies = [PgliteSession.prototype, NodePgSession.prototype].map((prototype) => {
    const original = prototype.prepareQuery;
    return vi.spyOn(prototype, "prepareQuery").mockImplementation(function (this: unknown, ...args) {
      record(args[0]);
      return Reflect.apply(original, this, args);
    });
  });
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return sent;
}
