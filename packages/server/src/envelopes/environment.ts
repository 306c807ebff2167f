import { z } from "zod";
import type { ESignatureProvider } from "../adapters/e-signature/provider.js";
import { sandboxExternalESignatureProvider } from "../adapters/e-signature/sandbox-external.js";

/**
 * Where envelopes are signed (`E_SIGNATURE_PROVIDER`): `builtin`, Lendstack's own signing page (the
 * default), or `sandbox`, the offline stand-in for an external provider, which calls back at
 * `/callbacks/e-signature/sandbox` with callbacks signed by `E_SIGNATURE_CALLBACK_SECRET` (a
 * Standard Webhooks secret, `whsec_…`; required with `sandbox`). The sandbox keeps its envelopes in the
 * process's memory: for development and tests, one process.
 *
 * @example
 * const { provider } = loadConfig().eSignature;
 */
export interface ESignatureConfig {
  readonly provider: "builtin" | "sandbox";
  readonly callbackSecret: string | undefined;
}

/** The environment variables of {@link ESignatureConfig}, merged into the server's environment schema. */
export const eSignatureEnvironment = {
  E_SIGNATURE_PROVIDER: z.enum(["builtin", "sandbox"]).default("builtin"),
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
  return { provider: env.E_SIGNATURE_PROVIDER, callbackSecret: env.E_SIGNATURE_CALLBACK_SECRET };
}

/**
 * The configured external provider, or undefined for the built-in signing.
 *
 * @example createApp({ …, eSignatureProvider: eSignatureProviderOf(config.eSignature, clock) })
 */
export function eSignatureProviderOf(config: ESignatureConfig, clock: () => Date): ESignatureProvider | undefined {
  if (config.provider === "builtin" || config.callbackSecret === undefined) return undefined;
  return sandboxExternalESignatureProvider({ clock, callbackSecret: config.callbackSecret });
}
