// Bahasa Indonesia texts of standards.params.ts.
import { isCompetencyCode, LEVEL_NAMES } from "../../catalogue";
import { jfTableEntry } from "../../registry/jfTables";
import { jpmMethodEntry } from "../../registry/jpmMethods";
import type { Role } from "../../recommendations";
import type { CompetencyCode } from "../../types";
import type { AreaCatalogue } from "../params";
import type { ActivityAim, ClassroomCode, StandardsMessageParams } from "./standards.params";

interface Topics {
  /** On-the-job assignment (70). */
  work: string;
  /** Coaching / mentoring focus (20). */
  social: string;
  /** Self-study or e-learning topic (10). */
  formal: string;
}

const TOPICS: Record<CompetencyCode, Topics> = {
  INT: {
    work: "menjadi agen integritas unit: memantau kepatuhan kode etik dan pembangunan Zona Integritas",
    social: "penerapan kode etik, nilai BerAKHLAK dan penanganan konflik kepentingan",
    formal: "integritas dan antikorupsi",
  },
  KS: {
    work: "bertugas dalam tim lintas bidang atau kelompok kerja dengan target bersama",
    social: "membangun kerja sama dan sinergi tim",
    formal: "kerja sama tim dan kolaborasi",
  },
  KOM: {
    work: "menyusun dan memaparkan laporan atau bahan presentasi unit kepada pimpinan",
    social: "umpan balik atas presentasi, tulisan dinas dan cara menyampaikan informasi",
    formal: "komunikasi efektif dan penulisan naskah dinas",
  },
  OPH: {
    work: "memegang target kinerja terukur dengan tenggat (proyek kecil unit)",
    social: "penetapan, pemantauan dan pelampauan target kinerja (SKP)",
    formal: "manajemen kinerja dan perencanaan kerja",
  },
  PP: {
    work: "bertugas di layanan atau penanganan pengaduan dan mengusulkan perbaikan standar pelayanan",
    social: "pelayanan prima dan tindak lanjut survei kepuasan masyarakat",
    formal: "standar pelayanan publik dan survei kepuasan masyarakat",
  },
  PDOL: {
    work: "membimbing pegawai baru atau menjadi narasumber berbagi pengetahuan di unit",
    social: "menyusun dan menjalankan rencana pengembangan diri (IDP)",
    formal: "coaching, mentoring dan pengembangan diri",
  },
  MP: {
    work: "terlibat dalam proyek perubahan atau inovasi unit",
    social: "menghadapi dan mengelola perubahan di unit kerja",
    formal: "manajemen perubahan dan inovasi pelayanan",
  },
  PK: {
    work: "menyusun telaahan staf dengan beberapa alternatif keputusan dan risikonya",
    social: "analisis masalah dan pengambilan keputusan dalam kewenangan",
    formal: "pemecahan masalah dan pengambilan keputusan",
  },
  PB: {
    work: "bertugas dalam kegiatan atau layanan bagi kelompok masyarakat yang beragam",
    social: "wawasan kebangsaan, toleransi dan mediasi perbedaan",
    formal: "wawasan kebangsaan dan moderasi",
  },
};

function topicsFor(comp: string): Topics {
  if (isCompetencyCode(comp)) return TOPICS[comp];
  return {
    work: `mengerjakan tugas ${comp} di bawah bimbingan pejabat yang menguasainya`,
    social: `praktik ${comp} bersama pejabat fungsional atau pegawai senior di bidangnya`,
    formal: comp,
  };
}

/** A JPT leads: its on-the-job tasks are the agency's, not a unit's reports to a superior. */
const LEADER_WORK: Record<CompetencyCode, string> = {
  INT: "memimpin pembangunan Zona Integritas dan pengendalian gratifikasi di instansi",
  KS: "memimpin forum koordinasi lintas perangkat daerah atau instansi dengan target bersama",
  KOM: "memaparkan kebijakan dan capaian instansi kepada kepala daerah, DPRD dan pemangku kepentingan",
  OPH: "menetapkan dan mengawal sasaran kinerja instansi (perjanjian kinerja) bersama para pejabat administrator",
  PP: "memimpin perbaikan standar pelayanan instansi dan tindak lanjut survei kepuasan masyarakat",
  PDOL: "menjadi mentor bagi pejabat administrator dan menyusun program pengembangan pegawai instansi",
  MP: "memimpin proyek perubahan atau reformasi birokrasi instansi",
  PK: "memimpin perumusan kebijakan berisiko tinggi dengan analisis alternatif dan risikonya",
  PB: "memimpin program instansi yang melibatkan kelompok masyarakat yang beragam",
};

function workOf(comp: string, role: Role): string {
  return role === "leader" && isCompetencyCode(comp) ? LEADER_WORK[comp] : topicsFor(comp).work;
}

/** Who guides the employee on the job and in coaching, by role. */
function guide(role: Role): { work: string; coach: string; mentor: string } {
  if (role === "leader")
    return {
      work: "dengan umpan balik Sekretaris Daerah/pimpinan instansi",
      coach: "Coaching oleh coach profesional atau JPT senior:",
      mentor: "Mentoring oleh JPT senior atau widyaiswara ahli:",
    };
  if (role === "functional")
    return {
      work: "dengan bimbingan atasan langsung atau pejabat fungsional senior",
      coach: "Coaching oleh atasan langsung:",
      mentor: "Mentoring oleh pejabat fungsional senior yang menguasai",
    };
  return {
    work: "dengan bimbingan atasan langsung",
    coach: "Coaching oleh atasan langsung:",
    mentor: "Mentoring oleh pejabat yang menguasai",
  };
}

const CLASSROOM_TITLE: Record<ClassroomCode, string> = {
  KL01: "Pelatihan kepemimpinan tematik",
  KL02: "Pelatihan manajerial",
  KL03: "Pelatihan teknis",
  KL04: "Pelatihan fungsional",
  KL05: "Pelatihan sosial kultural",
};

function aimText(a: ActivityAim): string {
  return a.keep
    ? "mempertahankan level 5 (Ahli)"
    : `persiapan level ${a.level} (${LEVEL_NAMES[a.level]})`;
}

const SHEET_COLUMNS = {
  grade: "Jenjang",
  position: "Jabatan (lembar SKJ)",
  source: "Sumber standar",
  employees: "Pegawai",
};

const TARGET_COLUMNS = {
  no: "No",
  nip: "NIP",
  name: "Nama",
  current: "Jenjang saat ini",
  target: "Jabatan/jenjang target",
  competency: "Kompetensi",
  currentStandard: "Standar saat ini",
  currentGap: "Gap saat ini",
  targetStandard: "Standar target",
  score: "Nilai",
  targetGap: "Gap target",
  jpm: "JPM target",
  category: "Kategori target",
};

export const standardsId: AreaCatalogue<StandardsMessageParams> = {
  activity: (p) => {
    const t = topicsFor(p.competency);
    switch (p.kind) {
      case "classroom":
        return `${CLASSROOM_TITLE[p.method]}: ${t.formal} (${p.days} hari, ${p.jp} JP)`;
      case "bimtek":
        return `Bimbingan teknis ${t.formal}`;
      case "module":
        return `Belajar mandiri: modul ${t.formal} (${p.count} hari)`;
      case "e-learning":
        return `E-learning ${t.formal} (${p.count} hari)${p.aim ? `; ${aimText(p.aim)}` : ""}`;
      case "self-study":
        return `Belajar mandiri: ${t.formal}${p.short ? "," : ";"} ${aimText(p.aim)} (${p.count} hari)`;
      case "assignment":
        return `Penugasan ${guide(p.role).work} (${p.count} sesi): ${workOf(p.competency, p.role)}`;
      case "enrichment":
        return (
          `Pengayaan tugas ${guide(p.role).work} (${p.count} sesi): ` +
          `${workOf(p.competency, p.role)}; ${aimText(p.aim)}`
        );
      case "coaching":
        return `${guide(p.role).coach} ${t.social} (${p.count} sesi)`;
      case "mentoring":
        return `${guide(p.role).mentor} ${t.social} (${p.count} sesi)`;
      case "community":
        return `Komunitas belajar (${p.count} hari): ${t.social}; ${aimText(p.aim)}`;
    }
  },

  "standards-sheet-title": (p) => `STANDAR KOMPETENSI YANG DIPAKAI, RENCANA TAHUN ${p.year}`,
  "standards-sheet-intro": (p) =>
    `Standar tiap pegawai diambil dari yang paling khusus: standar yang tertulis di baris tabel, lalu lembar ` +
    `SKJ instansi untuk jabatan yang namanya cocok${p.skjSheet ? ` (lembar "${p.skjSheet}", ${p.positions} jabatan terpakai)` : " (workbook ini tidak memuat lembar SKJ)"}, ` +
    `lalu standar bawaan jenjang. Jabatan fungsional memakai ${jfTableEntry(p.table).name.id}` +
    `${p.chosen ? ", sesuai pilihan pengguna" : " (bawaan; dapat diganti)"}. Nilai bawaan JF bukan ketetapan ` +
    `nasional: SKJ tiap JF ditetapkan instansi pembinanya, dan lembar SKJ selalu didahulukan.`,
  "standards-sheet-jf-basis": (p) =>
    `Landasan ${jfTableEntry(p.table).name.id}: ${jfTableEntry(p.table).basis.id}`,
  "standards-sheet-section": (p) =>
    p.section === "grades"
      ? "Standar bawaan per jenjang (level yang sama untuk kesembilan kompetensi)"
      : "Standar dari lembar SKJ per jabatan (sel kosong memakai standar bawaan jenjang)",
  "standards-sheet-header": (p) => SHEET_COLUMNS[p.column],
  "standards-origin": (p) =>
    p.kind === "structural"
      ? "PermenPANRB 38/2017 (standar bawaan jenjang)"
      : p.kind === "level"
        ? "Level yang ditulis di tabel (kolom Level SKJ atau angka jenjang)"
        : p.kind === "jf"
          ? `${jfTableEntry(p.table).name.id}${p.extrapolated ? "; perluasan, bukan ketentuan" : ""}`
          : `Lembar SKJ "${p.sheet}"`,
  "standards-sheet-blank": () => "bawaan",
  "standards-jpm-note": (p) =>
    `JPM dihitung dengan metode ${jpmMethodEntry(p.method).name.id} (${jpmMethodEntry(p.method).formula.id})` +
    `${p.rounded ? "; rasio nilai ÷ standar tiap kompetensi dibulatkan 2 desimal sebelum dirata-rata" : ""}.`,

  "standards-pane": (p) =>
    ({
      jfTable: "Standar bawaan jabatan fungsional",
      jfTableHint:
        "Tabel A: nilai sistem penilaian kompetensi instansi; tabel B: satu level lebih rendah (penyetaraan, PermenPANRB 17/2021). Lembar SKJ selalu didahulukan.",
      jpmRounded: "Bulatkan rasio per kompetensi ke 2 desimal (metode rata-rata)",
      jpmRoundedHint:
        "Seperti sebagian sistem penilaian kompetensi: nilai ÷ standar tiap kompetensi dibulatkan dahulu.",
    })[p.field],
  "target-sheet-title": (p) => `KESENJANGAN TERHADAP JABATAN TARGET, RENCANA TAHUN ${p.year}`,
  "target-sheet-intro": (p) =>
    `${p.employees} pegawai punya jabatan atau jenjang target (kolom "${p.column}"). PP 11/2017 pasal 206 ` +
    `meminta analisis kesenjangan terhadap standar jabatan saat ini dan jabatan target; rencana pengembangan ` +
    `tetap disusun untuk jabatan saat ini, lembar ini menambahkan kesenjangan terhadap jabatan target.`,
  "target-sheet-header": (p) => TARGET_COLUMNS[p.column],
  "target-unreadable": (p) =>
    `Baris ${p.row}, kolom ${p.column} (${p.address}): jabatan target "${p.written}" tidak menyebut jenjang ` +
    `yang dikenal dan tidak ada di lembar SKJ; kesenjangan terhadap jabatan target tidak dihitung untuk ` +
    `pegawai ini. Tulis jenjangnya (mis. Administrator, Ahli Madya) atau nama jabatan di lembar SKJ.`,
  "target-found": (p) =>
    `${p.employees} pegawai punya jabatan target (kolom "${p.column}"): kesenjangannya terhadap standar ` +
    `jabatan target ada di lembar Kesenjangan Jabatan Target.`,
};
