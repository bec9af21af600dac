/*
 * TradeScope HTML report: reads the report's data (script#tradescope-data) and fills each table section with its charts
 * (TradeScopeCharts) and its paged, sortable table (TradeScopeTables). The page's text (title, summary, notes,
 * provenance) is already in the HTML.
 */
(function (root) {
  'use strict';

  function json(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function start() {
    var report = json('tradescope-data');
    if (!report) return;
    var ctx = { lang: report.lang, ui: report.ui, m49: report.m49 || null, world: json('tradescope-world') };
    var charts = [];
    report.tables.forEach(function (table) {
      var section = document.getElementById('ts-section-' + table.id);
      if (!section) return;
      var tableHost = section.querySelector('.ts-table-host');
      root.TradeScopeTables.render(tableHost, table, ctx);
      var chartHost = section.querySelector('.ts-charts');
      (table.charts || []).forEach(function (hint, k) {
        var figure = chartHost.children[k];
        var element = figure ? figure.querySelector('.ts-chart') : null;
        if (!element) return;
        try {
          charts.push(root.TradeScopeCharts.render(element, table, hint, ctx));
        } catch (e) {
          element.textContent = report.ui.chartFailed + ' ' + e.message;
          throw e;
        }
      });
    });
    root.addEventListener('resize', function () {
      charts.forEach(function (c) {
        c.resize();
      });
    });
    document.documentElement.setAttribute('data-ts-ready', 'true');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window);
