/*
 * TradeScope chart builders (HTML reports and the dashboard).
 *
 * Input: a report table as TradeScope writes it (docs/output-formats.md, "HTML"): {id, title, columns: [{key, header,
 * kind, fmt}], rows, data: [one entry per column: {n: [numbers]} | {s: [strings]} | {d: [distinct strings], i: [index]}],
 * charts: [hints]}, and one chart hint: {kind, title, label, value, x, y, series, stdError, lower, upper, neutral,
 * neutralX, neutralY, neutralColumn, filters: [{column, values, except}], top, xTitle, yTitle, iso3}.
 * Output: an Apache ECharts option (TradeScopeCharts.option) or a chart drawn into an element (TradeScopeCharts.render).
 * Needs the global `echarts` (vendor/echarts.min.js) and, for maps, `topojson` and the world topology
 * (TradeScopeCharts.registerWorld). Loads nothing from the network.
 */
(function (root) {
  'use strict';

  var decoded = typeof WeakMap === 'function' ? new WeakMap() : null;

  /** The index of a column by key, or -1. */
  function columnIndex(table, key) {
    for (var i = 0; i < table.columns.length; i++) if (table.columns[i].key === key) return i;
    return -1;
  }

  /** The values of a column as a plain array (numbers, null for NaN, or strings); decoded once per table. */
  function column(table, key) {
    var i = columnIndex(table, key);
    if (i < 0) return null;
    var cache = decoded ? decoded.get(table) : null;
    if (!cache) {
      cache = {};
      if (decoded) decoded.set(table, cache);
    }
    if (cache[key]) return cache[key];
    var c = table.data[i];
    var values;
    if (c.n) values = c.n;
    else if (c.s) values = c.s;
    else {
      values = new Array(c.i.length);
      for (var r = 0; r < c.i.length; r++) values[r] = c.i[r] < 0 ? null : c.d[c.i[r]];
    }
    cache[key] = values;
    return values;
  }

  /** A number as the report shows it: the column's decimals, grouping, exponent or significant digits; the decimal comma and
   * a no-break space for grouping in Russian (as TradeScope's Markdown and XLSX reports). */
  function formatNumber(value, fmt, lang) {
    if (value === null || value === undefined) return 'NaN';
    if (typeof value === 'string') return value;
    if (!isFinite(value)) return 'NaN';
    fmt = fmt || { d: 3 };
    var ru = lang === 'ru';
    var text;
    if (fmt.p) text = general(value, fmt.p);
    else if (fmt.e !== undefined && fmt.e !== null) text = value.toExponential(fmt.e).replace('e', 'E');
    else {
      text = value.toFixed(fmt.d || 0);
      if (/^-0(\.0*)?$/.test(text)) text = text.substring(1);
      if (fmt.g) text = group(text);
    }
    if (ru) text = text.replace(/,/g, '\u00a0').replace('.', ',');
    return text;
  }

  /** .NET's "G<p>": fixed notation when the exponent is above -5 and below p, else d.dddE+xx; trailing zeros dropped. */
  function general(value, p) {
    if (value === 0) return '0';
    var parts = value.toExponential(p - 1).split('e');
    var exponent = parseInt(parts[1], 10);
    if (exponent > -5 && exponent < p) return trimZeros(value.toFixed(Math.max(0, p - 1 - exponent)));
    var sign = exponent < 0 ? '-' : '+';
    var digits = String(Math.abs(exponent));
    return trimZeros(parts[0]) + 'E' + sign + (digits.length < 2 ? '0' + digits : digits);
  }

  function trimZeros(text) {
    return text.indexOf('.') < 0 ? text : text.replace(/\.?0+$/, '');
  }

  function group(text) {
    var negative = text.charAt(0) === '-';
    var body = negative ? text.substring(1) : text;
    var dot = body.indexOf('.');
    var whole = dot < 0 ? body : body.substring(0, dot);
    var rest = dot < 0 ? '' : body.substring(dot);
    return (negative ? '-' : '') + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + rest;
  }

  function header(table, key) {
    var i = columnIndex(table, key);
    return i < 0 ? key : table.columns[i].header;
  }

  function fmtOf(table, key) {
    var i = columnIndex(table, key);
    return i < 0 ? null : table.columns[i].fmt;
  }

  /** A test of one filter ({column, values, except}) on a row index: the cell (an empty or missing cell counts as "") is
   * one of values, or with except none of them. Dictionary columns are tested through their distinct values once. */
  function rowTest(table, f) {
    var allowed = {};
    f.values.forEach(function (v) {
      allowed[v === null ? '' : String(v)] = true;
    });
    var except = f.except === true;
    var i = columnIndex(table, f.column);
    var c = i < 0 ? { s: [] } : table.data[i];
    var passes = function (cell) {
      return (allowed[cell === null || cell === undefined ? '' : String(cell)] === true) !== except;
    };
    if (c.d) {
      var ok = c.d.map(passes);
      var none = passes(null);
      return function (r) {
        var k = c.i[r];
        return k < 0 ? none : ok[k];
      };
    }
    var values = c.n || c.s;
    return function (r) {
      return passes(values[r]);
    };
  }

  /** Row indices that pass all the hint's filters. */
  function selectedRows(table, hint) {
    var tests = (hint.filters || []).map(function (f) {
      return rowTest(table, f);
    });
    var rows = [];
    for (var r = 0; r < table.rows; r++) {
      var keep = true;
      for (var k = 0; k < tests.length && keep; k++) keep = tests[k](r);
      if (keep) rows.push(r);
    }
    return rows;
  }

  /** A function from a row index to one column's cell, without decoding the whole column. */
  function cellOf(table, key) {
    var i = columnIndex(table, key);
    if (i < 0)
      return function () {
        return null;
      };
    var c = table.data[i];
    if (c.d)
      return function (r) {
        var k = c.i[r];
        return k < 0 ? null : c.d[k];
      };
    var values = c.n || c.s;
    return function (r) {
      return values[r];
    };
  }

  /** The label of a row: the cells of the label columns joined by " · ", empty cells left out. */
  function labeller(table, keys) {
    var cells = (keys || []).map(function (k) {
      return cellOf(table, k);
    });
    if (cells.length === 1)
      return function (r) {
        var v = cells[0](r);
        return v === null || v === undefined ? '' : String(v);
      };
    return function (r) {
      var parts = [];
      for (var k = 0; k < cells.length; k++) {
        var v = cells[k](r);
        if (v !== null && v !== undefined && v !== '') parts.push(String(v));
      }
      return parts.join(' \u00b7 ');
    };
  }

  function isNumber(v) {
    return typeof v === 'number' && isFinite(v);
  }

  function axisTitle(text) {
    return { name: text, nameLocation: 'middle', nameTextStyle: { fontWeight: 'bold' } };
  }

  function merge(target, source) {
    for (var k in source) if (Object.prototype.hasOwnProperty.call(source, k)) target[k] = source[k];
    return target;
  }

  /** A series that draws only the neutral value as a dashed line at value on axis ('xAxis' or 'yAxis'), named
   * "Neutral value N" so the legend explains the line. */
  function neutralSeries(value, axis, ctx) {
    var point = {};
    point[axis] = value;
    return {
      type: 'line',
      name: ctx.ui.neutral + ' ' + formatNumber(value, { p: 6 }, ctx.lang),
      data: [],
      itemStyle: { color: '#333' },
      lineStyle: { type: 'dashed', color: '#333' },
      symbol: 'none',
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#333' }, label: { show: false }, data: [point] },
    };
  }

  /** Ranked horizontal bars of one value column, largest first, the top N, with the neutral value as a dashed line. */
  function bars(table, hint, ctx) {
    var values = column(table, hint.value) || [];
    var label = labeller(table, hint.label);
    var rows = selectedRows(table, hint).filter(function (r) {
      return isNumber(values[r]);
    });
    rows.sort(function (a, b) {
      return values[b] - values[a];
    });
    rows = rows.slice(0, hint.top || 30);
    var fmt = fmtOf(table, hint.value);
    var series = {
      type: 'bar',
      name: header(table, hint.value),
      data: rows.map(function (r) {
        return values[r];
      }),
      itemStyle: { color: '#3b6ea8' },
    };
    var all = [series];
    if (isNumber(hint.neutral)) all.push(neutralSeries(hint.neutral, 'xAxis', ctx));
    if (hint.neutralColumn) {
      var neutral = column(table, hint.neutralColumn) || [];
      all.push({
        type: 'scatter',
        name: header(table, hint.neutralColumn),
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: '#d1495b' },
        data: rows.map(function (r) {
          return isNumber(neutral[r]) ? neutral[r] : null;
        }),
      });
    }
    return {
      grid: { left: 8, right: 48, top: 32, bottom: 48, containLabel: true },
      legend: all.length > 1 ? { top: 0 } : { show: false },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: valueFormatter(fmt, ctx) },
      xAxis: merge({ type: 'value', nameGap: 28, scale: false }, axisTitle(hint.xTitle || header(table, hint.value))),
      yAxis: merge(
        { type: 'category', inverse: true, data: rows.map(label), axisLabel: { interval: 0, fontSize: 11 }, nameGap: 0 },
        { name: hint.yTitle || '', nameLocation: 'start' }
      ),
      series: all,
      heightHint: rows.length,
    };
  }

  function valueFormatter(fmt, ctx) {
    return function (v) {
      return formatNumber(typeof v === 'number' ? v : null, fmt, ctx.lang);
    };
  }

  /** A scatter of two value columns, one point per row, labelled; dashed lines at the neutral values of both axes. */
  function scatter(table, hint, ctx) {
    var xs = column(table, hint.x) || [];
    var ys = column(table, hint.y) || [];
    var label = labeller(table, hint.label);
    var rows = selectedRows(table, hint).filter(function (r) {
      return isNumber(xs[r]) && isNumber(ys[r]);
    });
    var fx = fmtOf(table, hint.x);
    var fy = fmtOf(table, hint.y);
    var lines = [];
    if (isNumber(hint.neutralX)) lines.push({ xAxis: hint.neutralX });
    if (isNumber(hint.neutralY)) lines.push({ yAxis: hint.neutralY });
    return {
      grid: { left: 16, right: 32, top: 24, bottom: 48, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return (
            p.data.name + '<br>' + header(table, hint.x) + ': ' + formatNumber(p.data.value[0], fx, ctx.lang) + '<br>' +
            header(table, hint.y) + ': ' + formatNumber(p.data.value[1], fy, ctx.lang)
          );
        },
      },
      xAxis: merge({ type: 'value', scale: true, nameGap: 28 }, axisTitle(hint.xTitle || header(table, hint.x))),
      yAxis: merge({ type: 'value', scale: true, nameGap: 44 }, axisTitle(hint.yTitle || header(table, hint.y))),
      series: [
        {
          type: 'scatter',
          name: hint.title,
          symbolSize: 9,
          itemStyle: { color: '#3b6ea8' },
          label: { show: rows.length <= 60, formatter: '{b}', position: 'right', fontSize: 10 },
          labelLayout: { hideOverlap: true },
          data: rows.map(function (r) {
            return { name: label(r), value: [xs[r], ys[r]] };
          }),
          markLine: lines.length
            ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#333' }, label: { show: false }, data: lines }
            : undefined,
        },
      ],
    };
  }

  /** Sums of the value column by category (label columns) and series (series columns), over the filtered rows. */
  function crossTotals(table, hint) {
    var values = column(table, hint.value) || [];
    var category = labeller(table, hint.label);
    var seriesOf = labeller(table, hint.series);
    var categories = [];
    var seriesNames = [];
    var cells = {};
    var totals = {};
    selectedRows(table, hint).forEach(function (r) {
      var v = values[r];
      if (!isNumber(v)) return;
      var c = category(r);
      var s = seriesOf(r);
      if (!Object.prototype.hasOwnProperty.call(totals, c)) {
        totals[c] = 0;
        cells[c] = {};
        categories.push(c);
      }
      if (seriesNames.indexOf(s) < 0) seriesNames.push(s);
      totals[c] += v;
      cells[c][s] = (cells[c][s] || 0) + v;
    });
    return { categories: categories, series: seriesNames, cells: cells, totals: totals };
  }

  /** Stacked horizontal bars: one bar per category (the largest totals), one stack segment per series. */
  function stacked(table, hint, ctx) {
    var t = crossTotals(table, hint);
    var categories = t.categories.slice().sort(function (a, b) {
      return t.totals[b] - t.totals[a];
    });
    categories = categories.slice(0, hint.top || 25);
    var fmt = fmtOf(table, hint.value);
    return {
      grid: { left: 8, right: 32, top: 56, bottom: 48, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: valueFormatter(fmt, ctx) },
      xAxis: merge({ type: 'value', nameGap: 28 }, axisTitle(hint.xTitle || header(table, hint.value))),
      yAxis: merge(
        { type: 'category', inverse: true, data: categories, axisLabel: { interval: 0, fontSize: 11 } },
        { name: hint.yTitle || '', nameLocation: 'start' }
      ),
      series: t.series.map(function (s) {
        return {
          type: 'bar',
          stack: 'total',
          name: s,
          data: categories.map(function (c) {
            var v = t.cells[c][s];
            return v === undefined ? 0 : v;
          }),
        };
      }),
      heightHint: categories.length,
    };
  }

  /** Grouped vertical bars: categories on the x axis, one bar per series in each category; dashed neutral line. */
  function grouped(table, hint, ctx) {
    var t = crossTotals(table, hint);
    var fmt = fmtOf(table, hint.value);
    var series = t.series.map(function (s, k) {
      var out = {
        type: 'bar',
        name: s,
        data: t.categories.map(function (c) {
          var v = t.cells[c][s];
          return v === undefined ? null : v;
        }),
      };
      return out;
    });
    if (isNumber(hint.neutral)) series.push(neutralSeries(hint.neutral, 'yAxis', ctx));
    return {
      grid: { left: 16, right: 32, top: 56, bottom: 64, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: valueFormatter(fmt, ctx) },
      xAxis: merge(
        { type: 'category', data: t.categories, axisLabel: { interval: 0, rotate: t.categories.length > 8 ? 40 : 0 }, nameGap: 48 },
        axisTitle(hint.xTitle || '')
      ),
      yAxis: merge({ type: 'value', nameGap: 48 }, axisTitle(hint.yTitle || header(table, hint.value))),
      series: series,
    };
  }

  /** Lines over an ordered x column (years), one line per series. */
  function lines(table, hint, ctx) {
    var xs = column(table, hint.x) || [];
    var values = column(table, hint.value) || [];
    var seriesOf = labeller(table, hint.series);
    var xValues = [];
    var bySeries = {};
    var names = [];
    selectedRows(table, hint).forEach(function (r) {
      var x = xs[r];
      if (x === null || x === undefined) return;
      if (xValues.indexOf(x) < 0) xValues.push(x);
      var s = seriesOf(r);
      if (!bySeries[s]) {
        bySeries[s] = {};
        names.push(s);
      }
      bySeries[s][x] = isNumber(values[r]) ? values[r] : null;
    });
    xValues.sort(function (a, b) {
      return a < b ? -1 : a > b ? 1 : 0;
    });
    names = names.slice(0, hint.top || 12);
    var fmt = fmtOf(table, hint.value);
    return {
      grid: { left: 16, right: 32, top: 56, bottom: 48, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: valueFormatter(fmt, ctx) },
      xAxis: merge({ type: 'category', data: xValues.map(String), nameGap: 28 }, axisTitle(hint.xTitle || header(table, hint.x))),
      yAxis: merge({ type: 'value', scale: true, nameGap: 52 }, axisTitle(hint.yTitle || header(table, hint.value))),
      series: names.map(function (s) {
        return {
          type: 'line',
          name: s,
          showSymbol: xValues.length <= 30,
          connectNulls: false,
          data: xValues.map(function (x) {
            var v = bySeries[s][x];
            return v === undefined ? null : v;
          }),
        };
      }),
    };
  }

  /** Coefficients with confidence intervals: a point per estimate and a whisker from lower to upper (columns, or the
   * estimate +- z standard errors, z = 1.96 for 95 % by default); a dashed line at zero. */
  function coefficients(table, hint, ctx) {
    var estimates = column(table, hint.value) || [];
    var se = hint.stdError ? column(table, hint.stdError) || [] : null;
    var lower = hint.lower ? column(table, hint.lower) || [] : null;
    var upper = hint.upper ? column(table, hint.upper) || [] : null;
    var z = isNumber(hint.z) ? hint.z : 1.959963984540054;
    var label = labeller(table, hint.label);
    var rows = selectedRows(table, hint).filter(function (r) {
      return isNumber(estimates[r]);
    });
    rows = rows.slice(0, hint.top || 60);
    var names = rows.map(label);
    var fmt = fmtOf(table, hint.value);
    var intervals = rows.map(function (r, k) {
      var lo = lower ? lower[r] : se && isNumber(se[r]) ? estimates[r] - z * se[r] : null;
      var hi = upper ? upper[r] : se && isNumber(se[r]) ? estimates[r] + z * se[r] : null;
      return [k, isNumber(lo) ? lo : estimates[r], isNumber(hi) ? hi : estimates[r]];
    });
    return {
      grid: { left: 8, right: 32, top: 32, bottom: 48, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var k = p.seriesIndex === 0 ? p.dataIndex : p.data[0];
          var iv = intervals[k];
          return (
            names[k] + '<br>' + header(table, hint.value) + ': ' + formatNumber(estimates[rows[k]], fmt, ctx.lang) + '<br>' +
            ctx.ui.interval + ': [' + formatNumber(iv[1], fmt, ctx.lang) + '; ' + formatNumber(iv[2], fmt, ctx.lang) + ']'
          );
        },
      },
      xAxis: merge({ type: 'value', scale: true, nameGap: 28 }, axisTitle(hint.xTitle || header(table, hint.value))),
      yAxis: merge(
        { type: 'category', inverse: true, data: names, axisLabel: { interval: 0, fontSize: 11 } },
        { name: hint.yTitle || '', nameLocation: 'start' }
      ),
      series: [
        {
          type: 'scatter',
          name: header(table, hint.value),
          symbolSize: 8,
          itemStyle: { color: '#3b6ea8' },
          data: rows.map(function (r) {
            return estimates[r];
          }),
        },
        {
          type: 'custom',
          name: ctx.ui.interval,
          itemStyle: { color: '#3b6ea8' },
          renderItem: function (params, api) {
            var y = api.coord([0, api.value(0)])[1];
            var lo = api.coord([api.value(1), api.value(0)])[0];
            var hi = api.coord([api.value(2), api.value(0)])[0];
            var style = { stroke: '#3b6ea8', lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: lo, y1: y, x2: hi, y2: y }, style: style },
                { type: 'line', shape: { x1: lo, y1: y - 4, x2: lo, y2: y + 4 }, style: style },
                { type: 'line', shape: { x1: hi, y1: y - 4, x2: hi, y2: y + 4 }, style: style },
              ],
            };
          },
          encode: { x: [1, 2], y: 0 },
          data: intervals,
        },
        neutralSeries(isNumber(hint.neutral) ? hint.neutral : 0, 'xAxis', ctx),
      ],
      heightHint: rows.length,
    };
  }

  var worldRegistered = false;
  var ANTARCTICA = '010';

  /** Rings that cross the antimeridian (Russia's Chukotka, Fiji) get their western longitudes shifted by 360 degrees, so
   * the equirectangular map draws them whole instead of as a band across the world. */
  function unwrapAntimeridian(geometry) {
    if (!geometry) return;
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        var west = Infinity;
        var east = -Infinity;
        ring.forEach(function (p) {
          west = Math.min(west, p[0]);
          east = Math.max(east, p[0]);
        });
        if (east - west > 180)
          ring.forEach(function (p) {
            if (p[0] < 0) p[0] += 360;
          });
      });
    });
  }

  /** Registers the world map from a TopoJSON topology (world-atlas countries-110m): feature names are the M49 ids. */
  function registerWorld(topology) {
    if (worldRegistered || !topology || !root.topojson) return worldRegistered;
    var geo = root.topojson.feature(topology, topology.objects.countries);
    geo.features = geo.features.filter(function (f) {
      return f.id !== ANTARCTICA;
    });
    geo.features.forEach(function (f, k) {
      f.properties = { name: f.id === undefined ? 'none-' + k : String(f.id) };
      unwrapAntimeridian(f.geometry);
    });
    root.echarts.registerMap('tradescope-world', geo);
    worldRegistered = true;
    return true;
  }

  /** A world map coloured by a value column, countries matched through their ISO3 codes (ctx.m49: ISO3 -> M49 id). */
  function map(table, hint, ctx) {
    var values = column(table, hint.value) || [];
    var iso3 = column(table, hint.iso3) || [];
    var label = labeller(table, hint.label);
    var fmt = fmtOf(table, hint.value);
    var names = {};
    var data = [];
    var lo = Infinity;
    var hi = -Infinity;
    selectedRows(table, hint).forEach(function (r) {
      var code = ctx.m49 ? ctx.m49[iso3[r]] : undefined;
      if (!code || !isNumber(values[r])) return;
      names[code] = label(r);
      data.push({ name: code, value: values[r] });
      lo = Math.min(lo, values[r]);
      hi = Math.max(hi, values[r]);
    });
    if (!data.length) {
      lo = 0;
      hi = 1;
    }
    var neutral = isNumber(hint.neutral) ? hint.neutral : null;
    var pieces = null;
    if (neutral !== null && lo < neutral && hi > neutral) {
      pieces = [
        { min: neutral, label: '\u2265 ' + formatNumber(neutral, { p: 6 }, ctx.lang), color: '#c0504d' },
        { max: neutral, label: '< ' + formatNumber(neutral, { p: 6 }, ctx.lang), color: '#4f81bd' },
      ];
    }
    return {
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.data ? names[p.name] + ': ' + formatNumber(p.data.value, fmt, ctx.lang) : '';
        },
      },
      visualMap: pieces
        ? { type: 'piecewise', pieces: pieces, left: 8, bottom: 8, itemGap: 6, textStyle: { fontSize: 12 } }
        : {
            type: 'continuous',
            min: lo,
            max: hi,
            left: 8,
            bottom: 8,
            calculable: false,
            text: [formatNumber(hi, fmt, ctx.lang), formatNumber(lo, fmt, ctx.lang)],
            inRange: { color: ['#deebf7', '#3182bd', '#08306b'] },
          },
      title: { text: hint.xTitle || header(table, hint.value), left: 'center', top: 0, textStyle: { fontSize: 13 } },
      series: [
        {
          type: 'map',
          map: 'tradescope-world',
          roam: false,
          top: 32,
          bottom: 8,
          left: 8,
          right: 8,
          itemStyle: { areaColor: '#eeeeee', borderColor: '#999', borderWidth: 0.5 },
          emphasis: { label: { show: false } },
          data: data,
        },
      ],
    };
  }

  var builders = {
    bars: bars,
    scatter: scatter,
    stacked: stacked,
    grouped: grouped,
    lines: lines,
    coefficients: coefficients,
    map: map,
  };

  /** The ECharts option of a hint on a table; ctx = {lang: 'en'|'ru', ui: {neutral, interval}, m49: {ISO3: id}}. */
  function option(table, hint, ctx) {
    var build = builders[hint.kind];
    if (!build) throw new Error('unknown chart kind ' + hint.kind);
    var o = build(table, hint, ctx);
    o.animation = false;
    o.aria = { enabled: true };
    return o;
  }

  /** The height in pixels a chart needs: bar charts grow with their number of bars. */
  function height(o) {
    return o.heightHint ? Math.max(260, 90 + 20 * o.heightHint) : 420;
  }

  /** Draws the hint's chart into an element (SVG renderer) and returns the ECharts instance. */
  function render(element, table, hint, ctx) {
    if (hint.kind === 'map' && !worldRegistered) registerWorld(ctx.world);
    var o = option(table, hint, ctx);
    element.style.height = height(o) + 'px';
    delete o.heightHint;
    var chart = root.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(o);
    return chart;
  }

  root.TradeScopeCharts = {
    column: column,
    cellOf: cellOf,
    columnIndex: columnIndex,
    formatNumber: formatNumber,
    option: option,
    render: render,
    registerWorld: registerWorld,
    kinds: Object.keys(builders),
  };
})(typeof window !== 'undefined' ? window : this);
