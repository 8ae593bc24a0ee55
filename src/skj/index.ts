// The pure SKJ domain: catalogue, grades, standards, gap, JPM, categories, priorities, plans, detection.
export * from "./types";
export * from "./catalogue";
export * from "./grades";
export * from "./cells";
export * from "./scoring";
export * from "./methods";
export * from "./recommendations";
export * from "./standards";
export * from "./plan";
export * from "./detect";
export * from "./skjSheet";
export * from "./extract";
export * from "./run";
export * from "./schemas";
export * from "./registry/entries";
export * from "./registry/jpmMethods";
export * from "./registry/schemes";
export * from "./registry/devMethods";
export * from "./registry/reportSheets";
export { SheetView } from "./sheetView";
export {
  cellAddress,
  columnLetter,
  formatPercentId,
  formatNumberId,
  normalizeText,
  cleanText,
} from "./text";
export * from "./mapping";
export * from "./messages";
export * from "./issues";
