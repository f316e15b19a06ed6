// nordicsim explore: the page's script. No libraries; the charts are hand-drawn SVG with a table of the numbers.
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const fields = ['scenario', 'going_out', 'replications', 'seed'];
  const initial = new URLSearchParams(location.search);
  const token = initial.get('token');
  let job = null, timer = null, validateTimer = null;

  function edits() {
    const p = new URLSearchParams();
    for (const f of fields) { const v = $(f).value.trim(); if (v !== '') p.set(f, v); }
    return p;
  }
  function syncUrl() {
    const p = edits();
    if (token) p.set('token', token);
    history.replaceState(null, '', '?' + p.toString());
    $('download').href = 'api/yaml?' + edits().toString();
  }
  function showErrors(list) {
    const ul = $('errors'); ul.innerHTML = '';
    for (const e of list || []) { const li = document.createElement('li'); li.textContent = e; ul.appendChild(li); }
    for (const f of ['going_out', 'replications', 'seed'])
      $(f).setAttribute('aria-invalid', (list || []).some(e => e.includes(': ' + (f === 'going_out' ? 'policies' : f))) ? 'true' : 'false');
  }
  const fmt = v => v === null || v === undefined ? 'n/a' : (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-2) ? v.toExponential(3) : (+v.toPrecision(4)).toString());

  async function loadScenario(fill) {
    syncUrl();
    const r = await fetch('api/scenario?' + edits().toString());
    const body = await r.json();
    showErrors(body.errors);
    if (!r.ok) return false;
    $('description').textContent = body.description;
    if (fill) {
      $('going_out').value = body.goingOut; $('replications').value = body.replications; $('seed').value = body.seed;
      syncUrl();
    }
    $('going_out').max = body.goingOutMax; $('going_out_range').max = body.goingOutMax;
    $('going_out_range').value = $('going_out').value;
    $('replications').max = body.maxReplications;
    $('download').setAttribute('download', body.download);
    const tb = document.querySelector('#levers tbody'); tb.innerHTML = '';
    for (const l of body.levers) {
      const tr = document.createElement('tr');
      for (const [text, num] of [[l.lever], [l.start + '-' + l.end], [fmt(l.intensity), true], [l.max === null ? '' : '0 to ' + l.max, true],
                                 [(l.regions || []).join(', ')], [(l.description || '') + ' ' + (l.mechanism || '')]]) {
        const td = document.createElement('td'); td.textContent = text; if (num) td.className = 'num'; tr.appendChild(td);
      }
      tb.appendChild(tr);
    }
    return true;
  }
  function scheduleValidate() { syncUrl(); clearTimeout(validateTimer); validateTimer = setTimeout(() => loadScenario(false), 250); }

  function chart(s) {
    const W = 300, H = 170, L = 48, R = 8, T = 8, B = 22;
    const pts = s.points.filter(p => p.mean !== null);
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`); svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${s.title}: line chart; the numbers are in the table beside it`);
    if (pts.length === 0) return svg;
    const ys = pts.flatMap(p => [p.mean, p.low ?? p.mean, p.high ?? p.mean]);
    let lo = Math.min(...ys), hi = Math.max(...ys); if (hi === lo) { hi += 1; lo -= 1; }
    const x0 = s.points[0].year, x1 = s.points[s.points.length - 1].year;
    const X = y => L + (x1 === x0 ? 0.5 : (y - x0) / (x1 - x0)) * (W - L - R);
    const Y = v => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
    const el = (name, attrs, text) => { const e = document.createElementNS(svgNs, name); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text) e.textContent = text; svg.appendChild(e); return e; };
    el('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#888' }); el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' });
    el('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 10 }, fmt(hi));
    el('text', { x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 10 }, fmt(lo));
    el('text', { x: L, y: H - 6, 'font-size': 10 }, String(x0));
    el('text', { x: W - R, y: H - 6, 'text-anchor': 'end', 'font-size': 10 }, String(x1));
    const band = pts.filter(p => p.low !== null && p.high !== null);
    if (band.length > 0)
      el('polygon', { points: band.map(p => `${X(p.year)},${Y(p.high)}`).concat(band.slice().reverse().map(p => `${X(p.year)},${Y(p.low)}`)).join(' '), fill: '#9ec5fe', opacity: 0.6 });
    el('polyline', { points: pts.map(p => `${X(p.year)},${Y(p.mean)}`).join(' '), fill: 'none', stroke: '#0a58ca', 'stroke-width': 2 });
    for (const p of pts) el('circle', { cx: X(p.year), cy: Y(p.mean), r: 2.5, fill: '#0a58ca' });
    return svg;
  }
  function drawSeries(series) {
    const box = $('charts'); box.innerHTML = '';
    (series || []).forEach((s, i) => {
      const div = document.createElement('div'); div.className = 'chart'; div.dataset.indicator = i;
      const h = document.createElement('h3'); h.id = 'chart-title-' + i; h.textContent = `${s.title} (${s.unit})`; div.appendChild(h);
      div.appendChild(chart(s));
      const t = document.createElement('table'); t.setAttribute('aria-labelledby', h.id);
      t.innerHTML = '<thead><tr><th scope="col">Up to</th><th scope="col">Mean</th><th scope="col">95% CI</th><th scope="col">n</th></tr></thead>';
      const tb = document.createElement('tbody');
      for (const p of s.points) {
        const tr = document.createElement('tr');
        for (const [text, num] of [[p.year], [fmt(p.mean), 1], [p.low === null ? 'n/a' : `${fmt(p.low)} .. ${fmt(p.high)}`, 1], [p.n, 1]]) {
          const td = document.createElement('td'); td.textContent = text; if (num) td.className = 'num'; tr.appendChild(td);
        }
        tb.appendChild(tr);
      }
      t.appendChild(tb); div.appendChild(t); box.appendChild(div);
    });
  }
  function drawComparison(lines) {
    const tb = document.querySelector('#comparison tbody'); tb.innerHTML = '';
    for (const l of lines || []) {
      const tr = document.createElement('tr');
      for (const [text, num] of [[`${l.title} (${l.unit})`], [fmt(l.baselineMean), 1], [fmt(l.scenarioMean), 1], [l.text, 1]]) {
        const td = document.createElement('td'); td.textContent = text; if (num) td.className = 'num'; tr.appendChild(td);
      }
      tb.appendChild(tr);
    }
  }
  function busy(on) { $('run').disabled = on; $('compare').disabled = on; $('cancel').disabled = !on; }

  async function start(kind) {
    syncUrl();
    const r = await fetch(`api/runs?kind=${kind}&` + edits().toString(), { method: 'POST' });
    const body = await r.json();
    if (!r.ok) { showErrors(body.errors); $('status').textContent = 'Not run: see the errors above.'; return; }
    showErrors([]);
    job = body.id; busy(true);
    if (kind === 'run') drawSeries([]); else drawComparison([]);
    poll();
  }
  async function poll() {
    const r = await fetch('api/runs/' + job);
    const s = await r.json();
    document.dispatchEvent(new CustomEvent('explorer:status', { detail: s }));
    const p = $('progress');
    if (s.kind === 'run') {
      p.max = Math.max(1, s.totalTicks); p.value = s.ticksDone;
      if (s.series) drawSeries(s.series);
    } else { p.max = Math.max(1, s.runs); p.value = s.runsDone; }
    const what = s.kind === 'run' ? `replications ${s.replicationsDone}/${s.replications}, ticks ${s.ticksDone}/${s.totalTicks}` : `runs ${s.runsDone}/${s.runs} (baseline and scenario)`;
    const text = { waiting: 'Waiting: another run is in progress; this one starts when it ends.', running: `Running: ${what}.`,
      done: `Done: ${what}. Results in ${s.results}.`, cancelled: 'Cancelled.', failed: `Failed: ${s.error}` }[s.state];
    $('status').textContent = text; $('status').dataset.state = s.state;
    if (s.state === 'done' && s.kind === 'compare') drawComparison(s.comparison);
    if (['done', 'cancelled', 'failed'].includes(s.state)) { busy(false); job = null; return; }
    timer = setTimeout(poll, 150);
  }

  $('form').addEventListener('submit', e => { e.preventDefault(); start('run'); });
  $('compare').addEventListener('click', () => start('compare'));
  $('cancel').addEventListener('click', () => { if (job) fetch(`api/runs/${job}/cancel`, { method: 'POST' }); });
  $('going_out_range').addEventListener('input', () => { $('going_out').value = $('going_out_range').value; scheduleValidate(); });
  $('going_out').addEventListener('input', () => { $('going_out_range').value = $('going_out').value; scheduleValidate(); });
  for (const f of ['replications', 'seed']) $(f).addEventListener('input', scheduleValidate);
  $('scenario').addEventListener('change', () => { for (const f of ['going_out', 'replications', 'seed']) $(f).value = ''; loadScenario(true); });

  (async function init() {
    const list = await (await fetch('api/scenarios')).json();
    for (const s of list) {
      const o = document.createElement('option'); o.value = s.file; o.textContent = `${s.name} (${s.file})`; o.title = s.description; $('scenario').appendChild(o);
    }
    $('scenario').value = initial.get('scenario') || (list.some(s => s.file === 'baseline.yaml') ? 'baseline.yaml' : (list[0] || {}).file);
    const ok = await loadScenario(true);
    for (const f of ['going_out', 'replications', 'seed']) if (initial.get(f) !== null) $(f).value = initial.get(f);
    $('going_out_range').value = $('going_out').value;
    if (ok || fields.some(f => initial.get(f) !== null)) await loadScenario(false);
    document.body.dataset.ready = 'true';
  })();
})();
