#!/usr/bin/env python3
"""Copies and derives the product classifications of data/ref/products/ from the upstream reference files.

Development tool only: TradeScope never runs it (the files are committed and embedded in the library).
Usage: python3 data/scripts/derive_products.py UPSTREAM_DIR
  UPSTREAM_DIR holds hs-sections/ (hs_chapters_sections_en_ru.csv), concordance/ (the R package 'concordance' tables as
  gzip CSV) and misc/ (tech_intensity_industry.csv, bec4_to_sna_end_use.csv); the output goes to data/ref/products/.
data/ref/products/README.md documents every file; the Russian SITC names below are TradeScope's own translation.
"""
import csv
import gzip
import io
import os
import shutil
import sys

up = sys.argv[1]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ref", "products")
os.makedirs(out, exist_ok=True)


def gz_rows(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_gz(name, rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    # mtime=0: the same input gives the same bytes.
    with open(os.path.join(out, name), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(buffer.getvalue().encode("utf-8"))


# ------------------------------------------------------------ copied unchanged
copied = [f"hs{v}_bec4.csv.gz" for v in range(6)]
copied += ["hs0_sitc3.csv.gz"] + [f"hs{v}_sitc4.csv.gz" for v in range(1, 7)]
copied += ["hs0_isic3.csv.gz", "hs2_isic3.csv.gz", "hs5_isic3.csv.gz", "hs_isic3.csv.gz", "hs6_hs5.csv.gz"]
for name in copied:
    shutil.copyfile(f"{up}/concordance/{name}", os.path.join(out, name))
shutil.copyfile(f"{up}/concordance/LICENSE.md", os.path.join(out, "LICENSE.concordance.md"))
for name in ["tech_intensity_industry.csv", "bec4_to_sna_end_use.csv"]:
    shutil.copyfile(f"{up}/misc/{name}", os.path.join(out, name))
with open(f"{up}/hs-sections/hs_chapters_sections_en_ru.csv", encoding="utf-8", newline="") as f:
    write_gz("hs_chapters_sections_en_ru.csv.gz", list(csv.reader(f)))

# ------------------------------------------------------------ HS headings (4 digits), English
# Newest description first: HS2017, then HS2002, then HS1992.
headings = {}
for vintage in ["hs5_desc", "hs2_desc", "hs0_desc"]:
    for code, desc in gz_rows(f"{up}/concordance/{vintage}.csv.gz")[1:]:
        if len(code) == 4 and code not in headings:
            headings[code] = (desc, vintage[:3])
# Headings new in HS 2022 (in hs6_hs5 but in no description list): texts of the WCO HS 2022 nomenclature.
hs2022 = {
    "0309": "Flours, meals and pellets of fish, crustaceans, molluscs and other aquatic invertebrates, "
    "fit for human consumption",
    "2404": "Products containing tobacco, reconstituted tobacco, nicotine, or tobacco or nicotine substitutes, intended for "
    "inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body",
    "3827": "Mixtures containing halogenated derivatives of methane, ethane or propane, not elsewhere specified or included",
    "8549": "Electrical and electronic waste and scrap",
    "8806": "Unmanned aircraft",
    "8807": "Parts of goods of heading 88.01, 88.02 or 88.06",
}
source = {"hs5": "HS2017", "hs2": "HS2002", "hs0": "HS1992"}
rows = [["heading", "name_en", "source"]]
rows += [[c, d, source[v]] for c, (d, v) in sorted(headings.items())]
rows += [[c, d, "HS2022"] for c, d in sorted(hs2022.items()) if c not in headings]
rows.sort(key=lambda r: r[0] if r[0] != "heading" else "")
write_gz("hs4_headings.csv.gz", rows)

# ------------------------------------------------------------ SITC sections and divisions
# English: SITC Rev.4 descriptions (identical to Rev.3 at one and two digits except typography). Two-digit codes x0 (x > 0)
# repeat the section heading and 0X..9X are Comtrade memorandum items: not divisions.
ru = {
    "0": "Продовольственные товары и живые животные",
    "1": "Напитки и табак",
    "2": "Сырье непродовольственное, кроме топлива",
    "3": "Минеральное топливо, смазочные масла и аналогичные материалы",
    "4": "Масла, жиры и воски животного и растительного происхождения",
    "5": "Химические вещества и аналогичная продукция, не включенные в другие категории",
    "6": "Промышленные товары, классифицируемые главным образом по виду материала",
    "7": "Машины и транспортное оборудование",
    "8": "Разные готовые изделия",
    "9": "Товары и операции, не включенные в другие категории МСТК",
    "00": "Живые животные, кроме животных раздела 03",
    "01": "Мясо и мясные продукты",
    "02": "Молочные продукты и яйца птиц",
    "03": "Рыба (кроме морских млекопитающих), ракообразные, моллюски и водные беспозвоночные и продукты из них",
    "04": "Зерновые и продукты из них",
    "05": "Овощи и фрукты",
    "06": "Сахар, изделия из сахара и мед",
    "07": "Кофе, чай, какао, пряности и изделия из них",
    "08": "Корма для животных (кроме немолотого зерна)",
    "09": "Прочие пищевые продукты и готовые изделия",
    "11": "Напитки",
    "12": "Табак и табачные изделия",
    "21": "Шкуры и меха необработанные",
    "22": "Масличные семена и плоды",
    "23": "Каучук сырой (включая синтетический и регенерированный)",
    "24": "Пробка и древесина",
    "25": "Целлюлоза и макулатура",
    "26": "Текстильные волокна (кроме шерстяных топсов и прочей гребенной шерсти) и их отходы, "
    "не переработанные в пряжу или ткань",
    "27": "Удобрения сырые, кроме удобрений раздела 56, и минеральное сырье (кроме угля, нефти и драгоценных камней)",
    "28": "Металлические руды и лом металлов",
    "29": "Сырье животного и растительного происхождения, не включенное в другие категории",
    "32": "Уголь, кокс и брикеты",
    "33": "Нефть, нефтепродукты и аналогичные материалы",
    "34": "Газ природный и искусственный",
    "35": "Электроэнергия",
    "41": "Жиры и масла животного происхождения",
    "42": "Жиры и масла растительные нелетучие, сырые, рафинированные или фракционированные",
    "43": "Жиры и масла животные или растительные, переработанные; воски животного или растительного происхождения; "
    "непищевые смеси и продукты из животных или растительных жиров и масел, не включенные в другие категории",
    "51": "Органические химические вещества",
    "52": "Неорганические химические вещества",
    "53": "Красильные, дубильные и красящие вещества",
    "54": "Медикаменты и фармацевтическая продукция",
    "55": "Эфирные масла, резиноиды и парфюмерные вещества; туалетные, полирующие и чистящие средства",
    "56": "Удобрения (кроме удобрений группы 272)",
    "57": "Пластмассы в первичных формах",
    "58": "Пластмассы в непервичных формах",
    "59": "Химические материалы и продукты, не включенные в другие категории",
    "61": "Кожа, изделия из кожи, не включенные в другие категории, и выделанные меха",
    "62": "Резиновые изделия, не включенные в другие категории",
    "63": "Изделия из пробки и древесины (кроме мебели)",
    "64": "Бумага, картон и изделия из бумажной массы, бумаги или картона",
    "65": "Текстильная пряжа, ткани, готовые изделия, не включенные в другие категории, и аналогичная продукция",
    "66": "Изделия из неметаллических минералов, не включенные в другие категории",
    "67": "Черные металлы (чугун и сталь)",
    "68": "Цветные металлы",
    "69": "Изделия из металлов, не включенные в другие категории",
    "71": "Энергосиловые машины и оборудование",
    "72": "Машины специального назначения для отдельных отраслей",
    "73": "Металлообрабатывающее оборудование",
    "74": "Машины и оборудование общепромышленного назначения и их части, не включенные в другие категории",
    "75": "Конторские машины и вычислительные машины",
    "76": "Аппаратура и оборудование для электросвязи, звукозаписи и звуковоспроизведения",
    "77": "Электрические машины, аппараты и приборы и их электрические части, не включенные в другие категории "
    "(включая неэлектрические аналоги бытовых электроприборов)",
    "78": "Дорожные транспортные средства (включая суда на воздушной подушке)",
    "79": "Прочие транспортные средства",
    "81": "Сборные строительные конструкции; санитарно-техническое, отопительное и осветительное оборудование, "
    "не включенное в другие категории",
    "82": "Мебель и ее части; постельные принадлежности, матрацы, основы матрацные, диванные подушки "
    "и аналогичные набивные изделия",
    "83": "Дорожные принадлежности, сумки и аналогичные изделия",
    "84": "Предметы одежды и принадлежности к одежде",
    "85": "Обувь",
    "87": "Профессиональные, научные и контрольно-измерительные приборы и аппараты, не включенные в другие категории",
    "88": "Фотоаппаратура, оборудование и принадлежности, оптические товары, не включенные в другие категории; часы",
    "89": "Разные готовые изделия, не включенные в другие категории",
    "91": "Почтовые отправления, не классифицированные по видам",
    "93": "Специальные операции и товары, не классифицированные по видам",
    "96": "Монеты (кроме золотых), не являющиеся законным платежным средством",
    "97": "Золото немонетарное (кроме золотых руд и концентратов)",
}
sitc = gz_rows(f"{up}/concordance/sitc4_desc.csv.gz")[1:]
rows = [["code", "level", "name_en", "name_ru"]]
for code, desc in sitc:
    if len(code) == 1 and code.isdigit():
        rows.append([code, "section", desc, ru[code]])
    elif len(code) == 2 and code.isdigit() and not (code[1] == "0" and code[0] != "0"):
        rows.append([code, "division", desc.replace("’", "'").replace("Division", "division"), ru[code]])
assert len(rows) == 1 + 10 + 67, len(rows)
assert {r[0] for r in rows[1:]} == set(ru)
with open(os.path.join(out, "sitc_sections_divisions.csv"), "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
