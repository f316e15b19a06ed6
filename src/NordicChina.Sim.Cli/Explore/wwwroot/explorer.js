// nordicsim explore: the page's script. No libraries; the charts are hand-drawn SVG with a table of the numbers.
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const fields = ['scenario', 'going_out', 'replications', 'seed'];
  const initial = new URLSearchParams(location.search);
  const token = initial.get('token');
  let job = null, timer = null, validateTimer = null, searchTimer = null;
  // The Going Out control adds its entry (after the others) only once used, or when the address has it; until then
  // it shows the intensity the scenario's entries give at the end.
  let goingOutTouched = initial.get('going_out') !== null;
  // The lever and parameter editors: the scenario's own entries as typed, and whether they differ from the file's
  // (only then are they in the address and sent to the server, which replaces the file's entries with them).
  const editor = { levers: [], overrides: [], leversEdited: false, overridesEdited: false, start: 2020, end: 2040,
                   catalogue: { levers: [], hosts: [] }, info: {} };

  // The address's levers and overrides: entries separated by ';', fields by ',', each field percent-encoded
  // (ScenarioEdit's LeverEntry.Decode and ParameterEntry.Decode read them).
  const enc = fs => fs.map(encodeURIComponent).join(',');
  const encodeLevers = () => editor.levers.map(e => enc([e.lever, e.start, e.end, e.intensity, e.regions.join(' ')])).join(';');
  const encodeOverrides = () => editor.overrides.map(o => enc([o.name, o.value])).join(';');
  function decode(text, width) {
    if (text === '') return [];
    try {
      const out = text.split(';').map(item => item.split(',').map(decodeURIComponent));
      return out.every(f => f.length === width) ? out : null;
    } catch (e) { return null; }
  }

  function edits() {
    const p = new URLSearchParams();
    for (const f of fields) {
      if (f === 'going_out' && !goingOutTouched) continue;
      const v = $(f).value.trim(); if (v !== '') p.set(f, v);
    }
    if (editor.leversEdited) p.set('levers', encodeLevers());
    if (editor.overridesEdited) p.set('overrides', encodeOverrides());
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
    for (const el of document.querySelectorAll('#form [aria-invalid]')) el.setAttribute('aria-invalid', 'false');
    for (const e of list || []) {
      let m;
      if ((m = /: policies\[(\d+)\]\.(lever|start|end|intensity|regions)(?=[:.])/.exec(e))) {
        const i = +m[1];
        const el = i < editor.levers.length ? $(`lever-${i}-${m[2]}`) : (m[2] === 'intensity' ? $('going_out') : null);
        if (el) el.setAttribute('aria-invalid', 'true');
      } else if ((m = /: parameters\.(.+?): /.exec(e))) {
        const i = editor.overrides.findIndex(o => o.name === m[1]);
        if (i >= 0) $(`override-${i}-value`).setAttribute('aria-invalid', 'true');
      } else for (const f of ['replications', 'seed']) if (e.includes(': ' + f + ':')) $(f).setAttribute('aria-invalid', 'true');
    }
  }
  const fmt = v => v === null || v === undefined ? 'n/a' : (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-2) ? v.toExponential(3) : (+v.toPrecision(4)).toString());

  async function loadScenario(fill) {
    syncUrl();
    const r = await fetch('api/scenario?' + edits().toString());
    const body = await r.json();
    if (fill && body.editable) {
      editor.levers = body.editable.levers.map(e => ({ lever: e.lever, start: e.start, end: e.end, intensity: e.intensity, regions: [...e.regions] }));
      editor.overrides = body.editable.overrides.map(o => ({ name: o.name, value: o.value }));
      for (const o of body.editable.overrides) if (o.parameter) editor.info[o.name] = o.parameter;
      const ul = $('from_base'); ul.innerHTML = '';
      for (const b of body.editable.fromBase) {
        const li = document.createElement('li');
        li.textContent = `From the base scenario (kept, before the entries above): ${b.lever} ${b.start}-${b.end} at ${b.intensity}` + (b.regions.length ? ` in ${b.regions.join(', ')}` : '');
        ul.appendChild(li);
      }
      renderLevers(); renderOverrides();
    }
    showErrors(body.errors);
    if (!r.ok) return false;
    $('description').textContent = body.description;
    if (fill) {
      $('replications').value = body.replications; $('seed').value = body.seed;
      syncUrl();
    }
    if (!goingOutTouched) $('going_out').value = body.goingOut;
    $('going_out').max = body.goingOutMax; $('going_out_range').max = body.goingOutMax;
    $('going_out_range').value = $('going_out').value;
    $('replications').max = body.maxReplications;
    $('download').setAttribute('download', body.download);
    editor.start = body.startYear; editor.end = body.endYear;
    return true;
  }
  function scheduleValidate() { syncUrl(); clearTimeout(validateTimer); validateTimer = setTimeout(() => loadScenario(false), 250); }

  // The lever editor: one row per entry, every control labelled, rebuilt only when rows change (typing keeps focus).
  const leverOf = name => editor.catalogue.levers.find(l => l.name === name);
  function make(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function leverChanged() { editor.leversEdited = true; scheduleValidate(); }
  function renderLevers(focusId) {
    const tb = document.querySelector('#levers tbody'); tb.innerHTML = '';
    editor.levers.forEach((e, i) => {
      const l = leverOf(e.lever), name = `Entry ${i + 1} (${e.lever})`;
      const tr = make('tr');
      const sel = make('select', { id: `lever-${i}-lever`, 'aria-label': `${name}: lever` });
      const names = editor.catalogue.levers.map(x => x.name);
      for (const n of names.includes(e.lever) ? names : [e.lever, ...names]) sel.appendChild(make('option', { value: n }, n));
      sel.value = e.lever;
      sel.addEventListener('change', () => {
        e.lever = sel.value;
        if (!(leverOf(e.lever) || {}).hostScoped) e.regions = [];
        leverChanged(); renderLevers(sel.id);
      });
      const td0 = make('td'); td0.appendChild(sel); tr.appendChild(td0);
      for (const [f, label, attrs] of [['start', 'start year', { min: 1990, max: 2100, step: 1 }], ['end', 'end year', { min: 1990, max: 2100, step: 1 }],
                                       ['intensity', 'intensity', { min: 0, max: l ? l.max : '', step: 'any' }]]) {
        const input = make('input', { type: 'number', id: `lever-${i}-${f}`, 'aria-label': `${name}: ${label}`, ...attrs });
        input.value = e[f];
        input.addEventListener('input', () => { e[f] = input.value.trim(); leverChanged(); });
        const td = make('td'); td.appendChild(input); tr.appendChild(td);
      }
      const tdr = make('td');
      if (l && l.hostScoped) {
        const group = make('div', { id: `lever-${i}-regions`, role: 'group', 'aria-label': `${name}: regions (none ticked: every host)`, class: 'regions' });
        for (const h of editor.catalogue.hosts) {
          const box = make('input', { type: 'checkbox', id: `lever-${i}-region-${h.code}`, value: h.code });
          box.checked = e.regions.includes(h.code);
          box.addEventListener('change', () => {
            e.regions = editor.catalogue.hosts.map(x => x.code).filter(c => c === h.code ? box.checked : e.regions.includes(c));
            leverChanged();
          });
          const lab = make('label', { for: box.id, title: h.name }); lab.appendChild(box); lab.appendChild(document.createTextNode(' ' + h.code));
          group.appendChild(lab);
        }
        tdr.appendChild(group);
      } else tdr.appendChild(make('span', { id: `lever-${i}-regions`, tabindex: -1 }, e.regions.length ? `${e.regions.join(', ')} (this lever takes no regions)` : 'everywhere'));
      tr.appendChild(tdr);
      tr.appendChild(make('td', { class: 'what' }, l ? `0 to ${l.max}. ${l.description} ${l.mechanism} Source: ${l.source}.` : 'not a lever of the catalogue'));
      const rm = make('button', { type: 'button', id: `lever-${i}-remove`, 'aria-label': `Remove ${name}` }, 'Remove');
      rm.addEventListener('click', () => {
        editor.levers.splice(i, 1); leverChanged();
        renderLevers(i < editor.levers.length ? `lever-${i}-remove` : 'add_lever');
      });
      const tdx = make('td'); tdx.appendChild(rm); tr.appendChild(tdx);
      tb.appendChild(tr);
    });
    if (focusId && $(focusId)) $(focusId).focus();
  }
  function addEntry() {
    const l = leverOf($('add_lever').value);
    if (!l) return;
    editor.levers.push({ lever: l.name, start: String(editor.start), end: String(editor.end), intensity: String(l.default), regions: [] });
    leverChanged(); renderLevers(`lever-${editor.levers.length - 1}-intensity`);
  }

  // Parameter overrides, and the catalogue search that adds them.
  const range = p => `plausible ${fmt(p.plausibleLow)} to ${fmt(p.plausibleHigh)}; valid ${fmt(p.min)} to ${fmt(p.max)}`;
  function overrideChanged() { editor.overridesEdited = true; scheduleValidate(); }
  function renderOverrides(focusId) {
    const tb = document.querySelector('#overrides tbody'); tb.innerHTML = '';
    editor.overrides.forEach((o, i) => {
      const p = editor.info[o.name], tr = make('tr');
      tr.appendChild(make('th', { scope: 'row', id: `override-${i}-name` }, o.name));
      const input = make('input', { type: 'text', inputmode: 'decimal', id: `override-${i}-value`, 'aria-label': `Value of ${o.name}` });
      input.value = o.value;
      input.addEventListener('input', () => { o.value = input.value.trim(); overrideChanged(); });
      const td = make('td'); td.appendChild(input); tr.appendChild(td);
      tr.appendChild(make('td', { class: 'what' }, p ? `${p.unit}; default ${fmt(p.default)}; ${range(p)}. ${p.description} Source: ${p.source}.` : 'not in the catalogue'));
      const rm = make('button', { type: 'button', id: `override-${i}-remove`, 'aria-label': `Remove override ${o.name}` }, 'Remove');
      rm.addEventListener('click', () => {
        editor.overrides.splice(i, 1); overrideChanged();
        renderOverrides(i < editor.overrides.length ? `override-${i}-remove` : 'param_search');
      });
      const tdx = make('td'); tdx.appendChild(rm); tr.appendChild(tdx);
      tb.appendChild(tr);
    });
    $('no_overrides').hidden = editor.overrides.length > 0;
    if (focusId && $(focusId)) $(focusId).focus();
  }
  function addOverride(p) {
    editor.info[p.name] = p;
    let i = editor.overrides.findIndex(o => o.name === p.name);
    if (i < 0) { editor.overrides.push({ name: p.name, value: String(p.default) }); i = editor.overrides.length - 1; overrideChanged(); }
    renderOverrides(`override-${i}-value`);
  }
  async function search() {
    const q = $('param_search').value.trim();
    const tb = document.querySelector('#param_results tbody'); tb.innerHTML = '';
    if (q === '') { $('param_count').textContent = ''; return; }
    const r = await fetch('api/parameters?q=' + encodeURIComponent(q));
    const body = await r.json();
    if (q !== $('param_search').value.trim()) return;   // a newer search is under way
    if (!r.ok) { $('param_count').textContent = body.errors.join(' '); return; }
    $('param_count').textContent = body.total === 0 ? 'No parameter matches.'
      : `${body.total} parameter${body.total === 1 ? '' : 's'} match` + (body.total > body.parameters.length ? `; the first ${body.parameters.length} are listed.` : '.');
    for (const p of body.parameters) {
      const tr = make('tr');
      tr.appendChild(make('th', { scope: 'row', title: p.description }, p.name));
      for (const [text, cls] of [[p.unit], [fmt(p.default), 'num'], [`${fmt(p.plausibleLow)} to ${fmt(p.plausibleHigh)}`, 'num'], [`${fmt(p.min)} to ${fmt(p.max)}`, 'num'], [p.source, 'what']])
        tr.appendChild(make('td', cls ? { class: cls } : {}, text));
      const add = make('button', { type: 'button', 'aria-label': `Override ${p.name}` }, 'Override');
      add.addEventListener('click', () => addOverride(p));
      const td = make('td'); td.appendChild(add); tr.appendChild(td);
      tb.appendChild(tr);
    }
  }

  // What a comparison is against: the baseline, or a run of this session that has finished.
  async function refreshRuns() {
    const runs = await (await fetch('api/runs')).json();
    const sel = $('compare_against'), keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    for (const r of runs)
      sel.appendChild(make('option', { value: r.id }, `run ${r.id}: ${r.name} (${r.scenario}), ${r.policies} policy entries, ${r.overrides} parameters set, ${r.replications} replications, seed ${r.seed}`));
    sel.value = runs.some(r => r.id === keep) ? keep : '';
    compareLabel();
  }
  function compareLabel() { const v = $('compare_against').value; $('compare').textContent = v ? `Compare with run ${v}` : 'Compare with baseline'; }

  function chart(s, zero) {
    const W = 300, H = 170, L = 48, R = 8, T = 8, B = 22;
    const pts = s.points.filter(p => p.mean !== null);
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`); svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${s.title}: line chart; the numbers are in the table beside it`);
    if (pts.length === 0) return svg;
    const ys = pts.flatMap(p => [p.mean, p.low ?? p.mean, p.high ?? p.mean]).concat(zero ? [0] : []);
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
    if (zero) el('line', { x1: L, y1: Y(0), x2: W - R, y2: Y(0), stroke: '#555', 'stroke-dasharray': '4 3' });
    el('polyline', { points: pts.map(p => `${X(p.year)},${Y(p.mean)}`).join(' '), fill: 'none', stroke: '#0a58ca', 'stroke-width': 2 });
    for (const p of pts) el('circle', { cx: X(p.year), cy: Y(p.mean), r: 2.5, fill: '#0a58ca' });
    return svg;
  }
  // Charts of series (mean or difference per year, 95% band) into a box, each with the table of its numbers beside it
  // (the text alternative): the live headlines, and a comparison's differences year by year (with a dashed zero line).
  function drawCharts(box, series, o) {
    box.innerHTML = '';
    (series || []).forEach((s, i) => {
      const div = document.createElement('div'); div.className = 'chart'; div.dataset.indicator = i;
      const h = document.createElement(o.heading); h.id = o.idPrefix + i; h.textContent = o.title(s); div.appendChild(h);
      div.appendChild(chart({ title: h.textContent, points: s.points }, o.zero));
      const t = document.createElement('table'); t.setAttribute('aria-labelledby', h.id);
      t.innerHTML = `<thead><tr><th scope="col">${o.yearColumn}</th><th scope="col">${o.valueColumn}</th><th scope="col">95% CI</th><th scope="col">n</th></tr></thead>`;
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
  function drawSeries(series) {
    drawCharts($('charts'), series, { heading: 'h3', idPrefix: 'chart-title-', title: s => `${s.title} (${s.unit})`, yearColumn: 'Up to', valueColumn: 'Mean', zero: false });
    // The headline panel: each indicator at the last year any replication has reached.
    const tb = document.querySelector('#headlines tbody'); tb.innerHTML = '';
    for (const s of series || []) {
      const p = s.points.filter(q => q.n > 0).pop();
      if (!p) continue;
      const tr = document.createElement('tr');
      for (const [text, num] of [[`${s.title} (${s.unit})`], [p.year, 1], [fmt(p.mean), 1], [p.low === null ? 'n/a' : `${fmt(p.low)} .. ${fmt(p.high)}`, 1], [p.n, 1]]) {
        const td = document.createElement('td'); td.textContent = text; if (num) td.className = 'num'; tr.appendChild(td);
      }
      tb.appendChild(tr);
    }
  }
  function drawComparisonYears(series) {
    drawCharts($('compare-charts'), series, { heading: 'h4', idPrefix: 'compare-chart-title-', title: s => `${s.title}: difference (${s.unit})`, yearColumn: 'Year', valueColumn: 'Difference', zero: true });
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
    const against = kind === 'compare' ? $('compare_against').value : '';
    const r = await fetch(`api/runs?kind=${kind}&` + (against ? `against=${encodeURIComponent(against)}&` : '') + edits().toString(), { method: 'POST' });
    const body = await r.json();
    if (!r.ok) { showErrors(body.errors); $('status').textContent = 'Not run: see the errors above.'; return; }
    showErrors([]);
    job = body.id; busy(true);
    if (kind === 'run') drawSeries([]); else { drawComparison([]); drawComparisonYears([]); }
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
    if (s.state === 'done' && s.kind === 'compare') {
      drawComparison(s.comparison);
      drawComparisonYears(s.comparisonYears);
      const ref = s.against === 'baseline' ? 'the baseline' : `run ${s.against}`;
      $('compare-title').textContent = `Difference from ${ref} (common random numbers, 95% CI)`;
      $('compare-note').textContent = s.against === 'baseline' ? '' : `Run ${s.against}'s scenario, run again with this scenario's seed and replications (common random numbers).`;
    }
    if (['done', 'cancelled', 'failed'].includes(s.state)) { busy(false); job = null; if (s.kind === 'run') refreshRuns(); return; }
    timer = setTimeout(poll, 150);
  }

  $('form').addEventListener('submit', e => { e.preventDefault(); start('run'); });
  $('compare').addEventListener('click', () => start('compare'));
  $('cancel').addEventListener('click', () => { if (job) fetch(`api/runs/${job}/cancel`, { method: 'POST' }); });
  $('going_out_range').addEventListener('input', () => { goingOutTouched = true; $('going_out').value = $('going_out_range').value; scheduleValidate(); });
  $('going_out').addEventListener('input', () => { goingOutTouched = true; $('going_out_range').value = $('going_out').value; scheduleValidate(); });
  for (const f of ['replications', 'seed']) $(f).addEventListener('input', scheduleValidate);
  $('scenario').addEventListener('change', () => {
    for (const f of ['going_out', 'replications', 'seed']) $(f).value = '';
    editor.leversEdited = editor.overridesEdited = goingOutTouched = false;
    loadScenario(true);
  });
  $('add_entry').addEventListener('click', addEntry);
  $('param_search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 200); });
  $('param_search').addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(searchTimer); search(); } });
  $('compare_against').addEventListener('change', compareLabel);

  (async function init() {
    editor.catalogue = await (await fetch('api/levers')).json();
    for (const l of editor.catalogue.levers) $('add_lever').appendChild(make('option', { value: l.name, title: l.description }, `${l.name} (0 to ${l.max})`));
    // Edits carried by the address (levers and overrides; the other fields are set below).
    for (const [key, width] of [['levers', 5], ['overrides', 2]]) {
      if (initial.get(key) === null) continue;
      const rows = decode(initial.get(key), width);
      if (rows === null) continue;
      if (key === 'levers') { editor.levers = rows.map(f => ({ lever: f[0], start: f[1], end: f[2], intensity: f[3], regions: f[4].split(' ').filter(c => c) })); editor.leversEdited = true; }
      else { editor.overrides = rows.map(f => ({ name: f[0], value: f[1] })); editor.overridesEdited = true; }
    }
    refreshRuns();
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
