// Helpers shared by the registries: every registry is an `as const` list of entries with an `id`.

/** A text in the product's two languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** The ids of a registry, as a tuple of literals (zod's enum needs a non-empty tuple). */
export function idsOf<const T extends readonly [{ id: string }, ...{ id: string }[]]>(
  entries: T
): { [K in keyof T]: T[K]["id"] } {
  return entries.map((e) => e.id) as { [K in keyof T]: T[K]["id"] };
}

/** Words as a reader lists choices: "a", "a atau b", "a, b atau c" (English: "or"). */
export function listOr(words: readonly string[], lang: "id" | "en" = "id"): string {
  const or = lang === "id" ? "atau" : "or";
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${or} ${words[words.length - 1]}`;
}

/** How a typed choice is compared with ids and aliases: case, spaces, hyphens and underscores ignored. */
export function choiceKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** The entry a user's word names (its id or one of its aliases), or null. */
export function resolveChoice<E extends { id: string; aliases: readonly string[] }>(
  entries: readonly E[],
  text: string
): E | null {
  const key = choiceKey(text);
  if (key === "") return null;
  return (
    entries.find((e) => choiceKey(e.id) === key || e.aliases.some((a) => choiceKey(a) === key)) ??
    null
  );
}

/** The id of the entry a user's word names, typed as the registry's ids, or null. */
export function parseChoice<E extends { id: string; aliases: readonly string[] }>(
  entries: readonly E[],
  text: string
): E["id"] | null {
  return resolveChoice(entries, text)?.id ?? null;
}

/** "a, b atau c": a registry's ids, quoted or not, as a choice list in a language. */
export function idList(
  entries: readonly { id: string }[],
  quote = "",
  lang: "id" | "en" = "id"
): string {
  return listOr(
    entries.map((e) => `${quote}${e.id}${quote}`),
    lang
  );
}

/** A record keyed by the registry's ids, one value per entry. */
export function recordOf<E extends { id: string }, V>(
  entries: readonly E[],
  value: (entry: E) => V
): Record<E["id"], V> {
  return Object.fromEntries(entries.map((e) => [e.id, value(e)])) as Record<E["id"], V>;
}

/** A registry's entries by id: the entry of an id, or undefined for an id the registry does not know. */
export function lookupOf<E extends { id: string }>(
  entries: readonly E[]
): (id: string) => E | undefined {
  const byId = new Map<string, E>(entries.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}
