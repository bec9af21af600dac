#!/usr/bin/env python3
"""Derives data/ref/countries.csv and data/ref/groups.csv from the upstream reference files.

Development tool only: TradeScope never runs it (the derived CSVs are committed and embedded in the library).
Usage: python3 data/scripts/derive_ref.py UPSTREAM_DIR
  UPSTREAM_DIR holds countries/ (UNSD-en.csv, UNSD-ru.csv), ref/blocs/ (key_bloc_members.csv, ru_unfriendly_430r.csv)
  and comtrade-exports/ (exports_YYYYA.csv.gz); the output goes to data/ref/ next to this script.
Every correction to the upstream lists is listed in CORRECTIONS below and documented in docs/groups.md.
"""
import csv
import gzip
import os
import sys

up = sys.argv[1]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ref")

# ---------------------------------------------------------------- countries
en = {r["ISO-alpha3 Code"]: r for r in csv.DictReader(open(f"{up}/countries/UNSD-en.csv", encoding="utf-8-sig"))}
ru = {r["ISO-alpha3 Code"]: r for r in csv.DictReader(open(f"{up}/countries/UNSD-ru.csv", encoding="utf-8-sig"))}
assert set(en) == set(ru)

special = {"W00", "_X", "X1", "XX", "X2", "E19", "A79", "A59", "F19", "O19", "S19"}
comtrade_codes = {}  # iso3 -> set of Comtrade numeric codes seen in the export files
for y in range(2014, 2023):
    with gzip.open(f"{up}/comtrade-exports/exports_{y}A.csv.gz", "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for side in ("reporter", "partner"):
                code = row[side + "_iso3"].strip()
                comtrade_codes.setdefault("TWN" if code == "S19" else code, set()).add(int(row[side + "_m49"]))

countries = []
for iso3, r in en.items():
    m49 = int(r["M49 Code"])
    extra = sorted(c for c in comtrade_codes.get(iso3, ()) if c != m49)
    countries.append((iso3, m49, ";".join(map(str, extra)), r["Country or Area"], ru[iso3]["Country or Area"]))
# Comtrade-only territory code (not ISO 3166): British Antarctic Territory, M49-style code 80 in Comtrade.
countries.append(("ATB", 80, "", "British Antarctic Territory", "Британская антарктическая территория"))
countries.sort()
codes = {c[0] for c in countries}
missing = [c for c in comtrade_codes if c not in codes and c not in special]
assert not missing, f"Comtrade codes without a country row: {missing}"

with open(f"{out}/countries.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["iso3", "m49", "comtrade_m49", "name_en", "name_ru"])
    w.writerows(countries)

# ---------------------------------------------------------------- groups
NAMES = {
    "EU": ("European Union", "Европейский союз"),
    "EAEU": ("Eurasian Economic Union", "Евразийский экономический союз"),
    "CIS_FTA": ("CIS Free Trade Area (2011 treaty)", "Зона свободной торговли СНГ (договор 2011 г.)"),
    "MERCOSUR": ("Southern Common Market (MERCOSUR)", "Южноамериканский общий рынок (МЕРКОСУР)"),
    "ANDEAN": ("Andean Community", "Андское сообщество"),
    "ASEAN": ("Association of Southeast Asian Nations", "Ассоциация государств Юго-Восточной Азии (АСЕАН)"),
    "COMESA": ("Common Market for Eastern and Southern Africa", "Общий рынок Восточной и Южной Африки (КОМЕСА)"),
    "CACM": ("Central American Common Market", "Центральноамериканский общий рынок"),
    "CARICOM": ("Caribbean Community", "Карибское сообщество (КАРИКОМ)"),
    "GCC": ("Gulf Cooperation Council", "Совет сотрудничества арабских государств Персидского залива"),
    "SACU": ("Southern African Customs Union", "Южноафриканский таможенный союз"),
    "EFTA": ("European Free Trade Association", "Европейская ассоциация свободной торговли (ЕАСТ)"),
    "NAFTA": ("North American Free Trade Agreement", "Североамериканское соглашение о свободной торговле (НАФТА)"),
    "USMCA": ("United States-Mexico-Canada Agreement", "Соглашение между США, Мексикой и Канадой (ЮСМКА)"),
    "NAFTA_USMCA": ("NAFTA, from 1 July 2020 USMCA", "НАФТА, с 1 июля 2020 г. ЮСМКА"),
    "RU_UNFRIENDLY": ("States and territories on Russia's 'unfriendly' list (order 430-r)",
                      "Недружественные государства и территории (распоряжение Правительства РФ № 430-р)"),
}
# bundled id <- key_bloc_members id
FROM_WTO = {"EU": "EU", "EAEU": "EAEU", "CIS_FTA": "CIS_FTA_2011", "MERCOSUR": "MERCOSUR", "ANDEAN": "CAN",
            "COMESA": "COMESA", "CACM": "CACM", "CARICOM": "CARICOM", "GCC": "GCC", "SACU": "SACU", "EFTA": "EFTA",
            "NAFTA": "NAFTA", "USMCA": "USMCA"}

rows = []  # (group, member, from, until, source)
for r in csv.DictReader(open(f"{up}/ref/blocs/key_bloc_members.csv", encoding="utf-8")):
    gid = next((g for g, w in FROM_WTO.items() if w == r["bloc"]), None)
    if gid is None:
        continue
    until = r["member_exit"]
    if not until and r["bloc_inactive_date"]:
        until = r["bloc_inactive_date"]  # NAFTA: inactive 2020-07-01 -> corrected below to 2020-06-30
    rows.append([gid, r["member_iso3"], r["member_entry"], until, f"WTO RTA database, RTA {r['rta_id']}"])


def find(gid, iso3):
    hit = [r for r in rows if r[0] == gid and r[1] == iso3]
    assert len(hit) == 1, (gid, iso3, hit)
    return hit[0]


def correct(gid, iso3, frm=None, until=None, note=""):
    r = find(gid, iso3)
    if frm is not None:
        r[2] = frm
    if until is not None:
        r[3] = until
    r[4] += "; corrected: " + note


def add(gid, iso3, frm, until, source):
    rows.append([gid, iso3, frm, until, source])


def drop(gid, iso3):
    rows.remove(find(gid, iso3))


# EU: docs/methods/trade-indices.md#group-membership trade-statistics convention EU27_2020 from 2020 (WTO: exit 2020-12-31, end of transition;
# legal withdrawal 2020-01-31).
correct("EU", "GBR", until="2019-12-31",
        note="EU27_2020 from 2020 by trade-statistics convention (docs/methods/trade-indices.md#group-membership); withdrawal 2020-01-31, WTO gives 2020-12-31")
# NAFTA ends the day before USMCA enters into force.
for c in ("CAN", "MEX", "USA"):
    correct("NAFTA", c, until="2020-06-30", note="terminated when USMCA entered into force on 2020-07-01")
    add("NAFTA_USMCA", c, "1994-01-01", "", "WTO RTA database, RTA 122 (NAFTA) and 1087 (USMCA); one group by date (docs/methods/trade-indices.md#group-membership)")
# MERCOSUR (mercosur.int, 'Estados Partes'): Venezuela full member 2012-07-31, suspended from 2016-12-01;
# Bolivia full member from 2024-07-08. The WTO notification lists the four founders only.
add("MERCOSUR", "VEN", "2012-07-31", "2016-11-30",
    "mercosur.int: full member from 2012-07-31, suspended 2016-12-01 (indefinitely from 2017-08-05); not in the WTO list")
add("MERCOSUR", "BOL", "2024-07-08", "",
    "mercosur.int: full member after ratifying the accession protocol (2024-07-08); not in the WTO list")
# Andean Community (comunidadandina.org): Cartagena Agreement in force 1969-10-16; Chile left 1976-10-30;
# Venezuela joined 1973-02-13, left 2006-04-22. The WTO record starts at 1988-05-25 (Quito protocol).
for c in ("BOL", "COL", "ECU", "PER"):
    correct("ANDEAN", c, frm="1969-10-16", note="Cartagena Agreement in force 1969-10-16 (WTO: 1988-05-25, Quito protocol)")
correct("ANDEAN", "VEN", frm="1973-02-13", note="Venezuela acceded 1973-02-13 (WTO: 1988-05-25)")
add("ANDEAN", "CHL", "1969-10-16", "1976-10-30", "comunidadandina.org: founding member, withdrew 1976-10-30; not in the WTO list")
# ASEAN: membership of the Association (asean.org), not the ATIGA entry-into-force date the WTO export gives.
ASEAN = {"IDN": "1967-08-08", "MYS": "1967-08-08", "PHL": "1967-08-08", "SGP": "1967-08-08", "THA": "1967-08-08",
         "BRN": "1984-01-07", "VNM": "1995-07-28", "LAO": "1997-07-23", "MMR": "1997-07-23", "KHM": "1999-04-30"}
for r in csv.DictReader(open(f"{up}/ref/blocs/key_bloc_members.csv", encoding="utf-8")):
    if r["bloc"] == "ASEAN_AFTA":
        assert r["member_iso3"] in ASEAN
for c, d in ASEAN.items():
    add("ASEAN", c, d, "", "asean.org admission dates; WTO RTA 1170 (ATIGA, 2010-05-17) lists the same ten members")
add("ASEAN", "TLS", "2025-10-26", "", "asean.org: admitted as 11th member at the 47th Summit (2025-10-26)")
# COMESA (comesa.int member list, 21 states): Angola is not a member (withdrew 2007); Somalia joined 2018.
correct("COMESA", "AGO", until="2006-12-31",
        note="not on the official COMESA list; withdrew in 2007 (day not established, treated as out from 2007)")
correct("COMESA", "SOM", frm="2018-07-19", note="admitted at the 20th COMESA Summit, 2018-07-19 (WTO: 1994-12-08)")
# CIS FTA 2011: WTO dates kept. Russia suspended the FTA regime with Ukraine from 2016-01-01 (bilateral
# suspension, Ukraine remains a party); Uzbekistan applies the treaty through a 2013 protocol and is not a party.

# RU_UNFRIENDLY: Government order 430-r (2022-03-05) and additions; dated by inclusion, as-of date independent
# of the data year (docs/methods/trade-indices.md#group-membership).
for r in csv.DictReader(open(f"{up}/ref/blocs/ru_unfriendly_430r.csv", encoding="utf-8")):
    iso3 = r["iso3"]
    if not iso3 and r["name_en"].startswith("British Antarctic"):
        iso3 = "ATB"  # Comtrade's code for the British Antarctic Territory
    if not iso3:
        print("skipped (no code):", r["name_en"], file=sys.stderr)  # Akrotiri and Dhekelia: not a Comtrade partner
        continue
    date = r["date_included"] if r["date_included"][:2] == "20" else "2022-10-30"
    add("RU_UNFRIENDLY", iso3, date, "", "Government of the RF order 430-r and additions: " + r["date_note"])

for r in rows:
    assert r[1] in codes, r
order = list(NAMES)
rows.sort(key=lambda r: (order.index(r[0]), r[1], r[2]))
with open(f"{out}/groups.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["group_id", "name_en", "name_ru", "member_iso3", "from", "until", "source", "dating"])
    for g, m, frm, until, src in rows:
        # dating: 'annual' = members in year t are those on the reference day of t (docs/methods/trade-indices.md#group-membership);
        # 'as_of' = a list applied at an as-of date independent of the data year (the sanctions list).
        w.writerow([g, NAMES[g][0], NAMES[g][1], m, frm, until, src, "as_of" if g == "RU_UNFRIENDLY" else "annual"])
print(len(countries), "countries,", len(rows), "group rows")
