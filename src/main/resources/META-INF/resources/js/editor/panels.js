// What sits beside the active segment: its glossary terms (marked in the source, listed in the
// term panel of the side panel, inserted by a click or Alt+number) and the QA messages under the box,
// checked while typing.
import {el, api} from '../lib/dom.js';
import {docId, editor} from './state.js';
import {chip, tagsInPlain} from './tags.js';
import {setQa} from './segment-list.js';

let entries = {};                 // glossary entry id -> {source, target, variants, forbidden, kind, note}
let termsBySegment = new Map();   // segment id -> [{start, end, entry}]

/** The terms of the segments numbered from … from + limit − 1 (a page of the list); without them, of all. */
export async function loadTerms(from, limit) {
  const page = from !== undefined;
  const response = await api('/api/documents/' + docId + '/terms' + (page ? '?from=' + from + '&limit=' + limit : ''))
    .catch(() => null);
  if (!response || !response.ok) return;
  const json = await response.json();
  entries = page ? Object.assign(entries, json.entries) : json.entries || {};
  if (!page) termsBySegment = new Map();
  const found = new Map();
  for (const m of json.matches || []) {
    if (!found.has(m.segment)) found.set(m.segment, []);
    found.get(m.segment).push(m);
  }
  for (const [segment, marks] of found) termsBySegment.set(segment, marks); // a page read twice counts once
}

function termTitle(entry) {
  let title = entry.source + ' → ' + entry.target;
  if (entry.variants && entry.variants.length) title += '\nAlso allowed: ' + entry.variants.join(', ');
  if (entry.forbidden && entry.forbidden.length) title += '\nNot: ' + entry.forbidden.join(', ');
  if (entry.note) title += '\n' + entry.note;
  return title;
}

/**
 * The term marks of s's source. A group's row shows its joined source (s.parts: each member's id and length,
 * joined with one space), so each member's marks move by the text before it.
 */
function marksOf(s) {
  if (!s.parts) return termsBySegment.get(s.id) || [];
  const out = [];
  let offset = 0;
  for (const p of s.parts) {
    for (const m of termsBySegment.get(p.id) || []) out.push({...m, start: m.start + offset, end: m.end + offset});
    offset += p.length + 1;
  }
  return out;
}

/** The source text with glossary terms marked; a tooltip tells the preferred term, variants and note. */
export function sourceNode(s) {
  const source = el('span', {class: 'source', lang: 'id'});
  // the tags of a formatted article go in at their plain offsets, around and inside the term marks; a tag
  // at a boundary belongs to what follows it
  const tags = s.tagged ? tagsInPlain(s.tagged) : [];
  const plain = (node, from, to, last) => {
    let at = from;
    for (const t of tags) {
      if (t.at < from || t.at > to || (t.at === to && !last)) continue;
      if (t.at > at) node.append(s.text.slice(at, t.at));
      node.append(chip(t.tag, s.codes));
      at = t.at;
    }
    if (to > at) node.append(s.text.slice(at, to));
  };
  let at = 0;
  for (const m of marksOf(s)) {
    const entry = entries[m.entry];
    if (!entry || m.start < at) continue; // overlaps cannot be marked twice
    plain(source, at, m.start, false);
    const mark = el('mark', {class: 'term', dataset: {entry: m.entry}, title: termTitle(entry)});
    plain(mark, m.start, m.end, false);
    source.append(mark);
    at = m.end;
  }
  plain(source, at, s.text.length, true);
  return source;
}

/** The segment's glossary entries, each once, in order of first occurrence (Alt+1 is the first). */
export function segmentTerms(s) {
  const seen = new Set();
  const found = [];
  for (const m of marksOf(s)) {
    if (!seen.has(m.entry) && entries[m.entry]) { seen.add(m.entry); found.push(entries[m.entry]); }
  }
  return found;
}

export function termPanel(s) {
  const panel = el('div', {class: 'term-panel'});
  segmentTerms(s).forEach((entry, i) => {
    const b = el('button', {class: 'insert-term', type: 'button',
      title: termTitle(entry) + (i < 9 ? '\nAlt+' + (i + 1) + ' inserts it' : '')},
    (i < 9 ? (i + 1) + ' ' : '') + entry.target);
    b.addEventListener('click', (e) => { e.stopPropagation(); insertTerm(entry); });
    // the details in sight, not only in the tooltip: no hovering needed, and a screen reader reads them
    panel.append(el('div', {class: 'term-item'}, b, el('div', {class: 'term-detail meta'}, termTitle(entry))));
  });
  return panel;
}

export function insertTerm(entry) {
  const textarea = editor.textarea;
  if (!textarea) return;
  textarea.setRangeText(entry.target, textarea.selectionStart, textarea.selectionEnd, 'end');
  textarea.focus();
  // as if typed: the editor runs QA and keeps the draft
  textarea.dispatchEvent(new Event('input', {bubbles: true}));
}

// ---------------------------------------------------------------- QA while typing (debounced)
let qaTimer = null;
let qaSeq = 0;   // only the latest answer is shown

export function qaPanel() {
  return el('ul', {class: 'qa-issues', 'aria-live': 'polite'});
}

export function scheduleQa(s) {
  clearTimeout(qaTimer);
  qaTimer = setTimeout(() => runQa(s), 400);
}

export function cancelQa() {
  clearTimeout(qaTimer);
}

async function runQa(s) {
  if (editor.active !== s || !editor.textarea) return;
  const seq = ++qaSeq;
  const response = await api('/api/qa/check', {method: 'POST', body: {source: s.tagged || s.text, target: editor.textarea.value}})
    .catch(() => null);
  if (!response || !response.ok || seq !== qaSeq || editor.active !== s) return;
  showIssues(s, (await response.json()).issues || []);
}

export function showIssues(s, issues) {
  setQa(s, issues);
  const row = editor.rows.get(s.id);
  const list = row && row.querySelector('.qa-issues');
  if (!list) return;
  list.replaceChildren(...issues.map((i) => el('li', {class: i.severity, dataset: {check: i.check}}, i.message)));
  // the messages make the row taller: keep all of it in view, the box and Confirm included
  list.closest('.segment').scrollIntoView({block: 'nearest'});
}
