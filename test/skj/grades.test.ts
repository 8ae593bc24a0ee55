import { gradeFromTitle, isGradeError, readGrade } from "../../src/skj/grades";
import { renderMessage } from "../../src/skj/messages";

/** The warning of an assumed grade, in Bahasa Indonesia. */
function assumedText(r: ReturnType<typeof readGrade>): string {
  return "assumed" in r && r.assumed ? renderMessage(r.assumed) : "";
}

function level(value: unknown, title?: string): number {
  const r = readGrade(value, title);
  if (isGradeError(r)) throw new Error(renderMessage(r.error));
  return r.level;
}

describe("readGrade", () => {
  const table: [unknown, number][] = [
    ["Pelaksana", 1],
    ["Jabatan Pelaksana", 1],
    ["JFU", 1],
    ["Staf", 1],
    ["Pengawas", 2],
    ["Eselon IV", 2],
    ["IV.a", 2],
    ["IV.b", 2],
    ["IV a", 2],
    ["IV/a", 2],
    ["IVa", 2],
    ["Eselon IV.b", 2],
    ["Administrator", 3],
    ["Eselon III.a", 3],
    ["III-B", 3],
    ["III.b", 3],
    ["iii a", 3],
    ["JPT Pratama", 4],
    ["Jabatan Pimpinan Tinggi Pratama", 4],
    ["Eselon II", 4],
    ["II-A", 4],
    ["II.b", 4],
    ["JPT Madya", 5],
    ["Jabatan Pimpinan Tinggi Madya", 5],
    ["Eselon I.a", 5],
    ["I.b", 5],
    ["JPT Utama", 5],
    ["JF Ahli Pertama", 2],
    ["Ahli Muda", 3],
    ["JF Ahli Madya", 4],
    ["JF Ahli Utama", 5],
    ["JF Pemula", 1],
    ["Terampil", 2],
    ["Mahir", 2],
    ["Penyelia", 3],
    [1, 1],
    [5, 5],
    ["3", 3],
    ["Eselon 3", 3],
  ];
  it.each(table)("reads %j as level %d", (value, expected) => {
    expect(level(value)).toBe(expected);
  });

  it("does not read Ahli Madya (JF, level 4) as JPT Madya (level 5)", () => {
    expect(readGrade("Ahli Madya")).toEqual({ level: 4, grade: "JF Ahli Madya" });
  });

  it("reads non-eselon grades from the title, else as Pelaksana, with a warning", () => {
    for (const nonEselon of ["Non Eselon", "NON ESELON", "-", "Non-Eselon"]) {
      const jf = readGrade(nonEselon, "Analis Kepegawaian Ahli Muda");
      expect(jf).toMatchObject({ level: 3, grade: "JF Ahli Muda" });
      expect(assumedText(jf)).toMatch(/Analis Kepegawaian Ahli Muda/);
      const staff = readGrade(nonEselon, "Pengadministrasi Umum");
      expect(staff).toMatchObject({ level: 1, grade: "Pelaksana" });
      expect(assumedText(staff)).toMatch(/Pelaksana/);
    }
  });

  it("reads a blank grade from the title, and fails when the title names no level", () => {
    expect(readGrade("", "Pranata Komputer Terampil")).toMatchObject({
      level: 2,
      grade: "JF Terampil",
    });
    expect(readGrade(null, "Arsiparis Penyelia")).toMatchObject({ level: 3 });
    const r = readGrade("", "Pengadministrasi Umum");
    expect(isGradeError(r) && renderMessage(r.error)).toMatch(/kosong/);
  });

  it("rejects what it does not know, in Bahasa Indonesia", () => {
    for (const bad of ["Golongan III/a", "Kepala", 6, 0, 2.5, "Eselon V.a"]) {
      const r = readGrade(bad);
      expect(isGradeError(r)).toBe(true);
    }
    const r = readGrade("Penata Muda");
    expect(isGradeError(r) && r.error).toEqual({
      code: "grade-unrecognised",
      params: { text: "Penata Muda" },
    });
    expect(isGradeError(r) && renderMessage(r.error)).toBe('Jenjang "Penata Muda" tidak dikenal');
  });
});

describe("gradeFromTitle", () => {
  it("finds functional levels inside position titles", () => {
    expect(gradeFromTitle("Perencana Ahli Pertama")).toEqual({
      level: 2,
      grade: "JF Ahli Pertama",
    });
    expect(gradeFromTitle("Kepala Bidang Mutasi")).toBeNull();
  });
});
