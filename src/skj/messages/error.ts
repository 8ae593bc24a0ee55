// An error that carries a coded message, so that whoever shows it renders it in the user's language.
import type { Lang, Message } from "./params";
import { renderMessage } from "./render";

export class MessageError extends Error {
  constructor(
    readonly coded: Message,
    options?: { cause?: unknown }
  ) {
    // The Indonesian text stays as Error.message for logs and for code that only knows Error.
    super(renderMessage(coded, "id"), options);
    this.name = "MessageError";
  }
}

/** Any thrown value as a coded message: its own, or its text as an unexpected error. */
export function messageOf(error: unknown): Message {
  if (error instanceof MessageError) return error.coded;
  const detail = error instanceof Error && error.message ? error.message : String(error);
  return { code: "unexpected", params: { detail } };
}

/** Any thrown value as text in a language. */
export function errorText(error: unknown, lang: Lang): string {
  return renderMessage(messageOf(error), lang);
}
