// A scripted workbook host for the pane's tests: `read` returns a grid built in the test, and every call
// the pane makes is recorded.
import type { ReportModel } from "../../src/report/model";
import type { WorkbookGrid } from "../../src/skj/types";
import {
  HostError,
  ProgressCallback,
  SelectionRead,
  WorkbookHost,
  WriteOutcome,
} from "../../src/taskpane/host";
import { NINE, sheet, simpleTable, workbook } from "../helpers/grid";
import { msg } from "../../src/skj/messages";

/** A fresh copy of a grid, as a real read returns (jsdom has no structuredClone). */
function copyGrid(grid: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => [...r]),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

export interface FakeHost extends WorkbookHost {
  grid: WorkbookGrid;
  selection?: SelectionRead;
  reads: number;
  writes: ReportModel[];
  selected: { sheet: string; address: string }[];
  activated: string[];
  opened: string[];
  failRead?: string;
  failWrite?: string;
}

export function fakeHost(grid: WorkbookGrid, kind: "excel" | "file" = "excel"): FakeHost {
  const host: FakeHost = {
    kind,
    grid,
    reads: 0,
    writes: [],
    selected: [],
    activated: [],
    opened: [],
    async read(onProgress: ProgressCallback) {
      host.reads++;
      onProgress(0.5);
      if (host.failRead) throw new HostError(msg("unexpected", { detail: host.failRead }));
      return copyGrid(host.grid);
    },
    async write(model: ReportModel, onProgress: ProgressCallback): Promise<WriteOutcome> {
      onProgress(0.5);
      if (host.failWrite) throw new HostError(msg("unexpected", { detail: host.failWrite }));
      host.writes.push(model);
      const sheetNames = model.sheets.map((s) => s.name);
      return kind === "file"
        ? { sheetNames, fileName: "data-rencana.xlsx", downloadUrl: "blob:fake/1" }
        : { sheetNames };
    },
  };
  if (kind === "excel") {
    host.readSelection = async () => {
      if (!host.selection)
        throw new HostError(msg("unexpected", { detail: "Tidak ada range yang dipilih." }));
      return { ...host.selection, ...copyGrid(host.selection) };
    };
    host.selectCell = async (sheetName: string, address: string) => {
      host.selected.push({ sheet: sheetName, address });
    };
    host.activateSheet = async (name: string) => {
      host.activated.push(name);
    };
  } else {
    host.open = async (file: File) => {
      host.opened.push(file.name);
      return { name: file.name };
    };
  }
  return host;
}

const ADMIN = "Eselon III.a";

/** Three administrators (standard 3): Ani meets every standard, Budi is short on Komunikasi, Citra has a bad cell. */
export function threeEmployees(): WorkbookGrid {
  return workbook(
    simpleTable([
      {
        nip: "198001012005011001",
        name: "Ani",
        position: "Kepala Bagian Umum",
        grade: ADMIN,
        unit: "Sekretariat",
        scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
      },
      {
        nip: "198102022006021002",
        name: "Budi",
        position: "Kepala Bidang Mutasi",
        grade: ADMIN,
        unit: "Bidang Mutasi",
        scores: [3, 3, 2, 3, 3, 3, 3, 3, 3],
      },
      {
        nip: "198203032007031003",
        name: "Citra",
        position: "Kepala Bidang Diklat",
        grade: ADMIN,
        unit: "Bidang Diklat",
        scores: [3, 3, "tiga", 3, 3, 3, 3, 3, 3],
      },
    ])
  );
}

/**
 * The Komunikasi scores sit in a column the detector cannot name ("Nilai K3", column O), while a column
 * headed "Komunikasi" (H) holds last year's scores: everyone meets the standard there.
 */
export function misleadingKomunikasi(): WorkbookGrid {
  const header = ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE, "Nilai K3"];
  const row = (nip: string, name: string, k3: number) => [
    nip,
    name,
    "Kepala Bidang",
    ADMIN,
    "Sekretariat",
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    k3,
  ];
  return workbook(
    sheet("Hasil", [
      header,
      row("198001012005011001", "Ani", 3),
      row("198102022006021002", "Budi", 2),
      row("198203032007031003", "Citra", 1),
    ])
  );
}

export function noTable(): WorkbookGrid {
  return workbook(sheet("Sheet1", [["Daftar hadir rapat"], ["Nama", "Tanda tangan"], ["Ani", ""]]));
}
