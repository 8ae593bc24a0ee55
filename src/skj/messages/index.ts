// Coded messages: typed parameters per code, one catalogue per language, one renderer.
import { en } from "./en";
import { id } from "./id";
import type { Catalogue, Lang, Message } from "./params";

export * from "./params";
export * from "./format";

export const CATALOGUES: Record<Lang, Catalogue> = { id, en };

/** The text of a message in a language (Bahasa Indonesia by default). */
export function renderMessage(message: Message, lang: Lang = "id"): string {
  return (CATALOGUES[lang][message.code] as (p: unknown) => string)(message.params);
}
