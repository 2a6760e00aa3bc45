// The portal page: the service's offer, the search form (run through SIAv2), the results table
// and the sky view, and the links between the last two.

import { endpointUrl, getVoTable, runAdql, tapQueryUrl, useToken } from './service.js';
import { parsePolygon } from './projection.js';
import { ResultsTable } from './table.js';
import { SkyView } from './sky.js';

const $ = id => document.getElementById(id);
const SUMMARY_ADQL = 'SELECT dataproduct_subtype, COUNT(*) AS images FROM ivoa.obscore GROUP BY dataproduct_subtype';
const MJD_OF_UNIX_EPOCH = 40587;
// Every product of every CCD of one visit: 189 CCDs times a few product types.
const FOCAL_PLANE_MAXREC = 10000;

const sky = new SkyView($('sky'), $('sky-caption'), rows => table.highlight(rows));
const table = new ResultsTable({
  table: $('results'), chooser: $('column-chooser'), tools: $('table-tools'),
  pager: $('pager'), pageLabel: $('page-label'), pageSize: $('page-size'),
}, rows => sky.highlight(rows));
let result = null;
let running = null;

function describeEndpoints() {
  for (const code of document.querySelectorAll('[data-endpoint]')) {
    code.textContent = endpointUrl(code.dataset.endpoint).href;
  }
  for (const holder of document.querySelectorAll('.vosi')) {
    holder.append('VOSI: ');
    holder.dataset.documents.split(' ').forEach((name, i) => {
      const anchor = document.createElement('a');
      anchor.href = `${holder.dataset.service}/${name}`;
      anchor.textContent = name;
      anchor.dataset.vosi = '';
      holder.append(i === 0 ? '' : ' · ', anchor);
    });
  }
}

/** The table's size as the caller may see it (the embargo is the database's), and its product types. */
async function describeTable() {
  try {
    const summary = await runAdql(SUMMARY_ADQL, 1000);
    const counts = summary.rows.map(([kind, n]) => ({ kind, n: Number(n) })).sort((a, b) => b.n - a.n);
    const total = counts.reduce((sum, c) => sum + c.n, 0);
    $('obscore-count').textContent = total.toLocaleString('en');
    $('obscore-count').dataset.count = total;
    $('obscore-kinds').textContent = counts.length ? ` (${counts.map(c => `${c.kind ?? 'other'}: ${c.n.toLocaleString('en')}`).join(', ')})` : '';
    const select = $('subtype');
    const chosen = select.value;
    select.replaceChildren(new Option('any', ''), ...counts.filter(c => c.kind).map(c => new Option(c.kind, c.kind)));
    select.value = chosen;
  } catch (error) {
    $('obscore-count').textContent = `unknown (${error.message})`;
  }
}

const listOf = text => text.split(/[\s,]+/).filter(value => value !== '');

function mjdOf(localDateTime) {
  return localDateTime ? (Date.parse(`${localDateTime}Z`) / 86400000 + MJD_OF_UNIX_EPOCH).toFixed(6) : null;
}

/** The SIAv2 parameters of the form, one pair per value (SIAv2 ORs repeated values). */
function searchParameters(form) {
  const value = name => form.elements[name].value.trim();
  const parameters = [];
  for (const [field, parameter] of [['visits', 'LSST_VISIT'], ['raft', 'LSST_RAFT'], ['ccd', 'LSST_CCD'], ['detector', 'LSST_DETECTOR']]) {
    for (const item of listOf(value(field))) {
      parameters.push([parameter, field === 'raft' || field === 'ccd' ? item.toUpperCase() : item]);
    }
  }
  if (value('band')) { parameters.push(['LSST_BAND', value('band')]); }
  if (value('subtype')) { parameters.push(['DPSUBTYPE', value('subtype')]); }
  if (value('ra') !== '' || value('dec') !== '') {
    parameters.push(['POS', `CIRCLE ${value('ra')} ${value('dec')} ${value('radius') || '0.2'}`]);
  }
  const from = mjdOf(value('time-from')), to = mjdOf(value('time-to'));
  if (from || to) {
    parameters.push(['TIME', `${from ?? '-Inf'} ${to ?? '+Inf'}`]);
  }
  parameters.push(['MAXREC', value('maxrec') || '2000']);
  return parameters;
}

async function search(event) {
  event.preventDefault();
  const form = event.target;
  if (!form.reportValidity()) {
    return;
  }
  running?.abort();
  running = new AbortController();
  const parameters = searchParameters(form);
  const url = endpointUrl('sia/query', parameters);
  $('status').textContent = 'Searching…';
  try {
    const found = await getVoTable(url, running.signal);
    showResult(found, url, parameters);
  } catch (error) {
    if (error.name !== 'AbortError') {
      $('status').textContent = `The search failed: ${error.message}`;
    }
  }
}

function showResult(found, url, parameters) {
  result = found;
  const count = found.rows.length;
  const overflow = found.status === 'OVERFLOW' ? ` More match: only the first ${count} are shown; raise MAXREC or narrow the search.` : '';
  $('status').textContent = `${count.toLocaleString('en')} image${count === 1 ? '' : 's'} found.${overflow}`;
  $('status').dataset.count = count;
  const adql = found.infos.get('QUERY') ?? '';
  $('adql').textContent = adql;
  $('adql-box').hidden = adql === '';
  $('sia-url').href = url.href;
  const maxrec = parameters.find(([name]) => name === 'MAXREC')[1];
  $('tap-url').href = tapQueryUrl(adql, maxrec).href;
  table.show(found.fields, found.rows);
  fillVisits();
  drawFootprints();
}

function fillVisits() {
  const select = $('focal-visit');
  const visit = table.column('lsst_visit');
  const visits = [...new Set(result.rows.map(r => r[visit]).filter(v => v !== null))].sort();
  select.replaceChildren(new Option('footprints of the results', ''), ...visits.map(v => new Option(`visit ${v}`, v)));
  select.disabled = visits.length === 0;
}

/** One shape per distinct footprint: a visit's raw, calexp and difference image share theirs. */
function drawFootprints() {
  const at = name => table.column(name);
  const shapes = new Map();
  result.rows.forEach((row, index) => {
    const region = row[at('s_region')];
    const corners = parsePolygon(region);
    if (!corners) {
      return;
    }
    if (!shapes.has(region)) {
      const raft = row[at('lsst_raft')], ccd = row[at('lsst_ccd')];
      const name = raft ? `${raft} ${ccd}` : `tract ${row[at('lsst_tract')]} patch ${row[at('lsst_patch')]}`;
      shapes.set(region, { key: region, corners, rows: [], label: raft ? [raft, ccd] : null, title: name });
    }
    shapes.get(region).rows.push(index);
  });
  if (shapes.size === 0) {
    sky.clear(result.rows.length ? 'No footprints to draw.' : 'No images found.');
    return;
  }
  const labelled = [...shapes.values()].map(s => ({ ...s, label: shapes.size <= 200 ? s.label : null }));
  sky.draw(labelled, 'footprints', `Footprints of the ${result.rows.length} results (${shapes.size} distinct).`);
}

/** The visit's CCDs from TAP, labelled by raft and CCD; those among the results stand out. */
async function drawFocalPlane(visit) {
  if (!/^\d+$/.test(visit)) {
    drawFootprints();
    return;
  }
  sky.clear(`Asking for the CCDs of visit ${visit}…`);
  try {
    const ccds = await runAdql(`SELECT lsst_detector, lsst_raft, lsst_ccd, s_region FROM ivoa.obscore WHERE lsst_visit = ${visit} ORDER BY lsst_detector`, FOCAL_PLANE_MAXREC);
    const visitColumn = table.column('lsst_visit'), detectorColumn = table.column('lsst_detector');
    const shapes = new Map();
    for (const [detector, raft, ccd, region] of ccds.rows) {
      const corners = parsePolygon(region);
      if (!corners || shapes.has(detector)) {
        continue;
      }
      const rows = [];
      result.rows.forEach((row, index) => {
        if (row[visitColumn] === visit && row[detectorColumn] === detector) { rows.push(index); }
      });
      shapes.set(detector, { key: `detector ${detector}`, corners, rows, label: [raft, ccd], title: `${raft} ${ccd} (detector ${detector})`, dimmed: rows.length === 0 });
    }
    sky.draw([...shapes.values()], 'focal-plane', `Focal plane of visit ${visit}: ${shapes.size} CCDs, those among the results in colour.`);
  } catch (error) {
    sky.clear(`The CCDs could not be read: ${error.message}`);
  }
}

describeEndpoints();
sky.clear('Search to see the footprints here.');
$('search').addEventListener('submit', search);
$('search').addEventListener('reset', () => { $('status').textContent = 'Fill in the form and search.'; });
$('focal-visit').addEventListener('change', event => drawFocalPlane(event.target.value));
$('token').addEventListener('change', event => {
  useToken(event.target.value);
  describeTable();
});
describeTable();
