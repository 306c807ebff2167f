export { type BuiltinProviderOptions, builtinESignatureProvider } from "./builtin.js";
export {
  type ESignatureProvider,
  ESignatureProviderError,
  type ESignatureProviderErrorCode,
  type ProviderActor,
  type ProviderCallback,
  type ProviderDocumentToSign,
  type ProviderEnvelope,
  type ProviderEnvelopeRequest,
  type ProviderEnvelopeStatus,
  type ProviderSignedDocument,
  type ProviderStatus,
} from "./provider.js";
export {
  type SandboxExternalOptions,
  type SandboxExternalProvider,
  sandboxExternalESignatureProvider,
} from "./sandbox-external.js";
