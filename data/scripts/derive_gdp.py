#!/usr/bin/env python3
"""Derives data/gdp/gdp_per_capita.csv from the World Bank bulk CSV of NY.GDP.PCAP.CD (see data/gdp/README.md).

Usage: python3 data/scripts/derive_gdp.py PATH/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_5728786.csv > data/gdp/gdp_per_capita.csv

Keeps the 217 economies (drops the 49 World Bank aggregates listed below), years 1995-2022, one row per
economy x year in code then year order; an empty gdppc_usd means the World Bank reports no value. Values are
copied as text, unchanged. Standard library only; run by hand, never by the project's code or tests.
"""
import csv
import sys

FIRST, LAST = 1995, 2022

# World Bank regional, income and lending aggregates (not economies).
AGGREGATES = set("""
AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY LTE
MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD
""".split())


def main(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    if header[:4] != ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]:
        sys.exit(f"unexpected header: {header[:4]}")
    columns = {year: header.index(str(year)) for year in range(FIRST, LAST + 1)}
    economies = sorted((r for r in rows[1:] if r and r[1] not in AGGREGATES), key=lambda r: r[1])
    assert all(r[3] == "NY.GDP.PCAP.CD" for r in economies)
    assert len(AGGREGATES) == 49 and len(economies) == 217, (len(AGGREGATES), len(economies))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso3", "year", "gdppc_usd"])
    for r in economies:
        for year, column in columns.items():
            value = r[column].strip()
            if value:
                assert float(value) > 0, (r[1], year, value)
            out.writerow([r[1], year, value])


if __name__ == "__main__":
    main(sys.argv[1])
