// The readable summary the CLI prints: what was understood, what was planned, what is wrong with the data.
import { renderMessage } from "../skj/messages";
import { JPM_METHOD_LABELS } from "../skj/scoring";
import { formatNumberId } from "../skj/text";
import { rowList } from "../report/text";
import { ChoiceSource, PlanResult } from "../skj/types";

const SOURCE: Record<ChoiceSource, string> = {
  user: "dipilih pengguna",
  file: "mengikuti file",
  default: "bawaan",
};

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** At most this many issues are listed; the rest are counted (all of them are in the "Catatan Data" sheet). */
const MAX_ISSUES = 15;

export function describePlan(
  plan: PlanResult,
  input: string,
  output?: string,
  sheetNames: string[] = []
): string {
  const out: string[] = [];
  const s = plan.summary;
  const errors = plan.issues.filter((i) => i.severity === "error");
  const warnings = plan.issues.filter((i) => i.severity === "warning");
  const rows = plan.source.headerRows;
  out.push(`SKJ Rencana Pengembangan ${plan.year}: ${input}`);
  out.push(
    `Tabel: sheet "${plan.source.sheet}", judul kolom baris ${rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : rows[0]}, data mulai baris ${plan.source.dataStartRow}${plan.source.layout === "long" ? " (satu baris per pegawai per kompetensi)" : ""}`
  );
  let method = `Metode JPM: ${plan.jpmMethod} (${JPM_METHOD_LABELS[plan.jpmMethod]}), ${SOURCE[plan.jpmMethodSource]}`;
  if (plan.jpmAgreement) {
    method += `; kolom JPM di file: ${plan.jpmAgreement.matched} dari ${plan.jpmAgreement.compared} baris cocok`;
  }
  out.push(method);
  out.push(
    `Skema kategori: ${plan.scheme} (${plan.schemeBasis === "title" ? "mengikuti tujuan penilaian di judul sheet" : SOURCE[plan.schemeSource]}); toleransi ${formatNumberId(plan.tolerance * 100)}%; target ${plan.jpTarget} JP per pegawai`
  );
  out.push(
    `Pegawai direncanakan: ${s.employees}; galat: ${errors.length}; peringatan: ${warnings.length}`
  );
  if (plan.unassessedRows.length > 0) {
    out.push(
      `Pegawai tanpa nilai kompetensi (tidak direncanakan): ${plan.unassessedRows.length} (${rowList(plan.unassessedRows)})`
    );
  }
  out.push(`Kategori JPM: ${s.categories.map((c) => `${c.category} ${c.count}`).join(" · ")}`);
  out.push("Kekurangan per kompetensi (pegawai di bawah standar, rata-rata gap mereka):");
  for (const n of s.needs) {
    const gap = n.short > 0 ? formatNumberId(n.meanShortfall) : "-";
    out.push(`  ${pad(n.name, 34)} ${String(n.short).padStart(5)}   ${gap}`);
  }
  const tracks = s.tracks.map((t) => `${t.track}%: ${t.jp} JP`).join(" · ");
  out.push(`Total JP: ${s.totalJp} (${tracks})`);
  if (plan.issues.length > 0) {
    out.push("Catatan data:");
    // Errors first: they are the rows that were not planned.
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const ordered = [...plan.issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
    for (const issue of ordered.slice(0, MAX_ISSUES)) {
      const label =
        issue.severity === "error" ? "GALAT" : issue.severity === "warning" ? "PERINGATAN" : "INFO";
      out.push(`  [${label}] ${renderMessage(issue)}`);
    }
    if (plan.issues.length > MAX_ISSUES) {
      out.push(
        `  … dan ${plan.issues.length - MAX_ISSUES} catatan lain (lihat sheet "Catatan Data").`
      );
    }
  }
  if (output) out.push(`Hasil ditulis ke: ${output}`);
  // Names taken already get " (2)": say which sheets to look for.
  if (output && sheetNames.length) out.push(`Sheet baru: ${sheetNames.join(", ")}`);
  return `${out.join("\n")}\n`;
}
