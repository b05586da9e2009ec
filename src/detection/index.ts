export { detect } from "./detect";
export type { Detection, DetectionKind, DetectionLanguage, Qualifier } from "./types";
