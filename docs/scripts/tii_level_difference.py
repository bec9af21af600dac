#!/usr/bin/env python3
"""Numbers for docs/tii-level-difference.md: our symmetric TII of Russia (bundled Comtrade,
docs/methods/trade-indices.md#tii-symmetric) against the published 2019 values (tests/TradeScope.Tests/Fixtures/paper).
Pure Python 3, reads only files inside the repository.

Usage: python3 docs/scripts/tii_level_difference.py [indices.csv]
  indices.csv: output of `tradescope indices --reporter RUS --year 2019` (optional; when given, the default variant
  computed here is checked against it to 1e-9 relative).
"""
import csv, gzip, io, math, statistics, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NON_COUNTRY = {"W00", "_X", "X1", "XX", "X2", "E19", "A79", "A59", "F19", "O19"}
EU28 = "AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE".split()
CIS = "ARM AZE BLR KAZ KGZ MDA TJK TKM UKR UZB".split()


def load(year):
    """X[s][d], World rows, per docs/methods/trade-indices.md#conventions: codes trimmed, S19 -> TWN,
    non-country partners out, self-trade dropped."""
    x, world = {}, {}
    with gzip.open(ROOT / "data" / "comtrade" / f"exports_{year}A.csv.gz", "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            s, d, v = row["reporter_iso3"].strip(), row["partner_iso3"].strip(), float(row["export_usd"])
            s = "TWN" if s == "S19" else s
            d = "TWN" if d == "S19" else d
            if d == "W00":
                world[s] = v
            elif d not in NON_COUNTRY and d != s:
                x.setdefault(s, {})[d] = x.get(s, {}).get(d, 0.0) + v
    return x, world


def tii_table(year, totals="world", world_total="reporters"):
    x, world = load(year)
    rows_sum = {s: sum(r.values()) for s, r in x.items()}
    tot = {s: (world.get(s, rows_sum[s]) if totals == "world" else rows_sum[s]) for s in x}
    xw = sum(tot.values())
    to = {}
    for s, r in x.items():
        for d, v in r.items():
            to[d] = to.get(d, 0.0) + v
    if world_total == "partner_sum":
        xw = sum(to.values())
    R = "RUS"
    out = {}
    for p in x:
        if p == R:
            continue
        num = (x[R].get(p, 0.0) + x[p].get(R, 0.0)) / (tot[R] + tot[p])
        den = (to.get(R, 0.0) + to.get(p, 0.0)) / xw
        mR, mP = to.get(R, 0.0) / xw, to.get(p, 0.0) / xw
        neutral = (tot[R] * mP + tot[p] * mR) / ((tot[R] + tot[p]) * (mR + mP))
        out[p] = dict(tii=num / den, num=num, den=den, neutral=neutral, XP=tot[p], mP=mP,
                      bil=x[R].get(p, 0.0) + x[p].get(R, 0.0), TP=tot[p] + to.get(p, 0.0),
                      nes=(world.get(p, rows_sum[p]) - rows_sum[p]) / world.get(p, rows_sum[p]) if world.get(p) else 0.0)
    return out


def spearman(a, b):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        k = 0
        while k < len(order):
            e = k
            while e + 1 < len(order) and v[order[e + 1]] == v[order[k]]:
                e += 1
            for j in range(k, e + 1):
                r[order[j]] = (k + e) / 2 + 1
            k = e + 1
        return r
    ra, rb = ranks(a), ranks(b)
    ma, mb = statistics.mean(ra), statistics.mean(rb)
    sab = sum((p - ma) * (q - mb) for p, q in zip(ra, rb))
    return sab / math.sqrt(sum((p - ma) ** 2 for p in ra) * sum((q - mb) ** 2 for q in rb))


def quantile(v, q):
    v = sorted(v)
    pos = q * (len(v) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def main():
    paper = {r["iso3"]: float(r["tii"]) for r in csv.DictReader(open(ROOT / "tests/TradeScope.Tests/Fixtures/paper/paper-tii-russia-2019.csv", encoding="utf-8"))}
    base = tii_table(2019)
    if len(sys.argv) > 1:
        cli = {r["partner_iso3"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
        worst = max(abs(float(cli[p]["tii_sym"]) / base[p]["tii"] - 1) for p in paper if p in base and cli[p]["tii_sym"])
        print(f"check against tradescope output: max relative difference {worst:.2e}")
    common = [p for p in paper if p in base]
    print(f"partners in the paper: {len(paper)}; with a value here: {len(common)}; missing: {sorted(set(paper) - set(common))}")
    ratio = {p: base[p]["tii"] / paper[p] for p in common}
    r = list(ratio.values())
    print(f"Spearman rho = {spearman([base[p]['tii'] for p in common], [paper[p] for p in common]):.4f}")
    print("ratio ours/paper: min {:.3f} p10 {:.3f} q1 {:.3f} median {:.3f} q3 {:.3f} p90 {:.3f} max {:.3f} mean {:.3f} sd {:.3f} cv {:.3f}".format(
        min(r), quantile(r, .1), quantile(r, .25), statistics.median(r), quantile(r, .75), quantile(r, .9), max(r),
        statistics.mean(r), statistics.stdev(r), statistics.stdev(r) / statistics.mean(r)))
    print("sorted ratios:", ", ".join(f"{p} {ratio[p]:.3f}" for p in sorted(common, key=ratio.get)))
    groups = {"EU28": [p for p in common if p in EU28], "CIS": [p for p in common if p in CIS],
              "other": [p for p in common if p not in EU28 and p not in CIS]}
    for g, ps in groups.items():
        v = [ratio[p] for p in ps]
        print(f"  {g:6s} n={len(v):2d} median {statistics.median(v):.3f} min {min(v):.3f} max {max(v):.3f}")
    # What the ratio moves with (Spearman over the common partners)
    feats = {
        "paper TII level": [paper[p] for p in common],
        "partner total exports X_P": [base[p]["XP"] for p in common],
        "partner share in world imports m_P": [base[p]["mP"] for p in common],
        "bilateral turnover X_RP+X_PR": [base[p]["bil"] for p in common],
        "bilateral turnover / partner turnover": [base[p]["bil"] / base[p]["TP"] for p in common],
        "neutral value": [base[p]["neutral"] for p in common],
        "partner's non-country share of its World row": [base[p]["nes"] for p in common],
    }
    print("Spearman of the ratio with:")
    for k, v in feats.items():
        print(f"  {k:48s} {spearman([ratio[p] for p in common], v):+.3f}")
    # Log-ratio decomposition over years and variants: which change moves the spread
    print("variants (median ratio, cv of ratios, Spearman):")
    for label, kw, year in [("default 2019 (World rows, X_w = Σ World rows)", {}, 2019),
                            ("2019, totals = sum over country partners", {"totals": "partners"}, 2019),
                            ("2019, X_w = Σ_d X_wd (country flows only)", {"world_total": "partner_sum"}, 2019),
                            ("2018 data", {}, 2018), ("2020 data", {}, 2020)]:
        t = tii_table(year, **kw)
        cp = [p for p in paper if p in t]
        rr = [t[p]["tii"] / paper[p] for p in cp]
        print(f"  {label:48s} median {statistics.median(rr):.3f}  cv {statistics.stdev(rr) / statistics.mean(rr):.3f}  rho {spearman([t[p]['tii'] for p in cp], [paper[p] for p in cp]):.4f}  n={len(cp)}")
    # Year-to-year movement of our own index, for scale
    t18, t20 = tii_table(2018), tii_table(2020)
    mv = [base[p]["tii"] / t18[p]["tii"] for p in common if p in t18]
    mv20 = [t20[p]["tii"] / base[p]["tii"] for p in common if p in t20]
    print(f"our 2019/2018 ratio over the same partners: median {statistics.median(mv):.3f} min {min(mv):.3f} max {max(mv):.3f} cv {statistics.stdev(mv) / statistics.mean(mv):.3f}")
    print(f"our 2020/2019 ratio over the same partners: median {statistics.median(mv20):.3f} min {min(mv20):.3f} max {max(mv20):.3f} cv {statistics.stdev(mv20) / statistics.mean(mv20):.3f}")
    # Reporter-side terms: rescale Russia's total exports X_R (factor b) or world exports to Russia X_wR (factor a) inside
    # TII_{R,P} = [(X_RP+X_PR)/(b·X_R+X_P)] / [(a·X_wR+X_wP)/X_w] and see how much of the spread of ratios is left.
    x, world = load(2019)
    rows_sum = {s: sum(v.values()) for s, v in x.items()}
    tot = {s: world.get(s, rows_sum[s]) for s in x}
    xw = sum(tot.values())
    xwr = sum(v.get("RUS", 0.0) for v in x.values())
    print(f"Russia 2019 here: X_R = {tot['RUS'] / 1e9:.1f} bn (World row), X_wR = {xwr / 1e9:.1f} bn (partners' exports to RUS), X_w = {xw / 1e9:.0f} bn")
    def scaled(a, b):
        return [base[p]["bil"] / (b * tot["RUS"] + base[p]["XP"]) / ((a * xwr + base[p]["mP"] * xw) / xw) / paper[p] for p in common]
    grid = [i / 100 for i in range(40, 161)]
    for name, f in [("X_wR x a", lambda k: scaled(k, 1.0)), ("X_R x b", lambda k: scaled(1.0, k))]:
        k, cv = min(((k, statistics.stdev(f(k)) / statistics.mean(f(k))) for k in grid), key=lambda t: t[1])
        v = f(k)
        print(f"  best single factor on {name}: {k:.2f} -> cv {cv:.3f}, median ratio {statistics.median(v):.3f}, range {min(v):.3f}-{max(v):.3f}")
    best = min(((statistics.stdev(scaled(a, b)) / statistics.mean(scaled(a, b)), a, b) for a in grid[::2] for b in grid[::2]))
    print(f"  best pair of factors (a, b) = ({best[1]:.2f}, {best[2]:.2f}) -> cv {best[0]:.3f}")
    # A common factor: what a single scale would leave
    k = statistics.median(r)
    resid = [abs(x / k - 1) for x in r]
    print(f"after dividing by the median ratio {k:.3f}: |residual| median {statistics.median(resid):.3f}, max {max(resid):.3f}; within ±10 %: {sum(x <= .10 for x in resid)}/{len(resid)}")


if __name__ == "__main__":
    main()
