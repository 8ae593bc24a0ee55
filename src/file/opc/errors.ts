// Why a workbook could not be read: a stable code plus a message (Bahasa Indonesia) that tells the clerk
// what to do. `detail` is for logs and tests only; the user never sees it.

export type WorkbookReadErrorCode =
  /** Not a zip at all: random bytes, an empty file, HTML or CSV saved under an Excel name. */
  | "not-zip"
  /** A zip whose end is missing (an interrupted download or copy). */
  | "truncated"
  /** A zip or OLE file that is not an Excel workbook (.docx, .pptx, .ods, .xlsb, .doc, …). */
  | "not-workbook"
  /** A password-protected workbook (an OLE file holding an EncryptionInfo stream). */
  | "encrypted"
  /** A legacy Excel 97–2003 binary workbook (an OLE file holding a Workbook/Book stream). */
  | "xls"
  /** More data than is safe to unpack or hold (zip bomb guard, cell limit). */
  | "too-large"
  /** A part the reader needs is damaged (malformed XML, bad compressed data). */
  | "corrupt"
  /** Node only: the path does not exist. */
  | "not-found"
  /** Node only: the path exists but cannot be read (a folder, no permission). */
  | "unreadable";

export interface WorkbookReadErrorOptions {
  /** What was found, in Bahasa Indonesia, woven into the message ("dokumen Word (.docx)"). */
  userDetail?: string;
  /** Technical detail for logs and tests (English is fine here). */
  detail?: string;
}

const RESAVE =
  "Buka berkas di Excel, lalu simpan ulang sebagai .xlsx (File > Save As > Excel Workbook).";

/** Builds the message of each code from what was found. */
const MESSAGES: Record<WorkbookReadErrorCode, (found: string) => string> = {
  "not-zip": (f) => `Berkas ini bukan buku kerja Excel (.xlsx)${f}. ${RESAVE}`,
  truncated: (f) =>
    `Berkas ini terpotong (tidak lengkap)${f}, mungkin karena unduhan atau penyalinan yang ` +
    "terputus. Unduh atau salin ulang berkasnya dari sumber aslinya.",
  "not-workbook": (f) => `Berkas ini bukan buku kerja Excel${f}. ${RESAVE}`,
  encrypted: (f) =>
    `Buku kerja ini dilindungi kata sandi (terenkripsi)${f}, sehingga isinya tidak dapat dibaca. ` +
    "Buka kunci/hapus kata sandi: buka berkas di Excel dengan kata sandinya, pilih File > Info > " +
    "Protect Workbook > Encrypt with Password dan kosongkan kata sandinya, lalu simpan ulang sebagai .xlsx.",
  xls: (f) =>
    `Berkas ini buku kerja Excel format lama (.xls, Excel 97–2003)${f} yang tidak dapat dibaca di ` +
    `sini. ${RESAVE}`,
  "too-large": (f) =>
    `Berkas ini terlalu besar untuk dibaca dengan aman${f}. Hapus lembar atau baris yang tidak ` +
    "diperlukan (atau salin tabel penilaian saja ke buku kerja baru), simpan sebagai .xlsx, lalu coba lagi.",
  corrupt: (f) =>
    `Berkas ini rusak${f}. Buka berkas di Excel (setujui bila Excel menawarkan perbaikan), lalu ` +
    "simpan ulang sebagai .xlsx.",
  "not-found": (f) => `Berkas tidak ditemukan${f}. Periksa nama dan letak berkasnya.`,
  unreadable: (f) =>
    `Berkas tidak dapat dibuka${f}. Pastikan berkas tidak sedang dipakai program lain dan Anda ` +
    "berhak membacanya.",
};

/**
 * Thrown by readWorkbook and readWorkbookFile. The stack is replaced by the message: a clerk never
 * needs a stack trace, and anything that prints the error must show only the Indonesian text.
 */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly detail?: string;

  constructor(code: WorkbookReadErrorCode, options: WorkbookReadErrorOptions = {}) {
    super(MESSAGES[code](options.userDetail ? ` (${options.userDetail})` : ""));
    this.code = code;
    if (options.detail !== undefined) this.detail = options.detail;
    this.stack = `${this.name}: ${this.message}`;
  }
}
