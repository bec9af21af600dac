"""Recomputes every worked example of docs/methods/*.md (pure Python 3, no third-party packages, no network).

Run:  python3 docs/scripts/methods_examples.py
Each block prints the numbers quoted on the page named in its header, so a reader can check them independently of the
C# code. The toy data are defined here; nothing is read from disk.
"""
import math

# ----------------------------------------------------------------------------------------------------------------------
# Small dense linear algebra (lists of rows)
# ----------------------------------------------------------------------------------------------------------------------

def inv(m):
    n = len(m)
    a = [list(map(float, row)) + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c] != 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(a):
    return [list(r) for r in zip(*a)]


def show(label, value, digits=6):
    print(f"  {label:<46} {value:.{digits}f}")


# ----------------------------------------------------------------------------------------------------------------------
# trade-indices.md: toy 6-economy world, X[i][j] = exports of i to j
# ----------------------------------------------------------------------------------------------------------------------

C = ["S", "A", "B", "C", "D", "E"]
X = {
    "S": {"A": 30, "B": 20, "C": 10, "D": 25, "E": 15},
    "A": {"S": 10, "B": 20, "C": 20, "D": 30, "E": 20},
    "B": {"S": 15, "A": 20, "C": 100, "D": 60, "E": 55},
    "C": {"S": 5, "A": 25, "B": 90, "D": 50, "E": 30},
    "D": {"S": 10, "A": 30, "B": 70, "C": 60, "E": 230},
    "E": {"S": 20, "A": 25, "B": 60, "C": 40, "D": 205},
}


def x(i, j):
    return 0 if i == j else X[i].get(j, 0)


def xt(i):  # total exports (sum over partners: the toy has no World row)
    return sum(X[i].values())


def xw_to(j):  # world exports to j = mirror imports of j
    return sum(x(i, j) for i in C)


XW = sum(xt(i) for i in C)


def esi_mg(s, d):
    return (x(s, d) / xt(s)) / (xw_to(d) / XW)


def esi_kojima(s, d):
    return (x(s, d) / xt(s)) / (xw_to(d) / (XW - xw_to(s)))


def esi_row(s, d):
    return (x(s, d) / xt(s)) / ((xw_to(d) - x(s, d)) / (XW - xt(s)))


def tii_sym(a, b):
    return ((x(a, b) + x(b, a)) / (xt(a) + xt(b))) / ((xw_to(a) + xw_to(b)) / XW)


def tii_neutral(a, b):
    ma, mb = xw_to(a) / XW, xw_to(b) / XW
    return (xt(a) * mb + xt(b) * ma) / ((xt(a) + xt(b)) * (ma + mb))


def sti_from(it, t, tw):
    et = t - it
    hiti = (it / t) / (et / (tw - t))
    heti = (1 - it / t) / (1 - et / (tw - t))
    return hiti, heti, (hiti - heti) / (hiti + heti)


def group_sums(g):
    intra = sum(x(i, j) for i in g for j in g)
    return intra, sum(xt(i) for i in g), sum(xw_to(i) for i in g)


print("trade-indices.md: toy world, X_w =", XW)
show("ESI_SA Mikic-Gilbert", esi_mg("S", "A"))
show("ESI_SA Kojima", esi_kojima("S", "A"))
show("ESI_SA rest of world", esi_row("S", "A"))
show("ESI_AS Mikic-Gilbert", esi_mg("A", "S"))
show("TII_sym{S,A}", tii_sym("S", "A"))
show("TII_sym{S,A} neutral", tii_neutral("S", "A"))
show("TII_sym / neutral", tii_sym("S", "A") / tii_neutral("S", "A"))
K = ["B", "C"]
xrk = sum(x("S", k) for k in K)
xkr = sum(x(k, "S") for k in K)
ik = sum(x(i, j) for i in K for j in K)
xk = sum(xt(k) for k in K)
xwk = sum(xw_to(k) for k in K)
xr, xwr = xt("S"), xw_to("S")
show("bloc K={B,C}: H1", (xrk / xr) / (xwk / XW))
show("bloc K={B,C}: H2", ((xrk + xkr) / (xr + xk)) / ((xwr + xwk) / XW))
show("bloc K={B,C}: H3", ((xrk + xkr + ik) / (xr + xk)) / ((xwr + xwk) / XW))
show("bloc K={B,C}: H4", ((xrk + xkr) / (xr + xk - ik)) / ((xwr + xwk - ik) / (XW - ik)))
it, t, tw = 2 * (x("S", "A") + x("A", "S")), xt("S") + xw_to("S") + xt("A") + xw_to("A"), 2 * XW
for name, v in zip(["HITI", "HETI", "STI"], sti_from(it, t, tw)):
    show(f"{{S,A}} turnover {name}", v)
for name, v in zip(["HITI", "HETI", "STI"], sti_from(x("S", "A") + x("A", "S"), xt("S") + xt("A"), XW)):
    show(f"{{S,A}} exports basis {name}", v)
intra, tot, wto = group_sums(["S", "B", "C"])
show("{S,B,C} turnover STI", sti_from(2 * intra, tot + wto, 2 * XW)[2])
show("S with K as one unit, turnover STI", sti_from(2 * (xrk + xkr), xr + xwr + xk + xwk - 2 * ik, 2 * (XW - ik))[2])
t_sa = x("S", "A") + x("A", "S")
t_s, t_a = xt("S") + xw_to("S"), xt("A") + xw_to("A")
t_o = 2 * XW - t_s
hi = (t_sa / t_s) / ((t_a - t_sa) / t_o)
he = (1 - t_sa / t_s) / (1 - (t_a - t_sa) / t_o)
show("directional S->A: HI", hi)
show("directional S->A: HE", he)
show("directional S->A: Q", (hi - he) / (hi + he))
show("identity: sum_d ESI_Sd * X_wd/X_w", sum(esi_mg("S", d) * xw_to(d) / XW for d in C if d != "S"))
show("growth 40 -> 50 (%)", 100 * (50 / 40 - 1), 2)
show("compound annual growth 40 -> 50 over 3 years (%)", 100 * ((50 / 40) ** (1 / 3) - 1), 4)

# ----------------------------------------------------------------------------------------------------------------------
# products.md
# ----------------------------------------------------------------------------------------------------------------------

print("\nproducts.md: lead coefficient (hypothetical member, two periods)")
m0, m1, g0, g1 = 20.0, 25.0, 30.0, 38.0            # all goods: mutual exports m, total exports g
mi0, mi1, gi0, gi1 = 1.42, 2.05, 1.80, 2.356       # one product group i
ei0, ei1 = gi0 - mi0, gi1 - mi1                    # exports to third countries
e0, e1 = g0 - m0, g1 - m1
ka = (mi1 / mi0) / (gi1 / gi0)
ka3 = (mi1 / mi0) / (ei1 / ei0)
ktot = (m1 / m0) / (g1 / g0)
kb = ((mi1 / m1) / (mi0 / m0)) / ((gi1 / g1) / (gi0 / g0))
kb3 = ((mi1 / m1) / (mi0 / m0)) / ((ei1 / e1) / (ei0 / e0))
show("K_A", ka, 4)
show("K_A' (third countries)", ka3, 4)
show("K_A total", ktot, 4)
show("K_B", kb, 4)
show("K_A / K_A total (= K_B)", ka / ktot, 4)
show("K_B' (third countries, shares)", kb3, 4)
print(f"  shares: s_m {100*mi0/m0:.2f} -> {100*mi1/m1:.2f} %, s_g {100*gi0/g0:.2f} -> {100*gi1/g1:.2f} %,"
      f" s_e {100*ei0/e0:.2f} -> {100*ei1/e1:.2f} %")

# Toy product world: exports x[c][k] of three countries in three products (to the world), and imports of country U.
P = ["k1", "k2", "k3"]
XP = {"U": {"k1": 60, "k2": 30, "k3": 10}, "V": {"k1": 10, "k2": 20, "k3": 70}, "W": {"k1": 30, "k2": 30, "k3": 40}}
MU = {"k1": 20, "k2": 30, "k3": 50}                # U's imports by product
tot_c = {c: sum(v.values()) for c, v in XP.items()}
tot_k = {k: sum(XP[c][k] for c in XP) for k in P}
tot_w = sum(tot_c.values())
print("\nproducts.md: toy with 3 countries x 3 products, world exports", tot_w)
for c in XP:
    print("  RCA", c, " ".join(f"{k}={(XP[c][k]/tot_c[c])/(tot_k[k]/tot_w):.4f}" for k in P))
for c in XP:
    s = [XP[c][k] / tot_c[c] for k in P]
    hh = sum(v * v for v in s)
    print(f"  HHI {c} = {hh:.4f}   normalised (HH - 1/N)/(1 - 1/N) = {(hh - 1/3)/(1 - 1/3):.4f}")
mu_tot = sum(MU.values())
for c in ["V", "W"]:
    tc = 100 * (1 - sum(abs(MU[k] / mu_tot - XP[c][k] / tot_c[c]) for k in P) / 2)
    print(f"  trade complementarity TC({c} exports -> U imports) = {tc:.2f}")
for a, b in [("U", "V"), ("U", "W"), ("V", "W")]:
    fk = 100 * sum(min(XP[a][k] / tot_c[a], XP[b][k] / tot_c[b]) for k in P)
    print(f"  export similarity FK({a}, {b}) = {fk:.2f}")

# Complexity on a 4 x 4 binary matrix M (rows: countries c1..c4, columns: products p1..p4).
M = [[1, 1, 1, 1],
     [1, 1, 1, 0],
     [1, 1, 0, 0],
     [1, 0, 0, 0]]
nc = np_ = 4
div = [sum(r) for r in M]
ubi = [sum(M[c][p] for c in range(nc)) for p in range(np_)]


def jacobi(S):
    """Eigenvalues and eigenvectors (columns) of a small symmetric matrix."""
    m = len(S)
    A = [r[:] for r in S]
    V = [[float(i == j) for j in range(m)] for i in range(m)]
    for _ in range(100):
        if sum(A[i][j] ** 2 for i in range(m) for j in range(m) if i != j) < 1e-30:
            break
        for p in range(m):
            for q in range(p + 1, m):
                if A[p][q] == 0:
                    continue
                th = (A[q][q] - A[p][p]) / (2 * A[p][q])
                t = (1 if th >= 0 else -1) / (abs(th) + math.sqrt(th * th + 1))
                c, sn = 1 / math.sqrt(t * t + 1), t / math.sqrt(t * t + 1)
                for k in range(m):
                    A[k][p], A[k][q] = c * A[k][p] - sn * A[k][q], sn * A[k][p] + c * A[k][q]
                for k in range(m):
                    A[p][k], A[q][k] = c * A[p][k] - sn * A[q][k], sn * A[p][k] + c * A[q][k]
                for k in range(m):
                    V[k][p], V[k][q] = c * V[k][p] - sn * V[k][q], sn * V[k][p] + c * V[k][q]
    return [A[i][i] for i in range(m)], V


# M~ = D^-1 M U^-1 M' is similar to the symmetric S = D^-1/2 M U^-1 M' D^-1/2
S = [[sum(M[a][p] * M[b][p] / ubi[p] for p in range(np_)) / math.sqrt(div[a] * div[b]) for b in range(nc)] for a in range(nc)]
lams, V = jacobi(S)
second = sorted(range(nc), key=lambda i: -lams[i])[1]
lam = lams[second]
e_raw = [V[c][second] / math.sqrt(div[c]) for c in range(nc)]
if sum((e - sum(e_raw) / nc) * (d - sum(div) / nc) for e, d in zip(e_raw, div)) < 0:
    e_raw = [-e for e in e_raw]
mean = sum(e_raw) / nc
sd = math.sqrt(sum((a - mean) ** 2 for a in e_raw) / nc)        # population standard deviation
eci = [(a - mean) / sd for a in e_raw]
p_raw = [sum(M[c][p] * e_raw[c] for c in range(nc)) / ubi[p] / lam for p in range(np_)]
pci = [(a - mean) / sd for a in p_raw]                            # scaled with ECI's mean and sd
print("  diversity", div, " ubiquity", ubi, f" second eigenvalue {lam:.6f}")
print("  ECI", " ".join(f"{e:.4f}" for e in eci))
print("  PCI", " ".join(f"{e:.4f}" for e in pci))
print("  check: ECI = mean PCI of the country's products:",
      " ".join(f"{sum(M[c][p] * pci[p] for p in range(np_)) / div[c]:.4f}" for c in range(nc)))
phi = [[sum(M[c][a] * M[c][b] for c in range(nc)) / max(ubi[a], ubi[b]) for b in range(np_)] for a in range(np_)]
print("  proximity phi(p3, p4) =", f"{phi[2][3]:.4f}", " phi(p1, p4) =", f"{phi[0][3]:.4f}")
d34 = sum(M[2][q] * phi[3][q] for q in range(np_)) / sum(phi[3][q] for q in range(np_))
print(f"  density of p4 for c3 = {d34:.4f}")

# ----------------------------------------------------------------------------------------------------------------------
# value-chains.md: 3 countries x 1 industry
# ----------------------------------------------------------------------------------------------------------------------

Z = [[20, 10, 5], [8, 30, 6], [4, 6, 25]]
Y = [[50, 10, 6], [5, 70, 8], [3, 4, 60]]
n = 3
Xo = [sum(Z[i]) + sum(Y[i]) for i in range(n)]
VA = [Xo[j] - sum(Z[i][j] for i in range(n)) for j in range(n)]
v = [VA[j] / Xo[j] for j in range(n)]
A = [[Z[i][j] / Xo[j] for j in range(n)] for i in range(n)]
B = inv([[(1 if i == j else 0) - A[i][j] for j in range(n)] for i in range(n)])
L = [1 / (1 - A[i][i]) for i in range(n)]
E = [[0 if i == j else Z[i][j] + Y[i][j] for j in range(n)] for i in range(n)]
Et = [sum(r) for r in E]
print("\nvalue-chains.md: 3 countries x 1 industry (P, Q, R)")
print("  X", Xo, " VA", VA, " v", " ".join(f"{a:.6f}" for a in v))
print("  B", [[round(b, 6) for b in r] for r in B])
print("  L", [round(a, 6) for a in L], " E_total", Et)
VBE = [[v[o] * B[o][e] * Et[e] for e in range(n)] for o in range(n)]
print("  VBE", [[round(a, 4) for a in r] for r in VBE])
names = "PQR"
for s in range(n):
    dva = VBE[s][s]
    rim = v[s] * (B[s][s] - L[s]) * Et[s]
    fva = sum(VBE[o][s] for o in range(n) if o != s)
    vax = v[s] * sum(B[s][k] * Y[k][p] for k in range(n) for p in range(n) if p != s)
    dvafx = sum(VBE[s][q] for q in range(n) if q != s)
    print(f"  {names[s]}: EXGR {Et[s]}  EXGR_DVA {dva:.4f}  (DDC+IDC {dva - rim:.4f}, RIM {rim:.4f})  EXGR_FVA {fva:.4f}"
          f"  FVASH {100*fva/Et[s]:.3f}%  DVAFXSH {100*dvafx/Et[s]:.3f}%  VAX {vax:.4f}")
p = 0
fva_p = sum(VBE[q][p] for q in range(n) if q != p)
for q in (1, 2):
    print(f"  BP_P{names[q]} = {VBE[q][p]:.4f}/{fva_p:.4f} = {VBE[q][p]/fva_p:.4f};  FP_P{names[q]} = {VBE[p][q]:.4f}"
          f" ({100*VBE[p][q]/Et[p]:.3f}% of P's exports)")


def kww(r):
    others = [s for s in range(n) if s != r]
    ys = lambda s, t: Y[s][t]
    t1 = v[r] * B[r][r] * sum(ys(r, s) for s in others)
    t2 = v[r] * sum(B[r][s] * ys(s, s) for s in others)
    t3 = v[r] * sum(B[r][s] * ys(s, t) for s in others for t in range(n) if t not in (r, s))
    t4 = v[r] * sum(B[r][s] * ys(s, r) for s in others)
    t5 = v[r] * sum(B[r][s] * A[s][r] * L[r] * ys(r, r) for s in others)
    t6 = v[r] * sum(B[r][s] * A[s][r] * L[r] * Et[r] for s in others)
    fv = sum(v[t] * B[t][r] for t in others)
    t7 = fv * sum(ys(r, s) for s in others)
    t8 = fv * sum(A[r][s] * L[s] * ys(s, s) for s in others)
    t9 = fv * sum(A[r][s] * L[s] * Et[s] for s in others)
    return [t1, t2, t3, t4, t5, t6, t7, t8, t9]


k = kww(0)
print("  KWW P:", " ".join(f"{a:.4f}" for a in k), f" sum {sum(k):.4f}")


def wwz(s, r):
    th = [t for t in range(n) if t not in (s, r)]
    vl = v[s] * L[s]
    a = A[s][r]
    T = [0.0] * 16
    T[0] = v[s] * B[s][s] * Y[s][r]
    T[1] = vl * a * B[r][r] * Y[r][r]
    T[2] = vl * a * sum(B[r][t] * Y[t][t] for t in th)
    T[3] = vl * a * B[r][r] * sum(Y[r][t] for t in th)
    T[4] = vl * a * sum(B[r][t] * Y[t][u] for t in th for u in range(n) if u not in (s, t))
    T[5] = vl * a * B[r][r] * Y[r][s]
    T[6] = vl * a * sum(B[r][t] * Y[t][s] for t in th)
    T[7] = vl * a * B[r][s] * Y[s][s]
    T[8] = vl * a * B[r][s] * sum(Y[s][t] for t in range(n) if t != s)
    T[9] = v[s] * (B[s][s] - L[s]) * a * Xo[r]
    mv = v[r] * B[r][s]
    ov = sum(v[t] * B[t][s] for t in th)
    T[10], T[11], T[12] = mv * Y[s][r], mv * a * L[r] * Y[r][r], mv * a * L[r] * Et[r]
    T[13], T[14], T[15] = ov * Y[s][r], ov * a * L[r] * Y[r][r], ov * a * L[r] * Et[r]
    return T


w = wwz(0, 1)
print("  WWZ P->Q:", " ".join(f"T{i+1}={a:.4f}" for i, a in enumerate(w)), f" sum {sum(w):.4f} (E_PQ = {E[0][1]})")
print(f"  WWZ groups P->Q: VAX(T1-T5) {sum(w[0:5]):.4f}  RDV(T6-T8) {sum(w[5:8]):.4f}  DDC(T9-T10) {sum(w[8:10]):.4f}"
      f"  FVA {w[10]+w[11]+w[13]+w[14]:.4f}  FDC {w[12]+w[15]:.4f}")


# Borin-Mancini source-based decomposition of P's total exports (to be implemented in C#; formulas of value-chains.md)
s = 0
R_ = [1, 2]
I_A = [[(1 if i == j else 0) - A[i][j] for j in range(n)] for i in range(n)]
Am = [[0 if i == j else A[i][j] for j in range(n)] for i in range(n)]       # one industry: A_d is the diagonal
F = matmul(matmul(Am, B), Y)                                                # n x countries
e_s = Et[s]
y_exp = sum(Y[s][l] for l in range(n) if l != s)
Lrr = {i: L[i] for i in R_}
Qv = {i: A[s][i] * Lrr[i] for i in R_}                                       # Q = A_SR L_RR
y_dom = {i: Y[i][i] for i in R_}
y_s = {i: Y[i][s] for i in R_}
y_3 = {i: sum(Y[i][l] for l in range(n) if l not in (i, s)) for i in R_}
f_s = {i: F[i][s] for i in R_}
f_3 = {i: sum(F[i][l] for l in range(n) if l != s) for i in R_}
f_all = {i: sum(F[i][l] for l in range(n)) for i in R_}
Irr_inv = inv([[I_A[i][j] for j in R_] for i in R_])                         # (I - A_RR)^-1
ARS = [A[i][s] for i in R_]
Bs_RS = [sum(Irr_inv[a][b] * ARS[b] for b in range(2)) * L[s] for a in range(2)]
wD = v[s] * L[s]
wF = sum(v[R_[a]] * Bs_RS[a] for a in range(2))
q = lambda vec: sum(Qv[i] * vec[i] for i in R_)
bm_terms = {
    "VAX1": wD * y_exp, "VAX2": wD * q(y_dom), "VAX3": wD * q(y_3), "VAX4": wD * q(f_3),
    "REF1": wD * q(y_s), "REF2": wD * q(f_s), "DDC": v[s] * (B[s][s] - L[s]) * e_s,
    "FVA1": wF * y_exp, "FVA2": wF * q(y_dom), "FVA3": wF * q({i: y_s[i] + y_3[i] for i in R_}), "FVA4": wF * q(f_all),
    "FDC": sum(v[R_[a]] * (B[R_[a]][s] - Bs_RS[a]) for a in range(2)) * e_s,
}
print("  Borin-Mancini source-based, exporter P:", " ".join(f"{k}={x:.6f}" for k, x in bm_terms.items()))
vax = sum(bm_terms[k] for k in ("VAX1", "VAX2", "VAX3", "VAX4"))
ref = bm_terms["REF1"] + bm_terms["REF2"]
fva = sum(bm_terms[k] for k in ("FVA1", "FVA2", "FVA3", "FVA4"))
print(f"  BM aggregates P: DAVAX {bm_terms['VAX1'] + bm_terms['VAX2']:.6f} VAX {vax:.6f} REF {ref:.6f} DVA {vax + ref:.6f}"
      f" DC {vax + ref + bm_terms['DDC']:.6f} FVA {fva:.6f} FC {fva + bm_terms['FDC']:.6f}"
      f" GVCB {fva + bm_terms['FDC'] + bm_terms['DDC']:.6f} GVCF {bm_terms['VAX3'] + bm_terms['VAX4'] + ref:.6f}"
      f" sum {sum(bm_terms.values()):.6f}")
print(f"  w^D = {wD:.6f}, w^F = {wF:.6f}, B^s_RS = {[round(a, 6) for a in Bs_RS]}")

# ----------------------------------------------------------------------------------------------------------------------
# econometrics.md: OLS with HC and cluster covariances; PPML by IRLS
# ----------------------------------------------------------------------------------------------------------------------

xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
ys = [2.0, 2.5, 4.5, 4.0, 6.5, 5.5, 9.0, 8.0]
gs = [0, 0, 1, 1, 2, 2, 3, 3]
Xd = [[1.0, a] for a in xs]
N, Kp = len(xs), 2
XtX = matmul(transpose(Xd), Xd)
Bread = inv(XtX)
beta = [sum(Bread[i][j] * sum(Xd[o][j] * ys[o] for o in range(N)) for j in range(Kp)) for i in range(Kp)]
u = [ys[o] - sum(Xd[o][j] * beta[j] for j in range(Kp)) for o in range(N)]
h = [sum(Xd[o][i] * Bread[i][j] * Xd[o][j] for i in range(Kp) for j in range(Kp)) for o in range(N)]


def sandwich(scores):
    meat = [[sum(s[i] * s[j] for s in scores) for j in range(Kp)] for i in range(Kp)]
    return matmul(matmul(Bread, meat), Bread)


print("\neconometrics.md: OLS y = b0 + b1 x, n = 8")
show("b0", beta[0])
show("b1", beta[1])
rss = sum(a * a for a in u)
show("iid SE(b1) = sqrt(RSS/(n-K) (X'X)^-1_11)", math.sqrt(rss / (N - Kp) * Bread[1][1]))
V0 = sandwich([[Xd[o][j] * u[o] for j in range(Kp)] for o in range(N)])
show("HC0 SE(b1)", math.sqrt(V0[1][1]))
show("HC1 SE(b1) = HC0 * sqrt(n/(n-K))", math.sqrt(V0[1][1] * N / (N - Kp)))
V2 = sandwich([[Xd[o][j] * u[o] / math.sqrt(1 - h[o]) for j in range(Kp)] for o in range(N)])
V3 = sandwich([[Xd[o][j] * u[o] / (1 - h[o]) for j in range(Kp)] for o in range(N)])
show("HC2 SE(b1)", math.sqrt(V2[1][1]))
show("HC3 SE(b1)", math.sqrt(V3[1][1]))
G = 4
cl = [[sum(Xd[o][j] * u[o] for o in range(N) if gs[o] == g) for j in range(Kp)] for g in range(G)]
Vc = sandwich(cl)
adj = G / (G - 1) * (N - 1) / (N - Kp)
show("cluster (4 pairs) SE(b1), x G/(G-1)(n-1)/(n-K)", math.sqrt(Vc[1][1] * adj))

# PPML: counts y on x with intercept, IRLS
yc = [0.0, 1.0, 1.0, 3.0, 2.0, 5.0, 8.0, 9.0]
b = [math.log(sum(yc) / N), 0.0]
dev_old = None
for it in range(100):
    eta = [b[0] + b[1] * a for a in xs]
    mu = [math.exp(e) for e in eta]
    zz = [e + (y - m) / m for e, y, m in zip(eta, yc, mu)]
    XtWX = [[sum(mu[o] * Xd[o][i] * Xd[o][j] for o in range(N)) for j in range(Kp)] for i in range(Kp)]
    XtWz = [sum(mu[o] * Xd[o][i] * zz[o] for o in range(N)) for i in range(Kp)]
    Wi = inv(XtWX)
    b = [sum(Wi[i][j] * XtWz[j] for j in range(Kp)) for i in range(Kp)]
    mu = [math.exp(b[0] + b[1] * a) for a in xs]
    dev = 2 * sum((y * math.log(y / m) if y > 0 else 0.0) - (y - m) for y, m in zip(yc, mu))
    if dev_old is not None and abs(dev - dev_old) / (0.1 + abs(dev)) < 1e-10:
        break
    dev_old = dev
print(f"\neconometrics.md: PPML y ~ x, converged after {it + 1} IRLS iterations")
show("b0", b[0])
show("b1", b[1])
show("deviance", dev)
mu = [math.exp(b[0] + b[1] * a) for a in xs]
Wb = inv([[sum(mu[o] * Xd[o][i] * Xd[o][j] for o in range(N)) for j in range(Kp)] for i in range(Kp)])
meat = [[sum(Xd[o][i] * Xd[o][j] * (yc[o] - mu[o]) ** 2 for o in range(N)) for j in range(Kp)] for i in range(Kp)]
Vp = matmul(matmul(Wb, meat), Wb)
show("model-based SE(b1) (phi = 1)", math.sqrt(Wb[1][1]))
show("HC0 SE(b1)", math.sqrt(Vp[1][1]))
show("HC1 SE(b1)", math.sqrt(Vp[1][1] * N / (N - Kp)))
show("sum of y - mu (score of the intercept)", sum(y - m for y, m in zip(yc, mu)), 10)
