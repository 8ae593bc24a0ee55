// The entry template's sheets (docs/domain.md §21): the data sheet with its validations, the SKJ sheet's
// skeleton and the instructions. Validation formulas are plain spreadsheet formulas, so that the checks work
// in Excel and LibreOffice alike, with or without the add-in.
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { TemplateField } from "../skj/messages/areas/template.params";
import { templateSheetName } from "../skj/registry/templateSheets";
import {
  NIP_DIGITS,
  TEMPLATE_COLUMNS,
  TEMPLATE_EMPLOYMENT,
  TEMPLATE_GRADES,
  TEMPLATE_ROWS,
  TEMPLATE_SCORE,
  TEMPLATE_SKJ_HEADERS,
  TEMPLATE_SKJ_ROWS,
  TEMPLATE_TABLE_ROWS,
} from "../skj/template";
import { columnLetter } from "../skj/text";
import type { DataValidation, ReportModel, SheetModel, ValidationRule } from "./model";
import { fullWidthRow } from "./sheetParts";
import { rect, SheetBuilder } from "./sheetBuilder";
import { FORMATS, HEADER, NOTE, printSetup, TITLE } from "./styles";

/** The custom rules, written for the range's first cell (`cell`, e.g. "A2") as Excel reads them. */
const RULES = {
  // Every one of the 18 characters a digit: a minus, point, comma, space or exponent is refused.
  nip: (cell: string): ValidationRule => ({
    kind: "custom",
    formula: `=AND(LEN(${cell})=${NIP_DIGITS},SUMPRODUCT(--ISNUMBER(--MID(${cell},ROW($1:$${NIP_DIGITS}),1)))=${NIP_DIGITS})`,
  }),
  score: (cell: string): ValidationRule => ({
    kind: "custom",
    // Text is refused before it is compared: AND would evaluate "tiga" >= 1 to an error.
    formula:
      `=IF(ISNUMBER(${cell}),AND(${cell}>=${TEMPLATE_SCORE.min},${cell}<=${TEMPLATE_SCORE.max},` +
      `MOD(${cell}/${TEMPLATE_SCORE.step},1)=0),FALSE)`,
  }),
  level: (cell: string): ValidationRule => ({
    kind: "custom",
    formula: `=IF(ISNUMBER(${cell}),AND(${cell}>=${TEMPLATE_SCORE.min},${cell}<=${TEMPLATE_SCORE.max},INT(${cell})=${cell}),FALSE)`,
  }),
};

function validation(
  say: (m: Message) => string,
  field: TemplateField,
  col: number,
  lastRow: number,
  rule?: ValidationRule
): DataValidation {
  const limits = { min: TEMPLATE_SCORE.min, max: TEMPLATE_SCORE.max, digits: NIP_DIGITS };
  return {
    rect: rect(1, col, lastRow, col),
    ...(rule ? { rule } : {}),
    allowBlank: true,
    prompt: {
      title: say(msg("template-prompt-title", { field })),
      message: say(msg("template-prompt", { field, grades: [...TEMPLATE_GRADES], ...limits })),
    },
    ...(rule
      ? {
          error: {
            title: say(msg("template-error-title", { field })),
            message: say(msg("template-error", { field, ...limits })),
          },
        }
      : {}),
  };
}

function entrySheet(say: (m: Message) => string, lang: Lang): SheetModel {
  const width = TEMPLATE_COLUMNS.length;
  const b = new SheetBuilder(width);
  const header = b.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  b.style(rect(header, 0, header, width - 1), HEADER);
  b.height(header, 30);
  // Empty rows down to the last validated one, so that the NIP column can carry its Text format.
  for (let r = 0; r < TEMPLATE_ROWS; r++) b.addRow();
  TEMPLATE_COLUMNS.forEach((c, col) => {
    const cell = `${columnLetter(col)}2`;
    if (c.kind === "nip") {
      b.style(rect(1, col, TEMPLATE_ROWS, col), { numberFormat: FORMATS.text });
    }
    const rule: ValidationRule | undefined =
      c.kind === "nip"
        ? RULES.nip(cell)
        : c.kind === "grade"
          ? { kind: "list", items: TEMPLATE_GRADES }
          : c.kind === "employment"
            ? { kind: "list", items: TEMPLATE_EMPLOYMENT }
            : c.kind === "score"
              ? RULES.score(cell)
              : undefined;
    // The nine scores share one rule and one message: one validation over the nine columns.
    if (c.kind === "score" && TEMPLATE_COLUMNS[col - 1]?.kind === "score") return;
    const v = validation(say, c.kind, col, TEMPLATE_ROWS, rule);
    if (c.kind === "score") v.rect = rect(1, col, TEMPLATE_ROWS, width - 1);
    b.dataValidations.push(v);
  });
  b.tables.push({
    name: "TabelAsesmen",
    rect: rect(header, 0, header + TEMPLATE_TABLE_ROWS, width - 1),
    style: "TableStyleLight9",
  });
  return b.build({
    name: templateSheetName("template-entry", lang),
    kind: "template-entry",
    columnWidths: TEMPLATE_COLUMNS.map((c) => c.width),
    print: printSetup({ repeatRows: { first: header, last: header } }),
    freeze: { rows: 1, cols: 2 },
  });
}

function skjSheet(say: (m: Message) => string, lang: Lang): SheetModel {
  const width = TEMPLATE_SKJ_HEADERS.length;
  const b = new SheetBuilder(width);
  const header = b.addRow([...TEMPLATE_SKJ_HEADERS]);
  b.style(rect(header, 0, header, width - 1), HEADER);
  b.height(header, 30);
  for (let r = 0; r < TEMPLATE_SKJ_ROWS; r++) b.addRow();
  b.dataValidations.push(validation(say, "skj-position", 0, TEMPLATE_SKJ_ROWS));
  const levels = validation(say, "skj-level", 1, TEMPLATE_SKJ_ROWS, RULES.level("B2"));
  levels.rect = rect(1, 1, TEMPLATE_SKJ_ROWS, width - 1);
  b.dataValidations.push(levels);
  return b.build({
    name: templateSheetName("template-skj", lang),
    kind: "template-skj",
    columnWidths: [34, ...TEMPLATE_SKJ_HEADERS.slice(1).map(() => 12)],
    print: printSetup({ repeatRows: { first: header, last: header } }),
    freeze: { rows: 1, cols: 1 },
  });
}

const GUIDE_WIDTHS = [100];

function guideSheet(say: (m: Message) => string, lang: Lang): SheetModel {
  const b = new SheetBuilder(1);
  const title = b.addRow([say(msg("template-guide-title", {}))]);
  b.style(rect(title, 0, title, 0), TITLE);
  b.height(title, 24);
  b.addRow();
  const names = {
    entrySheet: templateSheetName("template-entry", lang),
    skjSheet: templateSheetName("template-skj", lang),
    rows: TEMPLATE_ROWS,
  };
  for (const step of [1, 2, 3, 4, 5] as const) {
    fullWidthRow(
      b,
      GUIDE_WIDTHS,
      `${step}. ${say(msg("template-guide-step", { step, ...names }))}`,
      NOTE
    );
  }
  b.addRow();
  fullWidthRow(b, GUIDE_WIDTHS, say(msg("template-guide-basis", {})), NOTE);
  return b.build({
    name: templateSheetName("template-guide", lang),
    kind: "template-guide",
    columnWidths: GUIDE_WIDTHS,
    print: printSetup({ orientation: "portrait" }),
  });
}

/** The template's sheets: the data sheet first (it is activated), then the SKJ skeleton and the instructions. */
export function buildTemplate(
  lang: Lang = "id",
  options: { skjSheet?: boolean } = {}
): ReportModel {
  const say = (m: Message) => renderMessage(m, lang);
  return {
    sheets: [
      entrySheet(say, lang),
      ...(options.skjSheet === false ? [] : [skjSheet(say, lang)]),
      guideSheet(say, lang),
    ],
  };
}
