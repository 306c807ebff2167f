/**
 * @module compliance/screening
 * Sanctions screening: OFAC's SDN files read into entries, names normalized (case, accents,
 * punctuation, word order, transliterations), scored by Jaro-Winkler on tokens with aliases, and an
 * index that screens one name against the full list without scoring every name.
 */
export { jaro, jaroWinkler } from "./jaro-winkler.js";
export type { ScreeningHit, ScreeningOptions } from "./matcher.js";
export { screenName, screenNameExhaustively } from "./matcher.js";
export {
  scoreSimilarityMatrix,
  scoreTokenLists,
  TOKEN_SIMILARITY_FLOOR,
  tokenSimilarity,
  UNPAIRED_TOKEN_WEIGHT,
} from "./name-score.js";
export { normalizeName } from "./normalize.js";
export type { OfacFileIssue, OfacSdnFiles } from "./ofac-csv.js";
export { parseCsvRows, parseOfacSdnFiles } from "./ofac-csv.js";
export { sampleSdnFiles } from "./sample-sdn.js";
export type { SanctionsIndex } from "./sanctions-index.js";
export { buildSanctionsIndex } from "./sanctions-index.js";
export type { SanctionsAddress, SanctionsAlias, SanctionsEntry, SanctionsEntryType } from "./sanctions-list.js";
