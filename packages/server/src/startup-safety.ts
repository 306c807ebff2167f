import { ConfigError, type ServerConfig } from "./config.js";

/**
 * Whether `host` only accepts connections from this machine: `localhost`, `::1` or `127.0.0.0/8`.
 *
 * @example
 * isLoopbackHost("127.0.0.1"); // true
 * isLoopbackHost("0.0.0.0"); // false — every interface
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Why this configuration must not serve, or undefined when it may. The development secret is public
 * (it is in the source), so a token signed with it opens every tenant: it is refused in production and
 * on any address other hosts can reach.
 *
 * @example
 * startupRefusal(loadConfig({ HOST: "0.0.0.0" })); // "refusing to start: HOST=0.0.0.0 is reachable …"
 * startupRefusal(loadConfig({})); // undefined — loopback, development
 */
export function startupRefusal(config: ServerConfig): string | undefined {
  if (!config.jwt.isDevelopmentSecret) {
    return config.isProduction && config.pii.masterKey === undefined
      ? "refusing to start: NODE_ENV=production without LENDSTACK_MASTER_KEY (base64, 32 bytes), which protects tax ids and dates of birth"
      : undefined;
  }
  if (config.isProduction) {
    return "refusing to start: NODE_ENV=production with the public development secret; set JWT_SECRET (32+ characters) or JWKS_URL";
  }
  if (!isLoopbackHost(config.host)) {
    return `refusing to start: HOST=${config.host} is reachable from other machines and JWT_SECRET/JWKS_URL are unset (the development secret is public); set JWT_SECRET (32+ characters) or JWKS_URL, or listen on 127.0.0.1`;
  }
  return undefined;
}

/**
 * Throws {@link startupRefusal}'s reason as a `ConfigError` (the CLI prints it on one line and exits 2).
 *
 * @example
 * assertSafeToServe(config);
 */
export function assertSafeToServe(config: ServerConfig): void {
  const reason = startupRefusal(config);
  if (reason !== undefined) throw new ConfigError(reason);
}
