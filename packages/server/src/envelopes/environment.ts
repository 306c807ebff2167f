import { z } from "zod";
import type { ESignatureProvider } from "../adapters/e-signature/provider.js";
import { sandboxExternalESignatureProvider } from "../adapters/e-signature/sandbox-external.js";

/**
 * Where envelopes are signed by default (`E_SIGNATURE_PROVIDER`; a tenant may choose another in its settings):
 * `builtin`, Lendstack's own signing page (the default), or `sandbox`, the offline stand-in for an external
 * provider (a tenant may choose it whenever its callback secret is set), which calls back at
 * `/callbacks/e-signature/sandbox` with callbacks signed by `E_SIGNATURE_CALLBACK_SECRET` (a
 * Standard Webhooks secret, `whsec_…`; required with `sandbox`). The sandbox keeps its envelopes in the
 * process's memory: for development and tests, one process.
 *
 * @example
 * const { provider } = loadConfig().eSignature;
 */
export interface ESignatureConfig {
  readonly provider: (typeof E_SIGNATURE_PROVIDER_NAMES)[number];
  readonly callbackSecret: string | undefined;
  /** `E_SIGNATURE_STATUS_REFRESH_SECONDS`: reading an open external envelope asks its provider at most this often. */
  readonly statusRefreshSeconds: number;
}

/** The e-signature providers Lendstack has: its own signing page, and the offline external sandbox. */
export const E_SIGNATURE_PROVIDER_NAMES = ["builtin", "sandbox"] as const;

/** The environment variables of {@link ESignatureConfig}, merged into the server's environment schema. */
export const eSignatureEnvironment = {
  E_SIGNATURE_PROVIDER: z.enum(E_SIGNATURE_PROVIDER_NAMES).default("builtin"),
  E_SIGNATURE_STATUS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  E_SIGNATURE_CALLBACK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/=]{24,}$/, "must be a Standard Webhooks secret, whsec_ and base64")
    .optional(),
};

type ESignatureEnvironment = z.infer<z.ZodObject<typeof eSignatureEnvironment>>;

/** The settings, or the reason they do not hold together. @example eSignatureConfigOf(env) */
export function eSignatureConfigOf(env: ESignatureEnvironment): ESignatureConfig | string {
  if (env.E_SIGNATURE_PROVIDER === "sandbox" && env.E_SIGNATURE_CALLBACK_SECRET === undefined) {
    return "E_SIGNATURE_CALLBACK_SECRET: required when E_SIGNATURE_PROVIDER=sandbox";
  }
  return {
    provider: env.E_SIGNATURE_PROVIDER,
    callbackSecret: env.E_SIGNATURE_CALLBACK_SECRET,
    statusRefreshSeconds: env.E_SIGNATURE_STATUS_REFRESH_SECONDS,
  };
}

/**
 * The providers a configuration gives the app: the server-wide default external one (`eSignatureProvider`;
 * unset: Lendstack's own), those a tenant may choose (`eSignatureProviders`: the sandbox whenever its callback
 * secret is set), and how often a read may ask a provider for an envelope's status.
 *
 * @example createApp({ …, ...eSignatureProvidersFromConfig(config.eSignature, clock) })
 */
export function eSignatureProvidersFromConfig(config: ESignatureConfig, clock: () => Date) {
  const sandbox =
    config.callbackSecret === undefined
      ? undefined
      : sandboxExternalESignatureProvider({ clock, callbackSecret: config.callbackSecret });
  const providers: ReadonlyArray<ESignatureProvider> = sandbox === undefined ? [] : [sandbox];
  return {
    eSignatureProvider: config.provider === "sandbox" ? sandbox : undefined,
    eSignatureProviders: providers,
    eSignatureStatusRefreshSeconds: config.statusRefreshSeconds,
  };
}
