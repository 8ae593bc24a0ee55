// The signature block an agency already wrote under its results table ("Sukamaju, 10 November 2026 /
// Kepala Badan … / name / NIP. …"): the plan is signed by the same official unless the options name
// another (docs/domain.md §14). Pure: works on one sheet's grid.
import { isBlank } from "./cells";
import { SheetView } from "./sheetView";
import { cellAddress, cleanText } from "./text";
import type { SheetGrid } from "./types";

export interface FoundSigner {
  title: string;
  name: string;
  nip: string;
  /** The place of the "Place, date" line above the title, when there is one. */
  place?: string;
  /** Where the NIP line is ("F58"). */
  address: string;
}

const NIP_LINE = /^nip\.?\s*[:.]?\s*([\d\s.]+)$/i;
const PLACE_DATE = /^([A-Za-z][A-Za-z .'-]{1,40}),\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u;
const ACKNOWLEDGE = /^(mengetahui|menyetujui|disahkan oleh|ditetapkan oleh)\b/i;

/** The bottom-most signature block of a sheet: a "NIP. 18 digits" line with a name above it. */
export function findSigner(grid: SheetGrid): FoundSigner | undefined {
  const view = new SheetView(grid);
  const text = (r: number, c: number) => {
    const v = view.value(r, c);
    return isBlank(v) ? "" : cleanText(String(v)).trim();
  };
  for (let r = view.lastRow; r >= view.firstRow; r--) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const m = NIP_LINE.exec(text(r, c));
      const nip = m?.[1].replace(/[\s.]/g, "") ?? "";
      if (!/^\d{18}$/.test(nip)) continue;
      // The name: the nearest text above in the same column.
      let n = r - 1;
      while (n >= view.firstRow && r - n <= 5 && !text(n, c)) n--;
      const name = n >= view.firstRow ? text(n, c) : "";
      if (!name || NIP_LINE.test(name)) continue;
      // The title: the lines above the space left for signing, up to "Mengetahui," or the place and date.
      let t = n - 1;
      while (t >= view.firstRow && n - t <= 6 && !text(t, c)) t--;
      const lines: string[] = [];
      let place: string | undefined;
      for (; t >= view.firstRow && text(t, c) && lines.length < 4; t--) {
        const line = text(t, c);
        const date = PLACE_DATE.exec(line);
        if (date) {
          place = date[1].trim();
          break;
        }
        if (ACKNOWLEDGE.test(line)) break;
        lines.unshift(line);
      }
      return {
        title: lines.join(" ").replace(/,\s*$/, ""),
        name,
        nip,
        ...(place ? { place } : {}),
        address: cellAddress(r, c),
      };
    }
  }
  return undefined;
}
