#!/usr/bin/python3
"""Re-estimates the value-chain regressions of docs/rvc from the panels written by `rvc-regress --series-out`,
with statsmodels OLS and HC1 covariance (White/Huber with n/(n-k)), as an independent check of TradeScope.

Run from the repository root with Debian's Python (statsmodels from python3-statsmodels):
    /usr/bin/python3 docs/rvc/crosscheck.py
Writes docs/rvc/crosscheck-statsmodels.csv (every cell: coefficients, HC1 SEs, t, p, robust F and its p, R²) and copies
it with the panels into tests/TradeScope.Tests/Fixtures/rvc/, where RvcCrosscheckTests compare TradeScope to it (1e-6).
"""
import shutil
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf

DOCS = "docs/rvc"
FIXTURES = "tests/TradeScope.Tests/Fixtures/rvc"
PANELS = ["eu-members-series.csv", "russia-eu-series.csv"]

rows = []
for panel in PANELS:
    data = pd.read_csv(f"{DOCS}/{panel}", keep_default_na=False, na_values=[""])
    for (country, sector), cell in data.groupby(["country", "sector"], sort=False):
        cell = cell.sort_values("year")
        for direction in ["external", "mutual"]:
            frame = cell.assign(ex=cell[f"ex_{direction}"])
            fit = smf.ols("ex ~ bp + fp + gdppc", data=frame).fit(cov_type="HC1", use_t=True)
            for term in ["Intercept", "bp", "fp", "gdppc"]:
                rows.append({
                    "panel": panel, "country": country, "sector": sector, "direction": direction,
                    "term": "(Intercept)" if term == "Intercept" else term,
                    "estimate": fit.params[term], "std_error": fit.bse[term], "statistic": fit.tvalues[term],
                    "p_value": fit.pvalues[term], "f": float(np.squeeze(fit.fvalue)), "f_p_value": float(np.squeeze(fit.f_pvalue)),
                    "r2": fit.rsquared, "n": int(fit.nobs),
                })

out = pd.DataFrame(rows)
header = f"# statsmodels {statsmodels.__version__}, numpy {np.__version__}, pandas {pd.__version__}, Python {sys.version.split()[0]}; OLS ex ~ bp + fp + gdppc, cov_type=HC1, use_t=True (t and F reference distributions, df = n - 4)\n"
with open(f"{DOCS}/crosscheck-statsmodels.csv", "w") as f:
    f.write(header)
    out.to_csv(f, index=False, float_format="%.17g", lineterminator="\n")
shutil.copy(f"{DOCS}/crosscheck-statsmodels.csv", FIXTURES)
for panel in PANELS:
    shutil.copy(f"{DOCS}/{panel}", FIXTURES)
cell = out[(out.country == "POL") & (out.sector == "total-manufacturing") & (out.direction == "mutual")]
print(cell[["term", "estimate", "std_error", "p_value", "f", "r2"]].to_string(index=False))
print(f"{len(out)} coefficient rows written to {DOCS}/crosscheck-statsmodels.csv and {FIXTURES}/")
