// What every report sheet needs besides the plan: its language, who it is for, when, and who signs it.
import type { CalendarDate } from "../skj/dates";
import { type Lang, type Message, renderMessage } from "../skj/messages";
import type { ReportSheetKind } from "../skj/registry/reportSheets";
import type { LiveCells } from "./liveSheet";

export interface ReportContext {
  /** The language the sheets are written in. */
  lang: Lang;
  /** The report's sheet names in that language (notes point readers to the issues sheet). */
  names: Record<ReportSheetKind, string>;
  agency: string;
  /** The report date (the agency's calendar day). */
  date: CalendarDate;
  /** Where it is signed ("Bandung"); empty leaves a dotted space to write it by hand. */
  place: string;
  signatory: Person;
  /** Who prepared the plan ("Disusun oleh"); absent when the options name nobody (docs/domain.md §14.1). */
  preparer?: Person;
  /** Where the formula data is, when the plan's cells follow the scores (docs/domain.md §22). */
  live?: LiveCells;
}

/** Someone on a signature line. */
export interface Person {
  title: string;
  name: string;
  nip: string;
}

/** A coded sheet text in the report's language. */
export function say(ctx: Pick<ReportContext, "lang">, message: Message): string {
  return renderMessage(message, ctx.lang);
}
