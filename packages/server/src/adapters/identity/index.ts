export { SANDBOX_IDENTITY_OUTCOMES, sandboxIdentityVerifier } from "./sandbox.js";
export type { IdentityOutcome, IdentityToVerify, IdentityVerification, IdentityVerifier } from "./verifier.js";
