using TradeScope.LinearAlgebra;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Tests.ValueChains.Decompositions;

/// <summary>
/// The naive Borin–Mancini route, kept as the test oracle of <see cref="BorinMancini"/>: for each exporter one full n×n
/// inverse of I − A^s (as exvatools does), L as the full inverse of I − A_d, and every term from its definition with dense
/// matrices (docs/methods/value-chains.md#bm-source, #bm-sink). Shares no code with the library beyond the table, the
/// partition and the provider's inverse. O(n³) per exporter: small tables only.
/// </summary>
internal sealed class BorinManciniOracle
{
    private readonly int _n;
    private readonly int _e;
    private readonly int _sectors;
    private readonly int[] _economy;
    private readonly double[,] _a;
    private readonly double[,] _z;
    private readonly double[] _v;
    private readonly double[,] _y; // by economy
    private readonly double[,] _b;
    private readonly double[,] _l;

    public BorinManciniOracle(LeontiefSystem system, EconomyPartition partition)
    {
        var table = system.Table;
        _n = table.Size;
        _e = partition.Count;
        _sectors = table.SectorCount;
        _economy = partition.EconomyOfRow;
        _a = new double[_n, _n];
        _z = new double[_n, _n];
        _v = new double[_n];
        _y = new double[_n, _e];
        for (var i = 0; i < _n; i++)
        {
            var x = table.Output[i];
            _v[i] = x > 0 ? table.ValueAdded[i] / x : 0;
            for (var j = 0; j < _n; j++)
                _z[i, j] = table.Z(i, j);
            for (var j = 0; j < _n; j++)
                _a[i, j] = table.Output[j] > 0 ? table.Z(i, j) / table.Output[j] : 0;
            for (var c = 0; c < table.CountryCount; c++)
                _y[i, partition.EconomyOfCountry[c]] += table.Y(i, c);
        }
        _b = InverseOfIdentityMinus((i, j) => _a[i, j]);
        _l = InverseOfIdentityMinus((i, j) => _economy[i] == _economy[j] ? _a[i, j] : 0);
    }

    private double[,] InverseOfIdentityMinus(Func<int, int, double> a)
    {
        var m = new double[_n * _n];
        for (var j = 0; j < _n; j++)
            for (var i = 0; i < _n; i++)
                m[i + j * _n] = (i == j ? 1 : 0) - a(i, j);
        ManagedLinearAlgebra.Instance.Invert(_n, m);
        var result = new double[_n, _n];
        for (var j = 0; j < _n; j++)
            for (var i = 0; i < _n; i++)
                result[i, j] = m[i + j * _n];
        return result;
    }

    private static double[,] Multiply(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0),
            inner = x.GetLength(1),
            cols = y.GetLength(1);
        var result = new double[rows, cols];
        for (var i = 0; i < rows; i++)
            for (var k = 0; k < inner; k++)
                for (var j = 0; j < cols; j++)
                    result[i, j] += x[i, k] * y[k, j];
        return result;
    }

    /// <summary>Item values of exporter s by label (the thirteen terms, and VAXIM and VAXIM_EXVATOOLS for the sink).</summary>
    public Dictionary<string, double> Decompose(int s, BmPerspective perspective)
    {
        int n = _n,
            eCount = _e;
        bool InS(int i) => _economy[i] == s;
        var am = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                am[i, j] = _economy[i] == _economy[j] ? 0 : _a[i, j];
        var bs = InverseOfIdentityMinus((i, j) => InS(i) && !InS(j) ? 0 : _a[i, j]); // A^s: A_SR = 0
        // Exports, final exports, and Q = A_SR L_RR (n×n, nonzero in the S rows and R columns only).
        var e = new double[n];
        var yexp = new double[n];
        var q = new double[n, n];
        for (var k = 0; k < n; k++)
        {
            if (!InS(k))
                continue;
            for (var l = 0; l < eCount; l++)
                if (l != s)
                    yexp[k] += _y[k, l];
            e[k] = yexp[k];
            for (var j = 0; j < n; j++)
                if (!InS(j))
                    e[k] += _z[k, j];
            for (var i = 0; i < n; i++)
                if (!InS(i))
                    for (var j = 0; j < n; j++)
                        if (!InS(j))
                            q[k, i] += _a[k, j] * _l[j, i];
        }
        var ydom = new double[n];
        var ys = new double[n];
        var y3 = new double[n];
        for (var i = 0; i < n; i++)
        {
            ydom[i] = _y[i, _economy[i]];
            ys[i] = _y[i, s];
            for (var l = 0; l < eCount; l++)
                if (l != s && l != _economy[i])
                    y3[i] += _y[i, l];
        }
        var wd = new double[n];
        var wf = new double[n];
        for (var k = 0; k < n; k++)
            if (InS(k))
                for (var i = 0; i < n; i++)
                {
                    if (InS(i))
                        wd[k] += _v[i] * (perspective == BmPerspective.Source ? _l[i, k] : _b[i, k]);
                    else
                        wf[k] += _v[i] * (perspective == BmPerspective.Source ? bs[i, k] : _b[i, k]);
                }
        double WQ(double[] w, double[] vector)
        {
            double sum = 0;
            for (var k = 0; k < n; k++)
                for (var i = 0; i < n; i++)
                    sum += w[k] * q[k, i] * vector[i];
            return sum;
        }
        double W(double[] w, double[] vector) => Enumerable.Range(0, n).Sum(k => w[k] * vector[k]);
        double[] Add(double[] x, double[] y) => [.. x.Zip(y, (p, r) => p + r)];
        var result = new Dictionary<string, double>
        {
            ["EXGR"] = e.Sum(),
            ["VAX1"] = W(wd, yexp),
            ["VAX2"] = WQ(wd, ydom),
            ["VAX3"] = WQ(wd, y3),
            ["REF1"] = WQ(wd, ys),
            ["FVA1"] = W(wf, yexp),
            ["FVA2"] = WQ(wf, ydom),
            ["FVA3"] = WQ(wf, Add(ys, y3)),
        };
        if (perspective == BmPerspective.Source)
        {
            var f = Multiply(Multiply(am, _b), _y);
            var fs = new double[n];
            var f3 = new double[n];
            for (var i = 0; i < n; i++)
                for (var l = 0; l < eCount; l++)
                    (l == s ? fs : f3)[i] += f[i, l];
            result["VAX4"] = WQ(wd, f3);
            result["REF2"] = WQ(wd, fs);
            result["FVA4"] = WQ(wf, Add(fs, f3));
            double ddc = 0,
                fdc = 0;
            for (var i = 0; i < n; i++)
                for (var k = 0; k < n; k++)
                    if (InS(k))
                    {
                        if (InS(i))
                            ddc += _v[i] * (_b[i, k] - _l[i, k]) * e[k];
                        else
                            fdc += _v[i] * (_b[i, k] - bs[i, k]) * e[k];
                    }
            result["DDC"] = ddc;
            result["FDC"] = fdc;
            return result;
        }
        var yx = (double[,])_y.Clone();
        for (var k = 0; k < n; k++)
            if (InS(k))
                for (var l = 0; l < eCount; l++)
                    if (l != s)
                        yx[k, l] = 0;
        var ambs = Multiply(am, bs);
        var fx = Multiply(ambs, yx);
        var eColumn = new double[n, 1];
        for (var k = 0; k < n; k++)
            eColumn[k, 0] = e[k];
        var hMatrix = Multiply(ambs, eColumn); // A_m B^s[:,S] e (e is 0 outside S)
        var h = new double[n];
        var fxs = new double[n];
        var fxAll = new double[n];
        var fxOwn = new double[n];
        for (var i = 0; i < n; i++)
        {
            h[i] = hMatrix[i, 0];
            fxOwn[i] = fx[i, _economy[i]];
            for (var l = 0; l < eCount; l++)
            {
                fxAll[i] += fx[i, l];
                if (l == s)
                    fxs[i] += fx[i, l];
            }
        }
        result["VAX4"] = WQ(wd, fxAll) - WQ(wd, fxs);
        result["REF2"] = WQ(wd, fxs);
        result["FVA4"] = WQ(wf, fxAll);
        result["DDC"] = WQ(wd, h);
        result["FDC"] = WQ(wf, h);
        var wq = new double[n];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < n; k++)
                wq[i] += wd[k] * q[k, i];
        var direct = result["VAX1"] + result["VAX2"];
        result["VAXIM"] = direct + W(wq, fxOwn);
        var merged = new Dictionary<(int, int), (double Wq, double Fx)>();
        for (var i = 0; i < n; i++)
        {
            if (InS(i))
                continue;
            var key = (_economy[i], i % _sectors);
            var (a, b) = merged.GetValueOrDefault(key);
            merged[key] = (a + wq[i], b + fxOwn[i]);
        }
        result["VAXIM_EXVATOOLS"] = direct + merged.Values.Sum(p => p.Wq * p.Fx);
        return result;
    }
}
