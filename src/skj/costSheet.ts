// The workbook's own unit costs: a sheet named "Biaya" with a method column (LAN code or name), a cost column
// and optionally a cost unit and a funding source. They replace the default assumptions; options still win.
// Bad rows are issues naming the row and column (docs/domain.md §15).
import { cellText, isBlank, parseNumber } from "./cells";
import { type Message, msg } from "./messages/params";
import { CostBasis, CostEntry, DEFAULT_COSTS } from "./registry/costs";
import { DEV_METHODS, DevMethodCode } from "./registry/devMethods";
import { cellAddress, normalizeText } from "./text";
import { CellValue, Issue, SheetGrid, WorkbookGrid } from "./types";

export interface CostSheetReading {
  /** The sheet read, when there was one. */
  sheet?: string;
  costs: Partial<Record<DevMethodCode, CostEntry>>;
  issues: Issue[];
}

/** Header rows searched for the columns. */
const HEADER_ROWS = 15;

const isCostSheet = (name: string) => /^biaya\b/.test(normalizeText(name));

/** The unit a text names ("per peserta per JP", "per program"), or null. */
export function readCostBasis(text: string): CostBasis | null {
  const t = normalizeText(text);
  if (t === "") return null;
  if (/\bjp\b|jam pelajaran|per jam|\bhour/.test(t)) return "participant-jp";
  if (/program|kegiatan|paket|angkatan|kelas|event|batch/.test(t)) return "programme";
  if (/peserta|orang|pegawai|participant|person|head/.test(t)) return "participant";
  return null;
}

/** The method a cell names: a LAN code ("KL02", "NKL 3", "KL02 – Pelatihan manajerial") or a method name. */
export function readMethod(value: CellValue | undefined): DevMethodCode | null {
  const t = normalizeText(value);
  const code = /^(n?kl)\s*0?(\d{1,2})\b/.exec(t);
  if (code) {
    const id = `${code[1].toUpperCase()}${code[2].padStart(2, "0")}`;
    return DEV_METHODS.find((m) => m.id === id)?.id ?? null;
  }
  if (t.length < 4) return null;
  const named = DEV_METHODS.filter((m) =>
    [m.name.id, m.name.en].some((n) => {
      const name = normalizeText(n);
      return name === t || name.startsWith(`${t} `) || t.startsWith(`${name} `) || name.includes(t);
    })
  );
  return named.length === 1 ? named[0].id : null;
}

/** Rupiah as written: 125000, "125.000", "Rp 125.000,00", "Rp125000". */
export function readRupiah(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.replace(/^\s*(rp|idr)\.?\s*/i, "").replace(/,-$/, "");
  const n = parseNumber(text);
  return n !== null && n >= 0 ? n : null;
}

interface Columns {
  header: number;
  method: number;
  cost: number;
  basis?: number;
  funding?: number;
  /** The unit the cost column's header names ("Biaya per JP"). */
  headerBasis: CostBasis | null;
}

function findColumns(sheet: SheetGrid): Columns | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROWS); r++) {
    const cells = (sheet.rows[r] ?? []).map((v) => normalizeText(v));
    const find = (test: (t: string) => boolean) => {
      const i = cells.findIndex((t) => t !== "" && test(t));
      return i < 0 ? undefined : i;
    };
    const codeCol = find((t) => /^kode\b/.test(t));
    const nameCol = find((t) => /^(metode|jenis|bentuk|nama metode|method)\b/.test(t));
    const method = codeCol ?? nameCol;
    const cost = find((t) => /\b(biaya|tarif|harga|cost|rupiah|rp)\b/.test(t) && !/sumber/.test(t));
    if (method === undefined || cost === undefined) continue;
    return {
      header: r,
      method,
      cost,
      basis: find(
        (t) => /^(satuan|per|dasar|unit|basis)\b/.test(t) && !/biaya|tarif|harga/.test(t)
      ),
      funding: find((t) => /sumber|dana|funding|pendanaan/.test(t)),
      headerBasis: readCostBasis(
        cells[cost].replace(/\b(biaya|tarif|harga|cost|rupiah|rp)\b/g, "")
      ),
    };
  }
  return null;
}

/** Read the workbook's Biaya sheet, if it has one (the first sheet whose name starts with "Biaya"). */
export function readCostSheet(workbook: WorkbookGrid): CostSheetReading {
  const sheet = workbook.sheets.find((s) => isCostSheet(s.name));
  if (!sheet) return { costs: {}, issues: [] };
  const issues: Issue[] = [];
  const columns = findColumns(sheet);
  if (!columns)
    return {
      sheet: sheet.name,
      costs: {},
      issues: [
        {
          sheet: sheet.name,
          row: 0,
          column: "",
          severity: "warning",
          ...msg("cost-sheet-no-columns", { sheet: sheet.name }),
        },
      ],
    };
  const header = sheet.rows[columns.header] ?? [];
  const costs: Partial<Record<DevMethodCode, CostEntry>> = {};
  const firstRow = new Map<DevMethodCode, number>();
  const warn = (r: number, col: number, m: Message) =>
    issues.push({
      sheet: sheet.name,
      row: r + 1,
      column: cellText(header[col]),
      col,
      address: cellAddress(r, col),
      severity: "warning",
      ...m,
    });
  for (let r = columns.header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const methodCell = row[columns.method];
    const costCell = row[columns.cost];
    if (isBlank(methodCell) && isBlank(costCell)) continue;
    const method = readMethod(methodCell);
    if (!method) {
      warn(r, columns.method, msg("cost-sheet-method-unknown", { value: cellText(methodCell) }));
      continue;
    }
    const amount = readRupiah(costCell);
    if (amount === null) {
      warn(r, columns.cost, msg("cost-sheet-amount-invalid", { value: cellText(costCell) }));
      continue;
    }
    let basis: CostBasis | null = columns.headerBasis;
    if (columns.basis !== undefined && !isBlank(row[columns.basis])) {
      basis = readCostBasis(cellText(row[columns.basis]));
      if (basis === null) {
        warn(
          r,
          columns.basis,
          msg("cost-sheet-basis-unknown", { value: cellText(row[columns.basis]) })
        );
        continue;
      }
    }
    const seen = firstRow.get(method);
    if (seen !== undefined) {
      warn(r, columns.method, msg("cost-sheet-duplicate", { method, firstRow: seen }));
      continue;
    }
    firstRow.set(method, r + 1);
    const funding = columns.funding !== undefined ? cellText(row[columns.funding]).trim() : "";
    costs[method] = {
      // Without a unit, the default's unit; a free method given an amount is per participant.
      basis:
        basis ??
        (DEFAULT_COSTS[method].basis !== "none"
          ? DEFAULT_COSTS[method].basis
          : amount > 0
            ? "participant"
            : "none"),
      amount,
      source: "sheet",
      ...(funding !== "" ? { funding } : {}),
    };
  }
  const methods = Object.keys(costs).sort();
  if (methods.length > 0)
    issues.push({
      sheet: sheet.name,
      row: 0,
      column: "",
      severity: "info",
      ...msg("cost-sheet-read", { sheet: sheet.name, methods }),
    });
  return { sheet: sheet.name, costs, issues };
}
