#!/usr/bin/env python3
"""Writes the bundled sample workbook, assets/sample/contoh-hasil-asesmen.xlsx.

Laid out like a real BKPSDM file: title rows, a merged two-row header with numbered competency names, an eselon
column with "Non Eselon", units merged down, an agency JPM column computed with its own formula (capped at the
standard), a category column, technical competencies from an SKJ sheet, a chart and a logo, a totals row and a
signature block, and a few bad rows. Deterministic: run it again and the data is the same.
Run with Debian's python3 (python3-openpyxl, python3-pil): /usr/bin/python3 scripts/make-sample.py
"""
import os
import random
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "sample", "contoh-hasil-asesmen.xlsx")
LOGO = os.path.join(HERE, "..", "assets", "icon-64.png")

rng = random.Random(20261122)

HEADERS = [
    "1. INTEGRITAS",
    "2. KERJASAMA",
    "3. KOMUNIKASI",
    "4. ORIENTASI PADA HASIL",
    "5. PELAYANAN PUBLIK",
    "6. PENGEMBANGAN DIRI & ORANG LAIN",
    "7. MENGELOLA PERUBAHAN",
    "8. PENGAMBILAN KEPUTUSAN",
    "9. PEREKAT BANGSA",
]
TECHNICAL = ["Manajemen ASN", "Pengelolaan Data Kepegawaian"]

UNITS = [
    "Sekretariat",
    "Bidang Mutasi dan Promosi",
    "Bidang Pengembangan Kompetensi",
    "Bidang Penilaian Kinerja dan Penghargaan",
    "Bidang Informasi Kepegawaian",
]

# (position, eselon cell, required level)
LEADERS = [
    ("Kepala Badan", "II.b", 4, "Sekretariat"),
    ("Sekretaris", "III.a", 3, "Sekretariat"),
    ("Kepala Bidang Mutasi dan Promosi", "III.b", 3, UNITS[1]),
    ("Kepala Bidang Pengembangan Kompetensi", "III-B", 3, UNITS[2]),
    ("Kepala Bidang Penilaian Kinerja dan Penghargaan", "Eselon III.b", 3, UNITS[3]),
    ("Kepala Bidang Informasi Kepegawaian", "III.b", 3, UNITS[4]),
    ("Kepala Subbagian Umum dan Kepegawaian", "IV.a", 2, "Sekretariat"),
    ("Kepala Subbagian Perencanaan dan Keuangan", "IV a", 2, "Sekretariat"),
]
STAFF = [
    ("Analis SDM Aparatur Ahli Muda", 3),
    ("Analis SDM Aparatur Ahli Pertama", 2),
    ("Asesor SDM Aparatur Ahli Muda", 3),
    ("Pranata Komputer Terampil", 2),
    ("Arsiparis Penyelia", 3),
    ("Pengelola Data Kepegawaian", 1),
    ("Pengadministrasi Umum", 1),
    ("Pengolah Data Kepegawaian", 1),
]
FIRST = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Nur", "Yusuf", "Ratna", "Eko", "Sri", "Andi",
         "Wulan", "Fajar", "Lestari", "Bambang", "Indah", "Rudi", "Maya", "Teguh", "Fitri", "Joko", "Ayu",
         "Dedi", "Putri", "Irfan", "Novi", "Arif", "Yuli", "Hadi", "Tri", "Sari", "Dimas", "Endang", "Galih",
         "Kartika", "Lukman", "Mega", "Rizki", "Wahyu"]
LAST = ["Aminah", "Santoso", "Lestari", "Wibowo", "Marlina", "Gunawan", "Hidayah", "Prasetyo", "Sari",
        "Saputra", "Rahayu", "Setiawan", "Kusuma", "Nugroho", "Handayani", "Susilo", "Permata", "Hartono",
        "Anggraini", "Firmansyah"]


def nip(i, level):
    birth_year = 1966 + (5 - level) * 4 + rng.randint(0, 10)
    birth = f"{birth_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    appointed = f"{birth_year + rng.randint(22, 27)}{rng.randint(1, 12):02d}"
    return f"{birth}{appointed}{rng.choice('12')}{i + 1:03d}"


def scores_for(level, bias):
    out = []
    for _ in range(9):
        s = level + bias + rng.choice([-1, -0.5, -0.5, 0, 0, 0, 0.5, 1])
        out.append(min(5, max(1, s)))
    return out


employees = []
for position, eselon, level, unit in LEADERS:
    employees.append({"position": position, "grade": eselon, "level": level, "unit": unit})
for i in range(32):
    position, level = STAFF[i % len(STAFF)]
    unit = UNITS[1 + (i % 4)] if i % 5 else "Sekretariat"
    employees.append({"position": position, "grade": "Non Eselon", "level": level, "unit": unit})
# Group by unit, as agencies list them, leaders first within a unit.
employees.sort(key=lambda e: (UNITS.index(e["unit"]), -e["level"] if e["grade"] != "Non Eselon" else 0))

for i, e in enumerate(employees):
    e["name"] = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
    e["nip"] = nip(i, e["level"])
    e["scores"] = scores_for(e["level"], rng.choice([-0.5, 0, 0, 0.5]))
    e["rank"] = ["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"][min(6, e["level"] + rng.randint(0, 2))]

# Standards per position for the SKJ sheet: two positions differ from the grade default and require
# technical competencies.
SKJ_ROWS = [
    ("Analis SDM Aparatur Ahli Muda", {"PDOL": 4, "PK": 4}, {"Manajemen ASN": 4, "Pengelolaan Data Kepegawaian": 3}),
    ("Pengelola Data Kepegawaian", {"KOM": 2}, {"Pengelolaan Data Kepegawaian": 3}),
    ("Pranata Komputer Terampil", {}, {"Pengelolaan Data Kepegawaian": 3}),
]
CODES = ["INT", "KS", "KOM", "OPH", "PP", "PDOL", "MP", "PK", "PB"]


def standards(e):
    base = [e["level"]] * 9
    for title, comps, _tech in SKJ_ROWS:
        if title == e["position"]:
            for code, lvl in comps.items():
                base[CODES.index(code)] = lvl
    return base


def tech_standards(e):
    for title, _comps, tech in SKJ_ROWS:
        if title == e["position"]:
            return tech
    return {}


for e in employees:
    e["tech"] = {}
    for name, lvl in tech_standards(e).items():
        e["tech"][name] = min(5, max(1, lvl + rng.choice([-1.5, -1, -0.5, 0, 0.5])))
    # The agency's system caps each competency at its standard (the "capped" formula).
    std = standards(e)
    capped = sum(min(s, t) for s, t in zip(e["scores"], std)) / sum(std)
    e["jpm"] = round(capped * 100, 2)
    e["category"] = "Optimal" if capped >= 0.9 else "Cukup Optimal" if capped >= 0.78 else "Kurang Optimal"

# A few rows the way real files go wrong.
employees[5]["scores"][2] = None                      # a missing score
employees[11]["scores"][6] = "baik"                   # text instead of a score
employees[17]["scores"][0] = 6                        # outside 1-5
employees[23]["grade"] = "Golongan III/b"             # a rank typed into the grade column
employees[29]["nip"] = employees[28]["nip"]           # the same NIP twice
employees[8]["scores"][3] = str(employees[8]["scores"][3]).replace(".", ",")  # "2,5" as text
employees[14]["nip_as_number"] = True                 # an 18-digit NIP typed as a number

wb = Workbook()
ws = wb.active
ws.title = "Data Asesmen"

ncols = 7 + 9 + len(TECHNICAL) + 3
last = get_column_letter(ncols)
titles = [
    "DAFTAR HASIL ASESMEN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "KABUPATEN SUKAMAJU",
    "TUJUAN PENILAIAN : PEMETAAN",
    "TAHUN 2026",
]
for r, text in enumerate(titles, start=1):
    ws.cell(row=r, column=1, value=text).font = Font(bold=True, size=12 if r < 3 else 11)
    ws.merge_cells(f"A{r}:{last}{r}")
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")

H1, H2 = 7, 8
thin = Side(style="thin", color="808080")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
single = ["NO", "NAMA", "NIP", "GOL", "JABATAN", "ESELON", "UNIT KERJA"]
for c, text in enumerate(single, start=1):
    ws.cell(row=H1, column=c, value=text)
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
ws.cell(row=H1, column=8, value="KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL")
ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=16)
for i, text in enumerate(HEADERS):
    ws.cell(row=H2, column=8 + i, value=text)
ws.cell(row=H1, column=17, value="KOMPETENSI TEKNIS")
ws.merge_cells(start_row=H1, start_column=17, end_row=H1, end_column=16 + len(TECHNICAL))
for i, text in enumerate(TECHNICAL):
    ws.cell(row=H2, column=17 + i, value=text)
tail = ["JPM (%)", "KATEGORI", "KETERANGAN"]
for i, text in enumerate(tail):
    c = 17 + len(TECHNICAL) + i
    ws.cell(row=H1, column=c, value=text)
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
for r in (H1, H2):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=r, column=c)
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

row = H2 + 1
unit_start = {}
for i, e in enumerate(employees):
    values = [i + 1, e["name"], None, e["rank"], e["position"], e["grade"], e["unit"]]
    for c, v in enumerate(values, start=1):
        ws.cell(row=row, column=c, value=v)
    nip_cell = ws.cell(row=row, column=3)
    if e.get("nip_as_number"):
        nip_cell.value = int(e["nip"])
        nip_cell.number_format = "0"
    else:
        nip_cell.value = e["nip"]
        nip_cell.number_format = "@"
    for k, s in enumerate(e["scores"]):
        ws.cell(row=row, column=8 + k, value=s)
    for k, name in enumerate(TECHNICAL):
        if name in e["tech"]:
            ws.cell(row=row, column=17 + k, value=e["tech"][name])
    ws.cell(row=row, column=17 + len(TECHNICAL), value=e["jpm"])
    ws.cell(row=row, column=18 + len(TECHNICAL), value=e["category"])
    ws.cell(row=row, column=19 + len(TECHNICAL), value="")
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = border
    unit_start.setdefault(e["unit"], [row, row])[1] = row
    row += 1
last_data = row - 1
# Units merged down over their employees, as many offices do.
for unit, (start, end) in unit_start.items():
    if end > start:
        for r in range(start + 1, end + 1):
            ws.cell(row=r, column=7).value = None
        ws.merge_cells(start_row=start, start_column=7, end_row=end, end_column=7)
        ws.cell(row=start, column=7).alignment = Alignment(vertical="center", wrap_text=True)

# Averages under the scores (a formula, as clerks write it).
ws.cell(row=row, column=2, value="Rata-rata").font = Font(bold=True)
for k in range(9):
    col = get_column_letter(8 + k)
    ws.cell(row=row, column=8 + k, value=f"=ROUND(AVERAGE({col}{H2 + 1}:{col}{last_data}),2)")
avg_row = row

# Signature block under the score columns.
sig = avg_row + 3
for k, text in enumerate(["Sukamaju, 10 November 2026", "Kepala Badan Kepegawaian dan", "Pengembangan SDM", "", "", "Dr. H. Ahmad Fauzi, M.Si.", "NIP. 197003151995031002"]):
    ws.cell(row=sig + k, column=13, value=text)

widths = [5, 26, 21, 7, 40, 11, 30] + [12] * 9 + [14] * len(TECHNICAL) + [9, 15, 14]
for c, w in enumerate(widths, start=1):
    ws.column_dimensions[get_column_letter(c)].width = w
ws.row_dimensions[H2].height = 45
ws.freeze_panes = ws.cell(row=H2 + 1, column=3)

# The office's own chart of the averages, beside the table.
chart = BarChart()
chart.type = "col"
chart.title = "Rata-rata Nilai per Kompetensi"
chart.y_axis.title = "Level"
data = Reference(ws, min_col=8, max_col=16, min_row=avg_row, max_row=avg_row)
cats = Reference(ws, min_col=8, max_col=16, min_row=H2, max_row=H2)
chart.add_data(data, from_rows=True, titles_from_data=False)
chart.set_categories(cats)
chart.legend = None
chart.width, chart.height = 22, 9
ws.add_chart(chart, f"B{sig + 9}")

logo = Image(LOGO)
logo.width, logo.height = 40, 40
ws.add_image(logo, f"{get_column_letter(ncols)}1")

# The agency's SKJ sheet: standards per position where they differ from the grade default.
skj = wb.create_sheet("SKJ")
skj.append(["Jabatan", "Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik",
            "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan", "Perekat Bangsa",
            *TECHNICAL])
for title, comps, tech in SKJ_ROWS:
    skj.append([title] + [comps.get(c) for c in CODES] + [tech.get(t) for t in TECHNICAL])
for c in range(1, 12 + len(TECHNICAL)):
    skj.cell(row=1, column=c).font = Font(bold=True)
skj.column_dimensions["A"].width = 34

wb.properties.creator = "BKPSDM Kabupaten Sukamaju"
wb.save(OUT)
print(f"{OUT}: {len(employees)} employees, header rows {H1}-{H2}, data rows {H2 + 1}-{last_data}")
