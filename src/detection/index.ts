export { detect } from "./detect";
export type { Detection, DetectionKind, DetectionLanguage, Qualifier } from "./types";
export { checkConsistency, subjectKey } from "./consistency";
export type { ConsistencyCheck, FigureForCheck } from "./consistency";
