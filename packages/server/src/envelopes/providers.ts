import type { ESignatureProvider } from "../adapters/e-signature/provider.js";
import type { ResourceDeps } from "../http/resource.js";

/** The name Lendstack's own provider goes by (an envelope's `provider`, a tenant's choice). */
export const BUILTIN_PROVIDER = "builtin";

/** How often, at most, reading an external envelope asks its provider for its status, when not configured. */
export const DEFAULT_STATUS_REFRESH_SECONDS = 60;

/**
 * The e-signature providers this server has: Lendstack's own (always), the external ones configured, and the
 * one a tenant without a choice of its own sends with (`E_SIGNATURE_PROVIDER`).
 */
export interface ESignatureProviders {
  readonly defaultName: string;
  /** The external providers by name. */
  readonly external: ReadonlyMap<string, ESignatureProvider>;
  /** A non-final external envelope read through the API asks its provider at most once per this many seconds. */
  readonly statusRefreshSeconds: number;
}

/**
 * The providers of `deps`: the server-wide default external one (`eSignatureProvider`; Lendstack's own when
 * unset) and the others tenants may choose (`eSignatureProviders`).
 *
 * @example const { defaultName } = eSignatureProvidersOf(deps);
 */
export function eSignatureProvidersOf(deps: ResourceDeps): ESignatureProviders {
  const external = new Map<string, ESignatureProvider>();
  for (const provider of [...(deps.eSignatureProviders ?? []), deps.eSignatureProvider]) {
    if (provider !== undefined && provider.name !== BUILTIN_PROVIDER) external.set(provider.name, provider);
  }
  return {
    defaultName: deps.eSignatureProvider?.name ?? BUILTIN_PROVIDER,
    external,
    statusRefreshSeconds: deps.eSignatureStatusRefreshSeconds ?? DEFAULT_STATUS_REFRESH_SECONDS,
  };
}

/** Whether a tenant may choose `name`: Lendstack's own, or an external provider configured here. */
export function isAvailable(providers: ESignatureProviders, name: string): boolean {
  return name === BUILTIN_PROVIDER || providers.external.has(name);
}

/** The provider a tenant sends with: its own choice, else the server's default. */
export function chosenProviderName(providers: ESignatureProviders, tenantChoice: string | null): string {
  return tenantChoice ?? providers.defaultName;
}
