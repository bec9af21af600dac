#!/usr/bin/env python3
"""Derives the bundled gravity reference tables (development tool; TradeScope never runs it).

Inputs (a local copy of the upstream files named in data/ref/geo/README.md and data/ref/rta/README.md):
  dist_cepii.csv.gz           CEPII GeoDist pairs (cepiigeodist R package export)
  wto_rta_parties_long.csv.gz WTO RTA database, one row per agreement x party
  key_bloc_members.csv        members of blocs that are themselves parties, with entry and exit dates
Outputs: data/ref/geo/dist_cepii.csv.gz (ISO3 codes) and data/ref/rta/rta_pairs.csv.gz (one row per pair x agreement).

Usage: derive_gravity_ref.py SOURCE_DIR REPO_DATA_REF_DIR
"""
import csv
import gzip
import itertools
import sys

# CEPII codes that are not ISO 3166 alpha-3; a code mapped to several copies its row to each successor.
CEPII_TO_ISO3 = {"ROM": ["ROU"], "ZAR": ["COD"], "TMP": ["TLS"], "PAL": ["PSE"], "YUG": ["SRB", "MNE"], "ANT": ["CUW", "SXM"]}

# WTO party names of blocs -> key_bloc_members bloc ids.
BLOC_PARTIES = {
    "European Union": "EU",
    "European Free Trade Association (EFTA)": "EFTA",
    "ASEAN Free Trade Area (AFTA)": "ASEAN_AFTA",
    "Southern Common Market (MERCOSUR)": "MERCOSUR",
    "Southern African Customs Union (SACU)": "SACU",
    "Eurasian Economic Union (EAEU)": "EAEU",
    "Gulf Cooperation Council (GCC)": "GCC",
    "Central American Common Market (CACM)": "CACM",
}
GOODS_STATUSES = {"In Force", "In force for at least one Party", "Inactive"}


def iso3_codes(code):
    return CEPII_TO_ISO3.get(code, [code])


def derive_distances(src, out):
    with gzip.open(src, "rt", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0].keys())
    seen = {}
    for row in rows:
        for o in iso3_codes(row["iso_o"]):
            for d in iso3_codes(row["iso_d"]):
                key = (o, d)
                # a real ISO3 row wins over a copy from a former or non-ISO code
                original = row["iso_o"] == o and row["iso_d"] == d
                if key in seen and not original:
                    continue
                seen[key] = dict(row, iso_o=o, iso_d=d)
    with gzip.open(out, "wt", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for key in sorted(seen):
            w.writerow(seen[key])
    print(f"{out}: {len(seen)} pairs")


def listed_member_only(party):
    """A row that lists a member of a bloc party rather than a current signatory in its own right."""
    return party["in_current"] == "FALSE"


def intersect(a_from, a_until, b_from, b_until):
    lo = max(a_from, b_from)
    ups = [u for u in (a_until, b_until) if u]
    hi = min(ups) if ups else ""
    return (lo, hi) if not hi or lo <= hi else None


def derive_rta(parties_src, blocs_src, out):
    with open(blocs_src, newline="") as f:
        members = {}
        for r in csv.DictReader(f):
            members.setdefault(r["bloc"], []).append((r["member_iso3"], r["member_entry"] or r["bloc_eif_goods"], r["member_exit"]))
    with gzip.open(parties_src, "rt", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["status"] in GOODS_STATUSES and r["eif_goods"]]
    by_rta = {}
    for r in rows:
        by_rta.setdefault(r["rta_id"], []).append(r)
    pairs = []
    for rta_id, parties in by_rta.items():
        first = parties[0]
        span = (first["eif_goods"], first["inactive_date"])
        expanded = []  # (party index, iso3, from, until)
        # The WTO file also lists the members of a bloc party one by one; the bloc's membership dates cover them.
        in_bloc_party = {
            iso3
            for p in parties
            if p["is_bloc"] == "TRUE" and p["party"] in BLOC_PARTIES
            for iso3, _, _ in members[BLOC_PARTIES[p["party"]]]
        }
        for k, p in enumerate(parties):
            p_span = intersect(span[0], span[1], p["party_entry"] or span[0], p["party_exit"])
            if p_span is None:
                continue
            if p["is_bloc"] == "TRUE":
                bloc = BLOC_PARTIES.get(p["party"])
                if bloc is None:
                    print(f"skipped bloc party {p['party']} in RTA {rta_id}", file=sys.stderr)
                    continue
                for iso3, m_from, m_until in members[bloc]:
                    m_span = intersect(p_span[0], p_span[1], m_from, m_until)
                    if m_span:
                        expanded.append((k, iso3, *m_span))
            elif p["party_iso3"] and not (p["party_iso3"] in in_bloc_party and listed_member_only(p)):
                expanded.append((k, p["party_iso3"], *p_span))
        for a, b in itertools.combinations(expanded, 2):
            if a[0] == b[0] or a[1] == b[1]:
                continue  # members of the same bloc party are paired by the bloc's own agreement
            both = intersect(a[2], a[3], b[2], b[3])
            if both:
                lo, hi = sorted([a[1], b[1]])
                pairs.append((lo, hi, both[0], both[1], rta_id, first["type"], first["rta_name"]))
    pairs = sorted(set(pairs))
    with gzip.open(out, "wt", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3_a", "iso3_b", "from", "until", "rta_id", "type", "rta_name"])
        w.writerows(pairs)
    print(f"{out}: {len(pairs)} pair x agreement rows")


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    derive_distances(f"{src}/geo/dist_cepii.csv.gz", f"{dst}/geo/dist_cepii.csv.gz")
    derive_rta(f"{src}/blocs/wto_rta_parties_long.csv.gz", f"{src}/blocs/key_bloc_members.csv", f"{dst}/rta/rta_pairs.csv.gz")
