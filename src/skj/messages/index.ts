// Coded messages: typed parameters per code, one catalogue per language, one renderer.
export * from "./params";
export * from "./format";
export * from "./render";
export * from "./error";
export * from "./hints";
