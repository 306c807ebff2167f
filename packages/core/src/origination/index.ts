/**
 * @module origination
 * The loan origination (LOS) half of Lendstack, pure:
 *
 * - `lifecycle` — the application state machine: `transition(state, command)` by an explicit
 *   `transitionTable`; an illegal command is an `IllegalTransitionError` (`illegal_transition`,
 *   with `currentState` and `allowedCommands`: the server's 409).
 * - `application` / `completeness` — the application form and `checkCompleteness` /
 *   `requireComplete`: every missing item (path + code) before submit (the server's 422), with
 *   VIN validation (`validateVin`, check digit in position 9).
 * - `four-eyes` — `checkApproval`: may this `sub` approve this referral (the server's 403)?
 *
 * Time comes in as data (`Instant` strings, `LocalDate`s); nothing here reads a clock.
 */
export type {
  ApplicantEntry,
  ApplicantRole,
  ApplicationForm,
  Collateral,
  CollateralType,
  Consent,
  ConsentType,
  DeclaredAsset,
  DeclaredDebt,
  PostalAddress,
  RealEstateCollateral,
  VehicleCollateral,
} from "./application.js";
export { applicantRoles, collateralTypes, consentTypes, realEstateOccupancies } from "./application.js";
export type { CompletenessOptions, IncompleteApplicationError } from "./completeness.js";
export { checkCompleteness, isIpAddress, requireComplete } from "./completeness.js";
export type { ApprovalRequest, ApprovalVerdict, FourEyesError, PriorApproval } from "./four-eyes.js";
export { checkApproval, fourEyesRefusalCodes } from "./four-eyes.js";
export type { Instant } from "./instant.js";
export { formatInstant, msPerDay, parseInstant, utcDateOf } from "./instant.js";
export type {
  ApplicationCommand,
  ApplicationCommandType,
  ApplicationState,
  DecisionOutcome,
  IllegalTransitionError,
} from "./lifecycle.js";
export {
  allowedCommands,
  applicationCommandTypes,
  applicationStates,
  decidedStates,
  isApplicationState,
  isDecided,
  isTerminal,
  terminalStates,
  transition,
  transitionTable,
} from "./lifecycle.js";
export type { MissingItem } from "./missing-item.js";
export { validateVin, vinCheckDigit } from "./vin.js";
