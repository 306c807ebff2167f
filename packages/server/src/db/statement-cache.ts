import pg from "pg";

/** Names given out at most: each is a prepared statement on every connection that runs it. */
const MOST_NAMES = 256;
/** Longer texts (multi-row literals, generated reports) are rare and not worth a server-side plan. */
const LONGEST_TEXT = 8_192;
/**
 * Statements with more parameters are batch statements (`id in ($2, …, $501)`): their text changes with the
 * list's length, and a generic plan cannot see the list. PostgreSQL switches a prepared statement to a
 * generic plan after five runs; the close's queue step then filtered each of a tenant's collection accounts
 * against 500 unhashed parameters (200 ms a page at 9,500 accounts, growing with the book). Unnamed, each
 * run is planned with its values, and PostgreSQL hashes a constant list.
 */
const MOST_PARAMETERS = 32;

/**
 * Gives each repeated statement text a stable name, so node-postgres prepares it once per connection
 * (Parse once, then only Bind/Execute) and PostgreSQL keeps its plan: the request path repeats the same
 * dozen statements thousands of times. A text is named the second time it is seen (one-off statements stay
 * unnamed), up to {@link MOST_NAMES} names per process; statements with more than {@link MOST_PARAMETERS}
 * parameters are never named.
 *
 * @example
 * const names = statementNames();
 * names.nameFor("select 1 where $1"); // undefined: first sight
 * names.nameFor("select 1 where $1"); // "ls_1"
 */
export function statementNames() {
  const seen = new Map<string, string | null>();
  let given = 0;
  return {
    nameFor(text: string, parameterCount = 0): string | undefined {
      if (text.length > LONGEST_TEXT || parameterCount > MOST_PARAMETERS) return undefined;
      const known = seen.get(text);
      if (known !== undefined) {
        if (known !== null) return known;
        if (given >= MOST_NAMES) return undefined;
        const name = `ls_${++given}`;
        seen.set(text, name);
        return name;
      }
      if (seen.size < 4 * MOST_NAMES) seen.set(text, null);
      return undefined;
    },
    /** Drops a text's name: its next run is prepared afresh under a new name (see {@link preparingClient}). */
    forget(text: string): void {
      if (seen.get(text)) seen.set(text, null);
    },
  };
}

/**
 * PostgreSQL refuses a prepared statement whose result columns changed type since it was prepared (a migration
 * altered a table while the server ran), and goes on refusing it on that connection for as long as it lives.
 */
function isStalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "0A000" && typeof message === "string" && message.includes("cached plan must not change result type");
}

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown };

/**
 * A `pg.Client` whose parameterised statements are prepared by name (see {@link statementNames}); the names
 * are shared by the pool's connections. Not for a transaction-mode pooler older than PgBouncer 1.21, where
 * a prepared statement may meet another server connection (`DATABASE_PREPARED_STATEMENTS=off`). A statement
 * whose plan a migration made stale fails once, then is prepared again under a new name on every connection.
 *
 * @example
 * const pool = new pg.Pool({ connectionString, Client: preparingClient(statementNames()) });
 */
export function preparingClient(names: ReturnType<typeof statementNames>): typeof pg.Client {
  return class PreparingClient extends pg.Client {
    override query(config: unknown, values?: unknown, callback?: unknown): never {
      const query = config as QueryConfig;
      if (typeof config === "object" && config !== null && typeof query.text === "string" && query.name === undefined) {
        const parameters = Array.isArray(query.values) ? query.values : Array.isArray(values) ? values : [];
        const text = query.text;
        const name = names.nameFor(text, parameters.length);
        if (name !== undefined) {
          const result: unknown = (super.query as (...args: unknown[]) => unknown)(
            { ...query, name },
            values,
            callback,
          );
          if (!(result instanceof Promise)) return result as never;
          return result.catch((error: unknown) => {
            if (isStalePlan(error)) names.forget(text);
            throw error;
          }) as never;
        }
      }
      return (super.query as (...args: unknown[]) => never)(config, values, callback);
    }
  } as unknown as typeof pg.Client;
}
