// Bahasa Indonesia texts of people.params.ts.
import type { AreaCatalogue, Message } from "../params";
import type { PeopleMessageParams } from "./people.params";
import { firstOf } from "../format";
import { renderMessage } from "../render";

const r = (m: Message) => renderMessage(m, "id");
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
const some = (items: string[], max = 10) => firstOf(items, "id", max);

export const peopleId: AreaCatalogue<PeopleMessageParams> = {
  "people-joined": (p) =>
    `Jenjang ${p.count} pegawai diambil dari daftar pegawai ${quoted(p.lists)} (dicocokkan menurut NIP).`,
  "people-not-listed": (p) =>
    p.nip
      ? `NIP ${p.nip} tidak ada di daftar pegawai ${quoted(p.lists)}; tambahkan pegawai ini ke daftar atau isi jenjangnya`
      : `NIP kosong, jadi jenjang tidak dapat dicari di daftar pegawai ${quoted(p.lists)}; isi NIP atau jenjangnya`,
  "people-list-grade": (p) => `daftar pegawai "${p.list}" baris ${p.row}: ${r(p.reason)}`,
  "people-default-used": (p) =>
    `Jenjang bawaan "${p.grade}" (level ${p.level}) dipakai untuk ${p.count} pegawai yang jenjangnya tidak ada di tabel maupun daftar pegawai: ${some(p.rows)}. Periksa jenjang mereka.`,
  "people-default-invalid": (p) =>
    `Jenjang bawaan "${p.text}" tidak dapat dipakai: ${r(p.reason)}.`,
  "people-list-not-found": (p) =>
    `Di "${p.file}" tidak ada daftar pegawai: perlu sheet dengan kolom NIP dan kolom Eselon, Jenjang atau Jabatan.`,
  "people-sheets": (p) =>
    `${p.count} sheet dibaca sebagai laporan per pegawai (satu pegawai per sheet): ${some(p.sheets.map((s) => `"${s}"`))}.`,
  "people-sheets-unused": (p) =>
    `Sheet laporan per pegawai ${some(p.sheets.map((s) => `"${s}"`))} tidak dibaca karena tabel di sheet "${p.table}" yang direncanakan; pilih salah satu sheet itu untuk membacanya.`,
  "people-sheet-no-scores": (p) =>
    `Sheet "${p.sheet}" tampak seperti laporan per pegawai, tetapi kolom standar dan nilai kompetensinya tidak ditemukan; beri judul kolom "Standar" dan "Nilai".`,
  "cli-people-source": (p) =>
    `Laporan per pegawai: ${p.sheets.length} sheet (${some(
      p.sheets.map((s) => `"${s}"`),
      5
    )})`,
  "pane-people-add": () => "Tambah daftar pegawai",
  "pane-people-added": (p) => `Daftar pegawai "${p.file}": ${p.employees} NIP.`,
};
