// `skj plan`: read an assessment workbook, plan, and write the report sheets into a copy of it (or print JSON).
// The input is only ever read; the output is written to a temporary file and renamed, so a failed run leaves
// no half-written workbook behind.
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { buildReport } from "../report/buildReport";
import { renderMessage } from "../skj/messages";
import { RunOptions, runSkj } from "../skj/run";
import { reportOptionsSchema, runOptionsSchema, validate } from "../skj/schemas";
import { DEFAULT_THRESHOLDS } from "../skj/scoring";
import { PlanResult, Thresholds } from "../skj/types";
import { addReportSheets } from "../file/package/addSheets";
import { readWorkbook } from "../file/read/readWorkbook";
import { nodeCompression } from "./compression";
import { describePlan } from "./summary";
import { ReportTooLargeError } from "../report/sheetBuilder";

/** The bundled sample, found from the source (src/cli) or the build (lib/src/cli). */
export const SAMPLE = (() => {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "assets", "sample", "contoh-hasil-asesmen.xlsx");
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, "../../../assets/sample/contoh-hasil-asesmen.xlsx");
})();

/** Files above this size get a progress line on stderr. */
const PROGRESS_BYTES = 2 * 1024 * 1024;

const USAGE = `Pemakaian:
  skj plan [berkas.xlsx] [pilihan]

Tanpa berkas, contoh bawaan (assets/sample) yang dipakai.

Pilihan:
  --out BERKAS          tulis hasil ke BERKAS (bawaan: <berkas>-rencana.xlsx di samping berkas masukan)
  --json                cetak hasil sebagai JSON di stdout (berkas hanya ditulis bila --out diberikan)
  --sheet NAMA          pakai sheet ini (bawaan: dicari otomatis)
  --year TAHUN          tahun rencana (bawaan: tahun depan)
  --scheme SKEMA        pemetaan | pengisian (bawaan: mengikuti kolom kategori di file, atau pemetaan)
  --jpm METODE          sum | mean | capped (bawaan: mengikuti kolom JPM di file, atau sum)
  --toleransi ANGKA     toleransi kebutuhan, mis. 0.1 untuk 10% (bawaan: 0)
  --batas-optimal PERSEN, --batas-cukup PERSEN
                        batas kategori pemetaan dalam persen (bawaan: 90 dan 78)
  --batas-ms PERSEN, --batas-mms PERSEN
                        batas kategori pengisian jabatan dalam persen (bawaan: 80 dan 68)
  --target-jp JP        target JP per pegawai per tahun (bawaan: 20)
  --unit UNIT           hanya pegawai unit ini (boleh diulang)
  --instansi NAMA       nama instansi di judul laporan
  --tempat NAMA         tempat pada baris tanda tangan (mis. Sukamaju)
  --penandatangan-jabatan, --penandatangan-nama, --penandatangan-nip
                        blok tanda tangan ("Mengetahui")
  -h, --help            bantuan ini
`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today, for the default year and the report date. */
  today?: Date;
}

function numberOption(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n)) throw new CliError(`${what} harus berupa angka, bukan "${value}".`);
  return n;
}

type ThresholdFlag = "batas-optimal" | "batas-cukup" | "batas-ms" | "batas-mms";

/** Category thresholds from the --batas-* flags (percent, as in the task pane); undefined when none is given. */
function thresholdOptions(values: Partial<Record<ThresholdFlag, string>>): Thresholds | undefined {
  const flags: ThresholdFlag[] = ["batas-optimal", "batas-cukup", "batas-ms", "batas-mms"];
  if (flags.every((f) => values[f] === undefined)) return undefined;
  const fraction = (flag: ThresholdFlag, what: string, fallback: number): number => {
    const n = numberOption(values[flag], what);
    return n === undefined ? fallback : n / 100;
  };
  const d = DEFAULT_THRESHOLDS;
  return {
    pemetaan: {
      optimal: fraction("batas-optimal", "Batas Optimal", d.pemetaan.optimal),
      cukup: fraction("batas-cukup", "Batas Cukup Optimal", d.pemetaan.cukup),
    },
    pengisian: {
      ms: fraction("batas-ms", "Batas MS", d.pengisian.ms),
      mms: fraction("batas-mms", "Batas MMS", d.pengisian.mms),
    },
  };
}

/** `<input>-rencana.xlsx` (or .xlsm) next to the input. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const keep = /^\.xlsm$/i.test(ext) ? ext : ".xlsx";
  return path.join(path.dirname(input), `${path.basename(input, ext)}-rencana${keep}`);
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * The copy keeps the input's package type, and Excel refuses to open a macro-enabled package named .xlsx
 * (or a plain one named .xlsm): "the file format or file extension is not valid". So the output keeps the
 * input's extension (.xlsx or .xlsm), which Excel already opened the input with.
 */
function checkExtension(input: string, output: string): void {
  const kind = (file: string) => path.extname(file).toLowerCase();
  const from = kind(input);
  const to = kind(output);
  const expected = from === ".xlsm" ? ".xlsm" : ".xlsx";
  if (to !== ".xlsx" && to !== ".xlsm") {
    // The copy is an Excel workbook whatever its name says: a .csv or .ods name would mislead.
    throw new CliError(
      `Berkas hasil "${output}" harus bernama ${expected}: hasilnya buku kerja Excel, bukan ${to || "berkas tanpa ekstensi"}.`
    );
  }
  if ((from === ".xlsm" && to === ".xlsx") || (from === ".xlsx" && to === ".xlsm")) {
    const macro = from === ".xlsm" ? "berisi makro" : "tidak berisi makro";
    throw new CliError(
      `Berkas masukan ${macro} (${from}), jadi berkas hasil harus bernama ${from} juga, bukan "${output}": ` +
        `Excel tidak mau membuka buku kerja ${from} yang diberi nama ${to}.`
    );
  }
}

/** Why the file system refused, in words a clerk understands (Node's own messages are English). */
function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EISDIR: "sudah ada folder dengan nama itu; berikan nama berkas, mis. hasil-rencana.xlsx",
    ENOTDIR: "salah satu bagian jalurnya adalah berkas, bukan folder",
    ENOENT: "foldernya tidak ada",
    EACCES: "tidak ada izin menulis di sana",
    EPERM: "tidak ada izin menulis di sana",
    EROFS: "tempat itu hanya bisa dibaca",
    ENOSPC: "ruang disk habis",
    EEXIST: "berkas sementara dengan nama yang sama sudah ada",
    EBUSY: "berkas sedang dipakai program lain (tutup dulu di Excel)",
  };
  return code && reasons[code] ? `${reasons[code]} (${code})` : `${(error as Error).message}`;
}

/** Create the output's folder; a path through a file or a forbidden place is the user's to fix (exit 2). */
function ensureFolder(file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(
      `Folder untuk berkas hasil "${file}" tidak dapat dibuat: ${fsReason(error)}.`
    );
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Write through a temporary file in the same folder, so the output appears whole or not at all. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(`Gagal menulis "${file}": ${fsReason(error)}.`);
  }
}

/** Node's option-parsing errors, in Bahasa Indonesia. */
function parseErrorText(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^'\s]+)/.exec(e.message ?? "")?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Pilihan tidak dikenal: ${option}. Lihat daftar pilihan di bawah.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Pilihan ${option} memerlukan nilai, misalnya ${option} NILAI (nilai yang diawali "-" tulis sebagai ${option}=NILAI).`;
    default:
      return `Pilihan tidak dapat dibaca: ${e.message ?? String(error)}`;
  }
}

/** "--toleransi -0.1" as "--toleransi=-0.1": a negative number is a value, not an option. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if (/^--[a-z-]+$/.test(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      options: {
        out: { type: "string" },
        json: { type: "boolean" },
        sheet: { type: "string" },
        year: { type: "string" },
        scheme: { type: "string" },
        jpm: { type: "string" },
        toleransi: { type: "string" },
        "batas-optimal": { type: "string" },
        "batas-cukup": { type: "string" },
        "batas-ms": { type: "string" },
        "batas-mms": { type: "string" },
        "target-jp": { type: "string" },
        unit: { type: "string", multiple: true },
        instansi: { type: "string" },
        tempat: { type: "string" },
        "penandatangan-jabatan": { type: "string" },
        "penandatangan-nama": { type: "string" },
        "penandatangan-nip": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`${parseErrorText(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [command, inputArg, ...extra] = positionals;
  if (command !== "plan") {
    io.stderr(`Perintah tidak dikenal: ${command ?? "(kosong)"}.\n\n${USAGE}`);
    return 2;
  }
  if (extra.length > 0) {
    io.stderr(`Terlalu banyak berkas: ${extra.join(", ")}. Berikan satu berkas masukan.\n`);
    return 2;
  }

  try {
    const input = inputArg ?? SAMPLE;
    const options = validate(runOptionsSchema, {
      year: numberOption(values.year, "Tahun"),
      scheme: values.scheme,
      jpmMethod: values.jpm,
      tolerance: numberOption(values.toleransi, "Toleransi"),
      thresholds: thresholdOptions(values),
      jpTarget: numberOption(values["target-jp"], "Target JP"),
      sheet: values.sheet,
      units: values.unit,
    });
    if (!options.ok) throw new CliError(`Pilihan tidak valid: ${renderMessage(options.message)}.`);
    const report = validate(reportOptionsSchema, {
      agency: values.instansi ?? "",
      signatory: {
        title: values["penandatangan-jabatan"] ?? "",
        name: values["penandatangan-nama"] ?? "",
        nip: values["penandatangan-nip"] ?? "",
      },
      date: (io.today ?? new Date()).toISOString().slice(0, 10),
      ...(values.tempat !== undefined ? { place: values.tempat } : {}),
    });
    if (!report.ok) throw new CliError(`Pilihan tidak valid: ${renderMessage(report.message)}.`);

    // The output's name is checked before the (possibly large) input is read.
    const wantFile = !values.json || values.out !== undefined;
    const output = wantFile ? (values.out ?? defaultOutput(input)) : undefined;
    if (output !== undefined) {
      if (samePath(output, input)) {
        throw new CliError(`Berkas hasil tidak boleh sama dengan berkas masukan ("${input}").`);
      }
      if (isFolder(output)) {
        throw new CliError(
          `Gagal menulis "${output}": sudah ada folder dengan nama itu; berikan nama berkas, mis. hasil-rencana.xlsx.`
        );
      }
      checkExtension(input, output);
    }

    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === "ENOENT"
          ? `Berkas "${input}" tidak ditemukan.`
          : `Berkas "${input}" tidak dapat dibaca (${code}).`
      );
    }
    const big = bytes.length > PROGRESS_BYTES;
    let shown = -1;
    const progress = (fraction: number) => {
      const pct = Math.floor(fraction * 10) * 10;
      if (big && pct > shown) {
        shown = pct;
        io.stderr(`Membaca ${path.basename(input)}… ${pct}%\n`);
      }
    };
    let workbook;
    try {
      workbook = readWorkbook(bytes, { onProgress: progress }).grid;
    } catch (error) {
      throw new CliError(`Berkas "${input}" tidak dapat dibaca: ${(error as Error).message}`);
    }

    const runOptions: RunOptions = { ...options.value };
    if (options.value.year === undefined && io.today) runOptions.year = io.today.getFullYear() + 1;
    const outcome = runSkj(workbook, runOptions);
    if (!outcome.ok) throw new CliError(renderMessage(outcome.message));
    const plan: PlanResult = outcome.result;

    let newSheets: string[] = [];
    if (output !== undefined) {
      if (big) io.stderr("Menulis rencana pengembangan…\n");
      ensureFolder(output);
      let model;
      try {
        model = buildReport(plan, report.value);
      } catch (error) {
        if (error instanceof ReportTooLargeError) throw new CliError(error.message);
        throw error;
      }
      const written = addReportSheets(bytes, model, { compression: nodeCompression });
      writeAtomically(output, written.bytes);
      newSheets = written.sheetNames;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    } else {
      io.stdout(describePlan(plan, input, output, newSheets));
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`Terjadi kesalahan yang tidak terduga: ${(error as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}
