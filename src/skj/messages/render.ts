// One renderer over the catalogues.
import { en } from "./en";
import { id } from "./id";
import type { Catalogue, Lang, Message } from "./params";

export const CATALOGUES: Record<Lang, Catalogue> = { id, en };

/** The text of a message in a language (Bahasa Indonesia by default). */
export function renderMessage(message: Message, lang: Lang = "id"): string {
  return (CATALOGUES[lang][message.code] as (p: unknown) => string)(message.params);
}
