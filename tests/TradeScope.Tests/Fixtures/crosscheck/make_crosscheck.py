#!/usr/bin/python3
"""Cross-check fixtures for TradeScope.Econometrics, computed with statsmodels (Debian python3-statsmodels).

Run from this folder with Debian's interpreter:  /usr/bin/python3 make_crosscheck.py ../fixest/fixest_trade.csv.gz
Writes: grunfeld.csv, synthetic.csv, trade_subset.csv (inputs) and expected.csv (reference estimates), versions.txt.
Conventions of the references (statsmodels defaults):
  iid   : sigma^2 (X'X)^-1, sigma^2 = RSS/(n-k)            HC0..HC3: MacKinnon-White, HC1 = n/(n-k)
  cluster (one-way): G/(G-1) (n-1)/(n-k);  two-way: V_A + V_B - V_AB, each term G_x/(G_x-1) (n-1)/(n-k)
  GLM Poisson: HC0 sandwich; HC1 = HC0 x n/(n-k) applied here (statsmodels' GLM "HC1" is unscaled), as R sandwich's
  vcovHC(type = "HC1"); cluster as above.
Fixed effects are entered as dummies (k counts every dummy), which is what TradeScope's K counts.
Separation: the maximal separated set is found by a linear programme (scipy linprog), independently of the ReLU test,
and the Poisson GLM is fitted on the remaining observations.
"""
import sys
import numpy as np
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy.optimize import linprog
from statsmodels.datasets import grunfeld

rows = []


def add(dataset, estimator, formula, vcov, res, terms):
    for term, name in terms.items():
        rows.append(dict(dataset=dataset, estimator=estimator, formula=formula, vcov=vcov, term=name,
                         estimate=res.params[term], std_error=res.bse[term]))


def ols_all(dataset, df, sm_formula, ts_formula, terms, g1, g2):
    for cov in ["nonrobust", "HC0", "HC1", "HC2", "HC3"]:
        res = smf.ols(sm_formula, df).fit(cov_type=cov)
        add(dataset, "ols", ts_formula, {"nonrobust": "iid"}.get(cov, cov.lower()), res, terms)
    res = smf.ols(sm_formula, df).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(df[g1])[0]})
    add(dataset, "ols", ts_formula, f"cluster:{g1}", res, terms)
    groups = np.column_stack([pd.factorize(df[g1])[0], pd.factorize(df[g2])[0]])
    res = smf.ols(sm_formula, df).fit(cov_type="cluster", cov_kwds={"groups": groups})
    add(dataset, "ols", ts_formula, f"cluster:{g1},{g2}", res, terms)


def poisson_all(dataset, df, sm_formula, ts_formula, terms, g1=None):
    res = smf.glm(sm_formula, df, family=sm.families.Poisson()).fit(cov_type="HC0", tol=1e-13)
    add(dataset, "ppml", ts_formula, "hc0", res, terms)
    # statsmodels 0.13 GLM cov_type="HC1" returns HC0 unscaled; HC1 as in R sandwich::vcovHC(type="HC1") for glm:
    res.bse[:] = res.bse * np.sqrt(res.nobs / (res.nobs - len(res.params)))
    add(dataset, "ppml", ts_formula, "hc1", res, terms)
    if g1:
        res = smf.glm(sm_formula, df, family=sm.families.Poisson()).fit(
            cov_type="cluster", cov_kwds={"groups": pd.factorize(df[g1])[0]}, tol=1e-13)
        add(dataset, "ppml", ts_formula, f"cluster:{g1}", res, terms)


# 1. Grunfeld (1950) investment panel, public domain (statsmodels.datasets.grunfeld)
g = grunfeld.load_pandas().data
g["year"] = g["year"].astype(int)
g.to_csv("grunfeld.csv", index=False)
ols_all("grunfeld.csv", g, "invest ~ value + capital", "invest ~ value + capital",
        {"Intercept": "(Intercept)", "value": "value", "capital": "capital"}, "firm", "year")
# OLS with two absorbed fixed effects = dummies
for cov in ["nonrobust", "HC1"]:
    res = smf.ols("invest ~ value + capital + C(firm) + C(year)", g).fit(cov_type=cov)
    add("grunfeld.csv", "ols", "invest ~ value + capital | firm + year", {"nonrobust": "iid"}.get(cov, cov.lower()), res,
        {"value": "value", "capital": "capital"})
res = smf.ols("invest ~ value + capital + C(firm) + C(year)", g).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(g["firm"])[0]})
add("grunfeld.csv", "ols", "invest ~ value + capital | firm + year", "cluster:firm", res, {"value": "value", "capital": "capital"})

# 2. Synthetic data (seeded): continuous and count outcomes, two crossed cluster variables
rng = np.random.default_rng(20240611)
n = 300
s = pd.DataFrame({"x1": rng.normal(size=n), "x2": rng.uniform(0, 2, size=n), "x3": rng.lognormal(size=n),
                  "g1": rng.integers(0, 25, size=n), "g2": rng.integers(0, 7, size=n)})
s["g1"] = "c" + s["g1"].astype(str)
s["y"] = 1 + 0.5 * s.x1 - 0.3 * s.x2 + 0.2 * np.log(s.x3) + rng.normal(size=n) * (0.5 + s.x2)
s["count"] = rng.poisson(np.exp(0.2 + 0.4 * s.x1 - 0.5 * s.x2))
s.round(10).to_csv("synthetic.csv", index=False)
s = pd.read_csv("synthetic.csv")
ols_all("synthetic.csv", s, "y ~ x1 + x2 + np.log(x3)", "y ~ x1 + x2 + log(x3)",
        {"Intercept": "(Intercept)", "x1": "x1", "x2": "x2", "np.log(x3)": "log(x3)"}, "g1", "g2")
poisson_all("synthetic.csv", s, "count ~ x1 + x2", "count ~ x1 + x2",
            {"Intercept": "(Intercept)", "x1": "x1", "x2": "x2"}, "g1")
poisson_all("synthetic.csv", s, "count ~ x1 + x2 + C(g2)", "count ~ x1 + x2 | g2", {"x1": "x1", "x2": "x2"})

# 3. A subset of fixest's EU15 trade panel (2016, products 1-3): PPML with and without origin/destination dummies
t = pd.read_csv(sys.argv[1])
t = t[(t.Year == 2016) & (t.Product <= 3)].reset_index(drop=True)
t.to_csv("trade_subset.csv", index=False)
t = pd.read_csv("trade_subset.csv")
t["Euros_m"] = t["Euros"] / 1e6
poisson_all("trade_subset.csv", t, "Euros ~ np.log(dist_km)", "Euros ~ log(dist_km)",
            {"Intercept": "(Intercept)", "np.log(dist_km)": "log(dist_km)"}, "Origin")
poisson_all("trade_subset.csv", t, "Euros ~ np.log(dist_km) + C(Origin) + C(Destination)", "Euros ~ log(dist_km) | Origin + Destination",
            {"np.log(dist_km)": "log(dist_km)"})

# 4. ppmlhdfe separation data: maximal separated set by LP, then Poisson GLM on the rest
def separated_by_lp(y, X):
    """Observation i (y_i = 0) is separated iff max z_i = X_i gamma s.t. X_zero gamma >= 0, X_pos gamma = 0, z_i <= 1 is > 0."""
    zero = np.where(y == 0)[0]
    pos = np.where(y > 0)[0]
    k = X.shape[1]
    found = []
    for i in zero:
        res = linprog(-X[i], A_ub=np.vstack([-X[zero], X[i][None, :]]), b_ub=np.concatenate([np.zeros(len(zero)), [1.0]]),
                      A_eq=X[pos] if len(pos) else None, b_eq=np.zeros(len(pos)) if len(pos) else None,
                      bounds=[(None, None)] * k, method="highs")
        assert res.status == 0, res.message
        if -res.fun > 1e-7:
            found.append(i)
    return found


for name, formula, fe in [("sep_example1.csv", "y ~ x1 + x2 + x3 + x4", []), ("sep_example2.csv", "y ~ x1 + x2 + x3 + x4", []),
                          ("sep_benchmark10.csv", "y ~ x1 + x2 + x3", []), ("sep_fe1.csv", "y ~ x1 + x2", ["i", "j"]),
                          ("sep_fe2.csv", "y ~ x1", ["i", "j"]), ("sep_fe3.csv", "y ~ x1", ["i", "j"])]:
    d = pd.read_csv(f"../ppmlhdfe/{name}")
    rhs = formula.split("~")[1].strip()
    full = rhs + "".join(f" + C({f})" for f in fe)
    X = np.asarray(smf.glm(f"y ~ {full}", d, family=sm.families.Poisson()).data.exog if False else
                   pd.get_dummies(d[[v.strip() for v in rhs.split("+")] + fe].astype({f: str for f in fe}), dtype=float).assign(one=1.0))
    y = d.y.to_numpy(dtype=float)
    alive = np.arange(len(d))
    sep = []
    while True:  # a maximal certificate may need several rounds: drop what is found, test the rest again
        found = separated_by_lp(y[alive], X[alive])
        if not found:
            break
        sep += [int(alive[i]) for i in found]
        alive = np.delete(alive, found)
    sep = sorted(sep)
    rest = d.drop(index=sep).reset_index(drop=True)
    # drop regressors that became collinear (constant zero or duplicates), keeping the first as fixest does
    keep = []
    for v in [v.strip() for v in rhs.split("+")]:
        cand = keep + [v]
        M = np.column_stack([np.ones(len(rest))] + [rest[c] for c in cand] +
                            [pd.get_dummies(rest[f].astype(str), dtype=float).to_numpy() for f in fe])
        Mprev = np.column_stack([np.ones(len(rest))] + [rest[c] for c in keep] +
                                [pd.get_dummies(rest[f].astype(str), dtype=float).to_numpy() for f in fe])
        if np.linalg.matrix_rank(M) > np.linalg.matrix_rank(Mprev):
            keep.append(v)
    ts_formula = formula + (" | " + " + ".join(fe) if fe else "")
    nparams = np.linalg.matrix_rank(np.column_stack([np.ones(len(rest))] + [rest[c] for c in keep] +
                                                    [pd.get_dummies(rest[f].astype(str), dtype=float).to_numpy() for f in fe]))
    if len(rest) > nparams:  # an exactly identified rest (example2) has no Poisson GLM to compare
        model = smf.glm("y ~ " + " + ".join(keep + [f"C({f})" for f in fe]), rest, family=sm.families.Poisson())
        try:
            res = model.fit(cov_type="HC0", tol=1e-13)
        except np.linalg.LinAlgError:  # rank-deficient dummies: estimates only (pinv), no standard errors
            res = model.fit(tol=1e-13)
            res.bse[:] = np.nan
        terms = {v: v for v in keep}
        if not fe:
            terms["Intercept"] = "(Intercept)"
        add(name, "ppml", ts_formula, "hc0", res, terms)
    rows.append(dict(dataset=name, estimator="ppml", formula=ts_formula, vcov="separated_lines", term="",
                     estimate=float(len(sep)), std_error=np.nan))
    print(name, "separated rows (0-based):", sep, "kept regressors:", keep)
    for r in sep:
        rows.append(dict(dataset=name, estimator="ppml", formula=ts_formula, vcov="separated_line", term=str(r + 2),
                         estimate=np.nan, std_error=np.nan))

pd.DataFrame(rows).to_csv("expected.csv", index=False, float_format="%.12g")
with open("versions.txt", "w") as f:
    f.write(f"python {sys.version.split()[0]}; statsmodels {statsmodels.__version__}; scipy {scipy.__version__}; "
            f"numpy {np.__version__}; pandas {pd.__version__}\n")
print(len(rows), "reference rows")
