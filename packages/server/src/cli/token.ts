import { mintDevelopmentToken, parseTtlSeconds } from "../auth/development-token.js";
import { ConfigError, type ServerConfig } from "../config.js";
import { allScopes } from "../resources.js";
import { parseCommandArgs } from "./args.js";

/** The usage lines of `lendstack token`. */
export const TOKEN_USAGE = `  token --tenant <id> [--scopes a,b] [--ttl 1h]
                                      print a development token (HS256 with JWT_SECRET or the development
                                      secret); --scopes defaults to every scope, --ttl is <n>s|m|h|d`;

/** The tenant ids the server accepts in a token (see auth/jwt.ts). */
const TENANT_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The parsed options of `lendstack token`. @example parseTokenArgs(["--tenant", "acme"]) */
export interface TokenArgs {
  readonly tenant: string;
  readonly scopes: ReadonlyArray<string>;
  readonly ttl: string;
}

/**
 * Parses `token` arguments; a missing or malformed tenant, an unknown scope or a bad ttl is a one-line
 * `ConfigError`.
 *
 * @example
 * parseTokenArgs(["--tenant", "acme", "--scopes", "products:read"]); // { tenant: "acme", scopes: ["products:read"], ttl: "1h" }
 * parseTokenArgs(["--tenant", "acme", "--scopes", "loans:fly"]); // throws: token --scopes: unknown scope "loans:fly" …
 */
export function parseTokenArgs(args: ReadonlyArray<string>): TokenArgs {
  const values = parseCommandArgs("token", args, {
    tenant: { type: "string" },
    scopes: { type: "string" },
    ttl: { type: "string", default: "1h" },
  });
  if (values.tenant === undefined) throw new ConfigError("token needs --tenant <id> (see lendstack token --help)");
  if (!TENANT_PATTERN.test(values.tenant)) {
    throw new ConfigError(`token --tenant: "${values.tenant}" is not 1-64 letters, digits, "-" or "_"`);
  }
  const known = allScopes();
  const scopes = values.scopes === undefined ? known : values.scopes.split(",").map((scope) => scope.trim());
  const unknown = scopes.filter((scope) => !known.includes(scope));
  if (unknown.length > 0 || scopes.length === 0) {
    throw new ConfigError(
      `token --scopes: unknown scope ${unknown.map((scope) => `"${scope}"`).join(", ") || '""'} (known: ${known.join(", ")})`,
    );
  }
  const ttl = values.ttl ?? "1h";
  if (!isPositiveTtl(ttl)) {
    throw new ConfigError(`token --ttl: "${ttl}" is not a positive <number><s|m|h|d>, e.g. 15m or 1h`);
  }
  return { tenant: values.tenant, scopes, ttl };
}

function isPositiveTtl(ttl: string): boolean {
  try {
    return parseTtlSeconds(ttl) > 0;
  } catch {
    return false;
  }
}

/**
 * `lendstack token`: prints a development token. Refused when tokens come from JWKS, and in production
 * with the public development secret.
 *
 * @example
 * await tokenCommand(["--tenant", "acme"], loadConfig());
 */
export async function tokenCommand(args: ReadonlyArray<string>, config: ServerConfig): Promise<number> {
  const request = parseTokenArgs(args);
  const { secret, issuer, audience, isDevelopmentSecret } = config.jwt;
  if (secret === undefined) {
    throw new ConfigError("token: JWKS_URL is set, so tokens come from your identity provider, not lendstack token");
  }
  if (isDevelopmentSecret && config.isProduction) {
    throw new ConfigError("token: NODE_ENV=production with the public development secret; set JWT_SECRET");
  }
  const token = await mintDevelopmentToken({ ...request, secret, issuer, audience });
  process.stdout.write(`${token}\n`);
  return 0;
}
