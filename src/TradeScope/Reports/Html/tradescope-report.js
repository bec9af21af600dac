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
    mark('tradescope:start');
    var report = json('tradescope-data');
    if (!report) return;
    mark('tradescope:data-parsed');
    var ctx = { lang: report.lang, ui: report.ui, m49: report.m49 || null, world: json('tradescope-world') };
    var charts = [];
    report.tables.forEach(function (table) {
      var section = document.getElementById('ts-section-' + table.id);
      if (!section) return;
      var tableHost = section.querySelector('.ts-table-host');
      root.TradeScopeTables.render(tableHost, table, ctx);
      mark('tradescope:table:' + table.id);
      var chartHost = section.querySelector('.ts-charts');
      (table.charts || []).forEach(function (hint, k) {
        var figure = chartHost.children[k];
        var element = figure ? figure.querySelector('.ts-chart') : null;
        if (!element) return;
        try {
          charts.push(root.TradeScopeCharts.render(element, table, hint, ctx));
          mark('tradescope:chart:' + table.id + ':' + k);
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
    mark('tradescope:ready');
    document.documentElement.setAttribute('data-ts-ready', 'true');
  }

  /** A performance mark (read by the browser tests to time the steps; never printed). */
  function mark(name) {
    if (root.performance && root.performance.mark) root.performance.mark(name);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window);
