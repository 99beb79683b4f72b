/** The image scan (`layerlint image`, docs/spec.md §9): plain data in, findings out. */
export { checkImage, type ImageCheckOptions, type ImageCheckResult, type ImageDockerfile } from "./check.js";
export { readImageConfig, type HistoryEntry, type ImageConfigView, type ImageInput } from "./image.js";
export {
  ESCAPES_ROOT,
  layerPath,
  LayerScanner,
  type LayerEntry,
  type LayerEntryType,
  type LayerScanOptions,
  type LayerSecret,
  type LayerSummary,
  type SkippedEntries,
  type Whiteout,
} from "./layers.js";
export { parseCreatedBy, type RecordedInstruction, type RecordedPair } from "./history.js";
export { IMAGE_DOCS_URL, imageRules, isImageRuleId, type ImageRule } from "./rules.js";
export { MAX_SCANNED_TEXT } from "./values.js";
