// Selaras term candidates: lists GET /api/terms/candidates, sorted by frequency or by untranslated
// segments touched; each row accepts (with the Indonesian and English as edited in the row) or dismisses in
// one step. A candidate no translation shows can ask MT (glossary protection off; marked as such).
// Text is set with textContent only (el()).
import {el, api, problem, readJson} from './lib/dom.js';

const form = document.getElementById('terms-filter');
const rows = document.getElementById('terms-rows');
const status = document.getElementById('terms-status');
if (form && rows) {
  const query = new URLSearchParams(location.search); // /terms?documents=12&since=2024-11-01 prefills the filter
  if (query.get('documents')) document.getElementById('terms-documents').value = query.get('documents');
  if (query.get('since')) document.getElementById('terms-since').value = query.get('since');
  document.getElementById('terms-sort').addEventListener('change', render);
  document.getElementById('terms-uncovered').addEventListener('change', render);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    load();
  });
  load();
}

let candidates = [];

async function load() {
  const params = new URLSearchParams();
  const docs = document.getElementById('terms-documents').value.trim();
  const since = document.getElementById('terms-since').value;
  if (docs) params.set('documents', docs);
  if (since) params.set('since', since);
  status.textContent = 'Looking for candidates…';
  const r = await api('/api/terms/candidates' + (params.toString() ? '?' + params : ''));
  if (!r.ok) {
    status.textContent = await problem(r);
    return;
  }
  candidates = await readJson(r);
  render();
}

function render() {
  const sort = document.getElementById('terms-sort').value;
  const uncovered = document.getElementById('terms-uncovered').checked;
  const shown = candidates.filter((c) => !uncovered || c.coverage !== 'exact');
  shown.sort((a, b) => sort === 'untranslated'
    ? b.untranslatedSegments - a.untranslatedSegments || b.frequency - a.frequency
    : b.frequency - a.frequency || b.untranslatedSegments - a.untranslatedSegments);
  rows.textContent = '';
  for (const c of shown) rows.append(row(c));
  status.textContent = shown.length + ' candidate' + (shown.length === 1 ? '' : 's') + '.';
}

function row(c) {
  const source = el('input', {type: 'text', value: c.text, class: 'term-source', 'aria-label': 'Indonesian'});
  const s = c.suggestion;
  const target = el('input', {type: 'text', value: s ? s.english : '', class: 'term-target', 'aria-label': 'English'});
  const basis = el('div', {class: 'hint term-basis'}, basisText(s));
  const ask = el('button', {type: 'button', class: 'term-mt secondary'}, 'Ask MT');
  const coverage = c.coverage === 'exact' ? 'in the glossary'
    : c.coverage === 'near' ? 'near: ' + c.glossarySource : 'not in the glossary';
  const variants = c.variantsInText.length ? ' · also spelt ' + c.variantsInText.join(', ') : '';
  const accept = el('button', {type: 'button', class: 'term-accept'}, 'Accept');
  const dismiss = el('button', {type: 'button', class: 'term-dismiss secondary'}, 'Dismiss');
  const tr = el('tr', {class: 'candidate', 'data-id': c.id},
    el('td', {}, c.kind),
    el('td', {}, source, c.alias ? el('div', {class: 'hint'}, '(' + c.alias + ')') : ''),
    el('td', {class: 'num'}, String(c.frequency)),
    el('td', {class: 'num'}, String(c.untranslatedSegments)),
    el('td', {}, coverage + variants),
    el('td', {}, target, basis, !s || s.basis === 'table' ? ask : ''),
    el('td', {}, accept, ' ', dismiss));
  ask.addEventListener('click', async () => {
    ask.disabled = true;
    const r = await api('/api/terms/candidates/' + c.id + '/mt', {method: 'POST'});
    ask.disabled = false;
    if (!r.ok) {
      status.textContent = await problem(r);
      return;
    }
    const m = await readJson(r);
    target.value = m.english;
    basis.textContent = 'machine translation by ' + m.engineLabel + ', glossary protection off: check it';
  });
  accept.addEventListener('click', async () => {
    const r = await api('/api/terms/candidates/' + c.id + '/accept',
      {method: 'POST', body: {source: source.value, target: target.value}});
    if (r.ok) done(c, tr, 'Added to the glossary: ' + source.value + ' → ' + target.value);
    else status.textContent = await problem(r);
  });
  dismiss.addEventListener('click', async () => {
    const r = await api('/api/terms/candidates/' + c.id + '/dismiss', {method: 'POST'});
    if (r.ok) done(c, tr, 'Dismissed: ' + c.text);
    else status.textContent = await problem(r);
  });
  return tr;
}

function basisText(s) {
  if (!s) return 'no English known yet';
  if (s.basis === 'corpus') return 'seen in ' + s.seen + ' of ' + s.translatedOccurrences + ' translated segments';
  if (s.basis === 'memory') return 'seen in ' + s.seen + ' of ' + s.translatedOccurrences + ' memory units';
  return 'from the title word table, not seen in a translation';
}

function done(c, tr, message) {
  candidates = candidates.filter((x) => x.id !== c.id);
  tr.remove();
  status.textContent = message;
}
