/*
 * TradeScope dashboard front end. Each view is a form whose fields are the options of one command; "Show" asks the
 * server for the command's HTML report (/api/run/<command>?...&format=html), the same self-contained report the CLI
 * writes, with its tables and charts, and shows it in a frame. CSV and XLSX links ask for the same run in those
 * formats. Progress comes from /api/progress/<job> (server-sent events); Cancel aborts the request, which cancels the
 * run on the server. Nothing is loaded from the network beyond this server.
 */
(function () {
  'use strict';

  var VIEWS = [
    { key: 'screen', label: 'ViewScreen', command: 'screen', fields: [
      { name: 'reporter', label: 'Reporter', value: 'RUS' }, { name: 'year', label: 'Year', value: '2019', type: 'number' },
      { name: 'top', label: 'Top', value: '20', type: 'number' }] },
    { key: 'blocs', label: 'ViewBlocs', command: 'blocs', fields: [
      { name: 'reporter', label: 'Reporter', value: 'RUS' }, { name: 'year', label: 'Year', value: '2019', type: 'number' }] },
    { key: 'gvc', label: 'ViewGvc', command: 'gvc', fields: [
      { name: 'exporter', label: 'Exporter', value: 'RUS' },
      { name: 'method', label: 'Method', value: 'oecd', options: ['oecd', 'kww', 'wwz', 'bm-src', 'bm-snk', 'tiva'] }] },
    { key: 'regress', label: 'ViewRegress', command: 'regress', fields: [
      { name: 'data', label: 'DataFile', value: 'docs/rvc/eu-members-series.csv', wide: true },
      { name: 'formula', label: 'Formula', value: 'log(ex_mutual) ~ log(bp) + log(fp) | country^sector + year', wide: true },
      { name: 'vcov', label: 'Method', value: 'hc1', options: ['iid', 'hc1', 'hc3'] }] },
    { key: 'lead', label: 'ViewLead', command: 'lead', fields: [
      { name: 'bloc', label: 'Bloc', value: 'EAEU' }, { name: 'from', label: 'From', value: '2015' },
      { name: 'to', label: 'To', value: '2021' },
      { name: 'by', label: 'Method', value: 'hs-section', options: ['hs-section', 'sitc-section', 'sitc-division', 'bec', 'tech'] },
      { name: 'db', label: 'DbPath', value: 'docs/examples/product-store', wide: true }] },
    { key: 'potential', label: 'ViewPotential', command: 'potential', fields: [
      { name: 'year', label: 'Year', value: '2021', type: 'number' }] },
    { key: 'scenario', label: 'ViewScenario', command: 'scenario', fields: [
      { name: 'reporter', label: 'Reporter', value: 'RUS' }, { name: 'year', label: 'Year', value: '2021', type: 'number' }] }
  ];

  var labels = {};
  var served = null;
  var current = null;
  var running = null;

  function $(id) { return document.getElementById(id); }
  function t(key) { return labels[key] || key; }
  function lang() { return $('lang').value; }

  function query(view, format, job) {
    var parts = [];
    view.fields.forEach(function (f) {
      var input = $('field-' + f.name);
      if (input && input.value !== '') parts.push(encodeURIComponent(f.name) + '=' + encodeURIComponent(input.value));
    });
    parts.push('lang=' + lang());
    parts.push('format=' + format);
    if (job) parts.push('job=' + job);
    return '/api/run/' + view.command + '?' + parts.join('&');
  }

  function status(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  function buildForm(view) {
    var form = $('form');
    form.innerHTML = '';
    view.fields.forEach(function (f) {
      var label = document.createElement('label');
      var caption = document.createElement('span');
      caption.textContent = t(f.label);
      label.appendChild(caption);
      var input;
      if (f.options) {
        input = document.createElement('select');
        f.options.forEach(function (o) {
          var opt = document.createElement('option');
          opt.value = o;
          opt.textContent = o;
          input.appendChild(opt);
        });
      } else {
        input = document.createElement('input');
        input.type = f.type === 'number' ? 'number' : 'text';
        if (f.wide) input.className = 'wide';
      }
      input.id = 'field-' + f.name;
      input.name = f.name;
      input.value = f.value;
      label.appendChild(input);
      form.appendChild(label);
    });
    var show = document.createElement('button');
    show.type = 'submit';
    show.id = 'show';
    show.textContent = t('Show');
    form.appendChild(show);
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.id = 'cancel';
    cancel.className = 'secondary';
    cancel.textContent = t('Cancel');
    cancel.hidden = true;
    cancel.onclick = function () { if (running) running.abort(); };
    form.appendChild(cancel);
  }

  function selectView(key) {
    current = VIEWS.filter(function (v) { return v.key === key; })[0];
    Array.prototype.forEach.call($('views').children, function (b) {
      b.setAttribute('aria-selected', b.dataset.view === key ? 'true' : 'false');
    });
    buildForm(current);
    $('downloads').hidden = true;
    $('report').srcdoc = '';
    status(available(current) ? t('Ready') : t('NotAvailable'), false);
  }

  function entry(view) { return served ? served.filter(function (c) { return c.name === view.command; })[0] : null; }
  function available(view) { return !served || !!entry(view); }
  function offers(view, format) { var c = entry(view); return !c || c.formats.indexOf(format) >= 0; }

  function buildNav() {
    var nav = $('views');
    nav.innerHTML = '';
    VIEWS.filter(available).forEach(function (v) {
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.dataset.view = v.key;
      b.textContent = t(v.label);
      b.onclick = function () { selectView(v.key); };
      nav.appendChild(b);
    });
  }

  function watchProgress(job) {
    if (typeof EventSource !== 'function') return null;
    var source = new EventSource('/api/progress/' + job);
    var bar = $('progress');
    source.addEventListener('progress', function (e) {
      var step = JSON.parse(e.data);
      bar.hidden = false;
      bar.max = Math.max(1, step.total);
      bar.value = Math.min(step.done, step.total);
      status(t('Working') + ' ' + step.operation + (step.current ? ' — ' + step.current : ''), false);
    });
    source.addEventListener('done', function () { source.close(); });
    source.onerror = function () { source.close(); };
    return source;
  }

  function run(event) {
    if (event) event.preventDefault();
    if (running) running.abort();
    var view = current;
    var job = Math.random().toString(36).slice(2) + Date.now().toString(36);
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    running = controller;
    var progress = watchProgress(job);
    $('cancel').hidden = false;
    $('show').disabled = true;
    status(t('Working'), false);
    fetch(query(view, 'html', job), controller ? { signal: controller.signal } : {})
      .then(function (response) {
        if (response.ok) return response.text();
        return response.json().then(function (body) { throw new Error(body.error || response.statusText); });
      })
      .then(function (html) {
        $('report').srcdoc = html;
        $('download-csv').href = query(view, 'csv');
        $('download-csv').textContent = t('DownloadCsv');
        $('download-csv').hidden = !offers(view, 'csv');
        $('download-xlsx').href = query(view, 'xlsx');
        $('download-xlsx').textContent = t('DownloadXlsx');
        $('download-xlsx').hidden = !offers(view, 'xlsx');
        $('downloads').hidden = false;
        status('', false);
      })
      .catch(function (error) {
        if (error && error.name === 'AbortError') status(t('Cancelled'), false);
        else status(error.message, true);
      })
      .then(function () {
        if (progress) progress.close();
        $('progress').hidden = true;
        $('cancel').hidden = true;
        $('show').disabled = false;
        if (running === controller) running = null;
      });
  }

  function loadLabels() {
    return fetch('/api/strings?lang=' + lang()).then(function (r) { return r.json(); }).then(function (l) {
      labels = l;
      document.documentElement.lang = lang();
      document.title = t('Title');
      $('title').textContent = t('Title');
      $('subtitle').textContent = t('Subtitle');
      $('language-label').textContent = t('Language');
    });
  }

  function start() {
    $('form').addEventListener('submit', run);
    $('lang').addEventListener('change', function () {
      var key = current ? current.key : 'screen';
      loadLabels().then(function () { buildNav(); selectView(key); });
    });
    fetch('/api/commands').then(function (r) { return r.json(); }).then(function (list) { served = list; })
      .catch(function () { served = null; })
      .then(loadLabels)
      .then(function () { buildNav(); selectView('screen'); });
  }

  start();
})();
