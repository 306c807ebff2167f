import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { verifiedTokenCache } from "./verified-tokens.js";

/**
 * How bearer tokens are verified. `secret`: HS256 with a shared secret (development). `jwks`: RS256/ES256
 * with keys from a JWKS (production), either fetched from a URL or supplied as a key resolver (tests).
 *
 * @example
 * const auth: AuthSettings = { issuer: "lendstack", audience: "lendstack-api", keys: { kind: "secret", secret: "…32+ chars…" } };
 */
export interface AuthSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly keys:
    | { readonly kind: "secret"; readonly secret: string }
    | { readonly kind: "jwks"; readonly url: string }
    | { readonly kind: "jwks"; readonly resolve: JWTVerifyGetKey };
}

/**
 * Who is calling: from the verified token only, never from the request.
 *
 * @example
 * const { tenantId, scopes } = c.get("principal");
 */
export interface Principal {
  /** `sub`; recorded as the actor of audit records. */
  readonly subject: string;
  readonly tenantId: string;
  readonly scopes: ReadonlySet<string>;
}

/**
 * Why a token was refused; becomes the `code` of the 401 problem.
 *
 * @example
 * const failure: AuthFailure = "token_expired";
 */
export type AuthFailure =
  | "missing_token"
  | "invalid_token"
  | "token_expired"
  | "invalid_token_claims"
  | "missing_tenant";

/** Algorithms accepted with a shared secret; `none` is never accepted. @example SECRET_ALGORITHMS.includes("HS256") */
export const SECRET_ALGORITHMS = ["HS256"] as const;
/** How far ahead of the server's clock a token's `iat` may be (clock skew), in seconds. @example MAX_IAT_SKEW_SECONDS // 60 */
export const MAX_IAT_SKEW_SECONDS = 60;

/** Algorithms accepted from a JWKS. @example JWKS_ALGORITHMS.includes("ES256") */
export const JWKS_ALGORITHMS = ["RS256", "ES256"] as const;

/**
 * A verifier bound to one set of settings (the JWKS is fetched and cached once).
 *
 * @example
 * const outcome = await verify(token);
 */
export type TokenVerifier = (
  token: string,
) => Promise<{ ok: true; principal: Principal } | { ok: false; failure: AuthFailure; message: string }>;

/**
 * Builds the token verifier: signature with the allowed algorithms, then `iss`, `aud`, `exp` (and `nbf`),
 * an `iat` no more than `MAX_IAT_SKEW_SECONDS` ahead of the clock (a token minted in the future is refused), then the tenant (`tenant_id` or `tid`) and scopes (`scope`, space-separated).
 * A token verified once is remembered (auth/verified-tokens.ts): while its `exp` holds, and for five
 * minutes at most, the same token skips the signature check.
 *
 * @example
 * const verify = createTokenVerifier(auth, () => new Date());
 * const outcome = await verify(token);
 * if (outcome.ok) console.log(outcome.principal.tenantId);
 */
export function createTokenVerifier(settings: AuthSettings, clock: () => Date): TokenVerifier {
  const keys = settings.keys;
  const secretKey = keys.kind === "secret" ? new TextEncoder().encode(keys.secret) : undefined;
  const keySet: JWTVerifyGetKey | undefined =
    keys.kind === "jwks" ? ("url" in keys ? createRemoteJWKSet(new URL(keys.url)) : keys.resolve) : undefined;
  const options = {
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms: [...(keys.kind === "secret" ? SECRET_ALGORITHMS : JWKS_ALGORITHMS)],
    requiredClaims: ["exp", "sub"],
  };
  const verified = verifiedTokenCache();
  return async (token) => {
    const verifyOptions = { ...options, currentDate: clock() };
    const nowSeconds = Math.floor(verifyOptions.currentDate.getTime() / 1000);
    let payload = verified.get(token, nowSeconds);
    if (payload === undefined) {
      try {
        const result =
          secretKey !== undefined
            ? await jwtVerify(token, secretKey, verifyOptions)
            : await jwtVerify(token, keySet!, verifyOptions);
        payload = result.payload;
      } catch (error) {
        return { ok: false, ...classify(error) };
      }
      verified.set(token, payload, nowSeconds);
    }
    if (typeof payload.iat === "number" && payload.iat > nowSeconds + MAX_IAT_SKEW_SECONDS) {
      return {
        ok: false,
        failure: "invalid_token_claims",
        message: 'The bearer token\'s "iat" claim is in the future.',
      };
    }
    return principalFrom(payload);
  };
}

function classify(error: unknown): { failure: AuthFailure; message: string } {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ERR_JWT_EXPIRED") return { failure: "token_expired", message: "The bearer token has expired." };
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
    const claim = (error as { claim?: string }).claim ?? "a claim";
    return { failure: "invalid_token_claims", message: `The bearer token's "${claim}" claim is not accepted.` };
  }
  return { failure: "invalid_token", message: "The bearer token could not be verified." };
}

function principalFrom(
  payload: JWTPayload,
): { ok: true; principal: Principal } | { ok: false; failure: AuthFailure; message: string } {
  const tenant = payload.tenant_id ?? payload.tid;
  if (typeof tenant !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(tenant)) {
    return { ok: false, failure: "missing_tenant", message: "The bearer token has no valid tenant_id (or tid) claim." };
  }
  const scope = typeof payload.scope === "string" ? payload.scope : "";
  return {
    ok: true,
    principal: {
      subject: payload.sub ?? "unknown",
      tenantId: tenant,
      scopes: new Set(scope.split(" ").filter((part) => part !== "")),
    },
  };
}
