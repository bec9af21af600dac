/*
 * TradeScope tables (HTML reports and the dashboard): a report table (columnar JSON, see tradescope-charts.js) shown one
 * page at a time, so the page never holds more than the page size in rows (large value-chain outputs have about a
 * million); sorting by a click on a column header (again to reverse), and a filter on the text columns.
 * Needs TradeScopeCharts (for column decoding and number formatting).
 */
(function (root) {
  'use strict';

  var Charts = root.TradeScopeCharts;
  var PAGE_SIZES = [25, 100, 500, 2000];

  function el(tag, attributes, text) {
    var e = document.createElement(tag);
    for (var k in attributes || {}) if (Object.prototype.hasOwnProperty.call(attributes, k)) e.setAttribute(k, attributes[k]);
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (_, k) {
      return values[+k];
    });
  }

  /** A comparator of row indices by one column: numbers numerically (NaN last), text in the language's order. */
  function comparator(table, key, lang) {
    var c = table.data[Charts.columnIndex(table, key)];
    if (c.n) {
      var n = c.n;
      return function (a, b) {
        var x = n[a];
        var y = n[b];
        var xn = typeof x !== 'number';
        var yn = typeof y !== 'number';
        if (xn || yn) return xn === yn ? 0 : xn ? 1 : -1;
        return x - y;
      };
    }
    var collator = new Intl.Collator(lang === 'ru' ? 'ru' : 'en', { numeric: true });
    if (c.d) {
      var order = c.d.map(function (_, k) {
        return k;
      });
      order.sort(function (a, b) {
        return collator.compare(c.d[a], c.d[b]);
      });
      var rank = new Int32Array(c.d.length);
      order.forEach(function (k, position) {
        rank[k] = position;
      });
      return function (a, b) {
        var x = c.i[a];
        var y = c.i[b];
        return (x < 0 ? -1 : rank[x]) - (y < 0 ? -1 : rank[y]);
      };
    }
    return function (a, b) {
      return collator.compare(c.s[a] === null ? '' : c.s[a], c.s[b] === null ? '' : c.s[b]);
    };
  }

  /** Rows whose text cells contain the query (case-insensitive); all rows for an empty query. */
  function filtered(table, query) {
    var all = new Int32Array(table.rows);
    for (var r = 0; r < table.rows; r++) all[r] = r;
    if (!query) return all;
    var q = query.toLowerCase();
    var tests = table.data
      .map(function (c) {
        if (c.d) {
          var hit = c.d.map(function (s) {
            return s !== null && String(s).toLowerCase().indexOf(q) >= 0;
          });
          return function (r) {
            return c.i[r] >= 0 && hit[c.i[r]];
          };
        }
        if (c.s)
          return function (r) {
            return c.s[r] !== null && String(c.s[r]).toLowerCase().indexOf(q) >= 0;
          };
        return null;
      })
      .filter(Boolean);
    var kept = [];
    for (var k = 0; k < all.length; k++) {
      for (var t = 0; t < tests.length; t++)
        if (tests[t](all[k])) {
          kept.push(all[k]);
          break;
        }
    }
    return Int32Array.from(kept);
  }

  /**
   * Renders a table into host: caption, sortable headers, the current page of rows and, for tables longer than one
   * page, a pager and a filter. ctx = {lang, ui}. Returns {table: the table element, show(page)}.
   */
  function render(host, table, ctx) {
    var ui = ctx.ui;
    var lang = ctx.lang;
    var state = { order: filtered(table, ''), page: 0, size: PAGE_SIZES[1], sortKey: null, descending: false };
    var element = el('table', { id: 'ts-table-' + table.id, class: 'ts-table' });
    element.appendChild(el('caption', {}, table.title));
    var head = el('thead');
    var headRow = el('tr');
    var headers = table.columns.map(function (c) {
      var th = el('th', { scope: 'col', class: c.kind === 'text' ? 'text' : 'number', 'aria-sort': 'none' });
      var button = el('button', { type: 'button', title: ui.sortHint }, c.header || c.key);
      button.addEventListener('click', function () {
        sort(c.key);
      });
      th.appendChild(button);
      headRow.appendChild(th);
      return th;
    });
    head.appendChild(headRow);
    element.appendChild(head);
    var body = el('tbody');
    element.appendChild(body);
    var long = table.rows > PAGE_SIZES[0];
    var controls = el('div', { class: 'ts-pager' });
    var status = el('span', { class: 'ts-status', 'aria-live': 'polite' });
    var buttons = {};
    if (long) {
      var filter = el('input', { type: 'search', class: 'ts-filter', placeholder: ui.filter, 'aria-label': ui.filter });
      filter.addEventListener('change', function () {
        state.order = filtered(table, filter.value.trim());
        if (state.sortKey) applySort();
        show(0);
      });
      controls.appendChild(filter);
      ['first', 'previous', 'next', 'last'].forEach(function (name) {
        var b = el('button', { type: 'button', class: 'ts-page-' + name }, ui[name]);
        b.addEventListener('click', function () {
          var pages = pageCount();
          var target = { first: 0, previous: state.page - 1, next: state.page + 1, last: pages - 1 }[name];
          show(Math.max(0, Math.min(pages - 1, target)));
        });
        buttons[name] = b;
        controls.appendChild(b);
      });
      var size = el('select', { class: 'ts-page-size', 'aria-label': ui.rowsPerPage });
      PAGE_SIZES.forEach(function (n) {
        var o = el('option', { value: String(n) }, String(n));
        if (n === state.size) o.selected = true;
        size.appendChild(o);
      });
      size.addEventListener('change', function () {
        state.size = +size.value;
        show(0);
      });
      controls.appendChild(el('label', {}, ui.rowsPerPage + ' '));
      controls.lastChild.appendChild(size);
      controls.appendChild(status);
    }
    var wrap = el('div', { class: 'ts-table-scroll' });
    wrap.appendChild(element);
    if (long) host.appendChild(controls);
    host.appendChild(wrap);

    function pageCount() {
      return Math.max(1, Math.ceil(state.order.length / state.size));
    }

    function applySort() {
      var compare = comparator(table, state.sortKey, lang);
      var sign = state.descending ? -1 : 1;
      var rows = Array.prototype.slice.call(state.order);
      rows.sort(function (a, b) {
        return sign * compare(a, b) || a - b;
      });
      state.order = Int32Array.from(rows);
    }

    function sort(key) {
      state.descending = state.sortKey === key ? !state.descending : false;
      state.sortKey = key;
      applySort();
      headers.forEach(function (th, k) {
        var on = table.columns[k].key === key;
        th.setAttribute('aria-sort', on ? (state.descending ? 'descending' : 'ascending') : 'none');
      });
      show(0);
    }

    function show(page) {
      state.page = page;
      var start = page * state.size;
      var end = Math.min(state.order.length, start + state.size);
      var columns = table.columns.map(function (c) {
        return Charts.cellOf(table, c.key);
      });
      var fragment = document.createDocumentFragment();
      for (var k = start; k < end; k++) {
        var r = state.order[k];
        var tr = el('tr');
        table.columns.forEach(function (c, j) {
          var v = columns[j](r);
          var text = c.kind === 'text' || typeof v === 'string' ? (v === null ? '' : v) : Charts.formatNumber(v, c.fmt, lang);
          tr.appendChild(el('td', { class: c.kind === 'text' ? 'text' : 'number' }, text));
        });
        fragment.appendChild(tr);
      }
      body.textContent = '';
      body.appendChild(fragment);
      if (long) {
        status.textContent = fill(ui.rowsOf, [
          (end === 0 ? 0 : start + 1).toLocaleString(lang),
          end.toLocaleString(lang),
          state.order.length.toLocaleString(lang),
        ]);
        buttons.first.disabled = buttons.previous.disabled = page === 0;
        buttons.next.disabled = buttons.last.disabled = page >= pageCount() - 1;
      }
    }

    show(0);
    return { table: element, show: show, sort: sort };
  }

  root.TradeScopeTables = { render: render, pageSizes: PAGE_SIZES };
})(typeof window !== 'undefined' ? window : this);
