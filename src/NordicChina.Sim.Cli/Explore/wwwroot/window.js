// nordicsim explore: the window view (Sweden's and China's heavy-industry capability, the lead against the threshold,
// when the window closes across replications, and what moves it) and the run's downloads. No libraries: hand-drawn
// SVG, each chart with a table of its numbers beside it. It follows the page's job through the 'explorer:status'
// event that explorer.js sends after each poll.
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const svgNs = 'http://www.w3.org/2000/svg';
  const fmt = v => v === null || v === undefined ? 'n/a' : (v !== 0 && Math.abs(v) < 1e-2 ? v.toExponential(2) : (+v.toPrecision(3)).toString());
  const pct = v => v === null || v === undefined ? 'n/a' : Math.round(100 * v) + '%';
  let shown = null, view = null, drivers = null, fetching = false;

  function cell(tr, text, num, header) {
    const td = document.createElement(header ? 'th' : 'td'); td.textContent = text;
    if (header) td.scope = 'row'; if (num) td.className = 'num'; tr.appendChild(td); return td;
  }
  function table(caption, headers, rows, nums) {
    const t = document.createElement('table');
    const c = document.createElement('caption'); c.textContent = caption; t.appendChild(c);
    const hr = document.createElement('tr');
    for (const h of headers) { const th = document.createElement('th'); th.scope = 'col'; th.textContent = h; hr.appendChild(th); }
    const thead = document.createElement('thead'); thead.appendChild(hr); t.appendChild(thead);
    const tb = document.createElement('tbody');
    for (const r of rows) { const tr = document.createElement('tr'); r.forEach((v, i) => cell(tr, v, nums ? nums.includes(i) : i > 0, i === 0)); tb.appendChild(tr); }
    t.appendChild(tb); return t;
  }
  // A line chart: series [{name, colour, points:[{year, mean, low, high}]}], optional horizontal line {value, label}.
  function lines(title, series, hline) {
    const W = 340, H = 190, L = 50, R = 8, T = 22, B = 22;
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`); svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${title}: line chart; the numbers are in the table beside it`);
    const all = series.flatMap(s => s.points.filter(p => p.mean !== null));
    if (all.length === 0) return svg;
    const ys = all.flatMap(p => [p.mean, p.low ?? p.mean, p.high ?? p.mean]).concat(hline ? [hline.value] : []);
    let lo = Math.min(...ys), hi = Math.max(...ys); if (hi === lo) { hi += 0.05; lo -= 0.05; }
    const years = all.map(p => p.year), x0 = Math.min(...years), x1 = Math.max(...years);
    const X = y => L + (x1 === x0 ? 0.5 : (y - x0) / (x1 - x0)) * (W - L - R);
    const Y = v => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
    const el = (name, attrs, text) => { const e = document.createElementNS(svgNs, name); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; svg.appendChild(e); return e; };
    el('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#888' }); el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' });
    el('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 10 }, fmt(hi));
    el('text', { x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 10 }, fmt(lo));
    el('text', { x: L, y: H - 6, 'font-size': 10 }, String(x0));
    el('text', { x: W - R, y: H - 6, 'text-anchor': 'end', 'font-size': 10 }, String(x1));
    if (hline) {
      el('line', { x1: L, y1: Y(hline.value), x2: W - R, y2: Y(hline.value), stroke: '#b00020', 'stroke-dasharray': '5 3', 'stroke-width': 1.5, class: 'threshold' });
      el('text', { x: W - R, y: Y(hline.value) - 3, 'text-anchor': 'end', 'font-size': 10, fill: '#b00020' }, hline.label);
    }
    let lx = L + 4;
    for (const s of series) {
      const pts = s.points.filter(p => p.mean !== null), band = pts.filter(p => p.low !== null && p.high !== null);
      if (band.length > 0)
        el('polygon', { points: band.map(p => `${X(p.year)},${Y(p.high)}`).concat(band.slice().reverse().map(p => `${X(p.year)},${Y(p.low)}`)).join(' '), fill: s.colour, opacity: 0.2 });
      el('polyline', { points: pts.map(p => `${X(p.year)},${Y(p.mean)}`).join(' '), fill: 'none', stroke: s.colour, 'stroke-width': 2 });
      el('rect', { x: lx, y: 6, width: 10, height: 10, fill: s.colour });
      el('text', { x: lx + 13, y: 15, 'font-size': 10 }, s.name);
      lx += 20 + 6 * s.name.length;
    }
    return svg;
  }
  // A bar chart of counts: bars [{label, value, open}].
  function bars(title, list) {
    const W = 340, H = 190, L = 30, R = 8, T = 10, B = 34;
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`); svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${title}: bar chart; the numbers are in the table beside it`);
    const el = (name, attrs, text) => { const e = document.createElementNS(svgNs, name); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; svg.appendChild(e); return e; };
    const max = Math.max(1, ...list.map(b => b.value)), w = (W - L - R) / Math.max(1, list.length);
    el('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' });
    el('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 10 }, String(max));
    el('text', { x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 10 }, '0');
    list.forEach((b, i) => {
      const h = (H - T - B) * b.value / max;
      el('rect', { x: L + i * w + 1, y: H - B - h, width: Math.max(1, w - 2), height: h, fill: b.open ? '#adb5bd' : '#0a58ca', class: 'bar' });
      if (list.length <= 12 || i % Math.ceil(list.length / 8) === 0 || b.open)
        el('text', { x: L + i * w + w / 2, y: H - B + 12, 'text-anchor': 'middle', 'font-size': 9 }, b.label);
    });
    el('text', { x: L, y: H - 4, 'font-size': 10 }, 'year the window first closed (grey: still open at the end)');
    return svg;
  }
  function figure(id, heading, svg, tbl) {
    const div = document.createElement('div'); div.className = 'chart'; div.id = id;
    const h = document.createElement('h3'); h.id = id + '-title'; h.textContent = heading; div.appendChild(h);
    div.appendChild(svg); tbl.setAttribute('aria-labelledby', h.id); div.appendChild(tbl); return div;
  }
  const ci = p => p.low === null ? 'n/a' : `${fmt(p.low)} .. ${fmt(p.high)}`;

  function draw() {
    const box = $('window-charts'); box.innerHTML = '';
    const v = view;
    $('window-threshold').textContent = v ? fmt(v.threshold) : (drivers ? fmt(drivers.threshold.default) : '');
    if (!v || !v.sectors) { $('window-summary').textContent = ''; return; }
    const sel = $('window-sector');
    if (sel.options.length === 0)
      for (const s of v.sectors) { const o = document.createElement('option'); o.value = s.code; o.textContent = s.name; sel.appendChild(o); }
    const s = v.sectors.find(x => x.code === sel.value) || v.sectors[0];
    const years = s.sweden.map(p => p.year);
    const at = (list, y) => list.find(p => p.year === y) || { mean: null, low: null, high: null, n: 0 };

    box.appendChild(figure('window-capability', `AI capability in ${s.name}: Sweden and China (share of the frontier, mean and 95% band)`,
      lines('AI capability, Sweden and China', [{ name: 'Sweden', colour: '#0a58ca', points: s.sweden }, { name: 'China', colour: '#d63384', points: s.china }]),
      table('Capability (share of the AI frontier)', ['Year', 'Sweden', 'Sweden 95% CI', 'China', 'China 95% CI', 'n'],
        years.map(y => [y, fmt(at(s.sweden, y).mean), ci(at(s.sweden, y)), fmt(at(s.china, y).mean), ci(at(s.china, y)), at(s.sweden, y).n]))));

    box.appendChild(figure('window-gap', `Sweden's lead over China in ${s.name} against the threshold (${fmt(v.threshold)})`,
      lines("Sweden's lead", [{ name: "Sweden's lead", colour: '#198754', points: s.gap }], { value: v.threshold, label: `threshold ${fmt(v.threshold)}` }),
      table("Sweden's lead (Sweden minus China, share of the frontier)", ['Year', 'Lead', '95% CI', 'Threshold', 'Mean lead above it?'],
        years.map(y => { const p = at(s.gap, y); return [y, fmt(p.mean), ci(p), fmt(v.threshold), p.mean === null ? 'n/a' : (p.mean > v.threshold ? 'yes' : 'no')]; }))));

    const rows = (v.closing || []).filter(r => r.sector === s.code);
    const last = rows[rows.length - 1];
    const perYear = rows.map((r, i) => ({ year: r.year, now: r.closed - (i > 0 ? rows[i - 1].closed : 0), r }));
    const barList = perYear.map(p => ({ label: String(p.year), value: p.now })).concat(last ? [{ label: 'open', value: last.notClosed, open: true }] : []);
    box.appendChild(figure('window-closing', `When the window in ${s.name} closes, across ${last ? last.n : 0} replication(s)`,
      bars('Closing year across replications', barList),
      table('Closing year (window.csv: closed by the end of each year)', ['Year', 'Closed that year', 'Closed by then', 'Share closed', 'Still open'],
        perYear.map(p => [p.year, p.now, p.r.closed, pct(p.r.shareClosed), p.r.notClosed]))));

    $('window-summary').textContent = !last ? 'No closing year yet.' :
      `${s.name}: ${last.closed} of ${last.n} replication(s) closed by the end of ${last.year} (${pct(last.shareClosed)}); ${last.notClosed} still open. ` +
      (last.medianClosingYear === null ? `Median closing year (Kaplan-Meier): after ${last.year} (fewer than half closed).` : `Median closing year (Kaplan-Meier): ${last.medianClosingYear}.`);
  }

  function drawDrivers(d) {
    const box = $('window-drivers'); box.innerHTML = '';
    const p = document.createElement('p');
    if (d.error) { p.textContent = `The ranking could not be read: ${d.error}. Read it in ${d.source}.`; box.appendChild(p); return; }
    const labels = d.outputs.map(o => o.name === 'window.closing_year@heavy' ? 'Closing year' : o.name === 'window.gap@heavy' ? 'Lead at the end' : o.name);
    p.textContent = `From the sensitivity screening in ${d.source} (nordicsim sensitivity --screening of ${d.screened}): each family of parameters ` +
      'was moved over its plausible range, and its effect on the heavy-industry window is given relative to the strongest family (1.00 = the strongest; Morris μ*). ' +
      `Effects below the noise level (${d.noise.map((n, i) => labels[i] + ' ' + fmt(n)).join(', ')}: what a change of random seed alone does) are not to be read as real.`;
    box.appendChild(p);
    box.appendChild(table('Parameter families that move the window most (scaled μ*)', ['Family'].concat(labels, ['Parameters', 'Matters']),
      d.families.map(f => [f.family].concat(f.scores.map(fmt), [f.parameters.slice(0, 4).join(', ') + (f.parameters.length > 4 ? ', ...' : ''), f.matters ? 'yes' : 'no'])),
      labels.map((_, i) => i + 1)));
    const q = document.createElement('p');
    q.textContent = 'Policy levers act on the window through the parameters their mechanism uses. The table gives, for each lever that uses a screened parameter of the window ' +
      "(or whose effect on China's capability or the lead is checked by LeverDirectionTests), the strongest scaled effect of those parameters in the screened scenario, and the tested direction. " +
      'A lever that is off or weak in the screened scenario shows little effect through its parameters even where switching it on matters: the tested direction comes from switching the lever on (docs/parameters.md, "What each lever moves").';
    box.appendChild(q);
    box.appendChild(table('Levers that move the window', ['Lever', 'What it does', 'Acts through', 'Strongest effect (scaled μ*)', 'Tested direction'],
      d.levers.map(l => [l.lever, l.description, l.through.map(t => t.parameter).join(', ') || '-', fmt(l.score),
        l.tested.map(t => `${t.metric} (${t.sector}) ${t.direction} at intensity ${t.intensity}`).join('; ') || '-']), [3]));
  }

  let again = null;
  async function refresh(id) {
    if (fetching) { again = id; return; }
    fetching = true;
    try {
      const r = await fetch(`api/runs/${id}/window`);
      if (r.ok) { view = await r.json(); draw(); }
    } finally { fetching = false; }
    if (again) { const next = again; again = null; refresh(next); }
  }
  function keep(s) {
    const done = s.state === 'done';
    for (const [a, path] of [['download-zip', 'results.zip'], ['download-report', 'report.html']]) {
      const link = $(a);
      if (done) { link.href = `api/runs/${s.id}/${path}`; link.removeAttribute('aria-disabled'); }
      else { link.removeAttribute('href'); link.setAttribute('aria-disabled', 'true'); }
    }
    $('keep-status').textContent = done ? `Results of ${s.kind} ${s.id}: ${s.results}` : 'The downloads are ready when a run ends.';
  }

  document.addEventListener('explorer:status', e => {
    const s = e.detail;
    keep(s);
    if (s.kind !== 'run') return;
    const key = `${s.id}/${s.replicationsDone}/${s.state}`;
    if (key === shown) return;
    if (!shown || !shown.startsWith(s.id + '/')) { view = null; draw(); $('window-status').textContent = 'Waiting for the first replication to finish.'; }
    shown = key;
    $('window-status').textContent = `${s.state === 'done' ? 'Finished' : 'So far'}: ${s.replicationsDone} of ${s.replications} replication(s).`;
    $('window-status').dataset.state = s.state;
    refresh(s.id);
  });
  $('window-sector').addEventListener('change', draw);

  (async function init() {
    const r = await fetch('api/window/drivers');
    drivers = await r.json();
    $('window-threshold').textContent = fmt(drivers.threshold.default);
    $('window-threshold-source').textContent = drivers.threshold.source;
    drawDrivers(drivers);
    document.getElementById('window-view').dataset.ready = 'true';
  })();
})();
