// The segment list: the segments (loaded a page at a time: the first page makes the editor usable, the rest
// follows), each row's status, the status filter and search, and the progress bar. Only the rows near the
// screen are in the DOM (row-window.js); what a row shows lives in the segment objects and editor maps, so a
// row built later shows it too. Only the active row holds a <textarea>.
import {el, api} from '../lib/dom.js';
import {root, docId, editor, statusOf, savedText, isConfirmed} from './state.js';
import {sourceNode, loadTerms} from './panels.js';
import {withChips} from './tags.js';
import {textOf} from './drafts.js';
import {loadCommentCounts, onCommentCount} from './comments.js';
import {rowsFrom, showItems, addItems, shown, isShown, schedule} from './row-window.js';

const list = document.getElementById('segments');
const filterStatus = document.getElementById('filter-status');
const search = document.getElementById('search');
const total = Number(root.dataset.segments || 0);
// ?rows=all: the whole document in one request, every row built (the editor before pages; the benchmark's peer)
const everyRow = new URLSearchParams(location.search).get('rows') === 'all';
const FIRST_PAGE = everyRow ? Infinity : 200;   // enough for the first screens: the editor opens after this one
const PAGE = 5000;
let pick = () => {};
let loaded = null;        // resolves when every page is in
let onPage = () => {};

/** Called with the segments of each page after the first, once they are in the list. */
export function onMorePages(f) { onPage = f; }

async function page(from, limit) {
  const whole = limit === Infinity;
  const [response] = await Promise.all([
    api('/api/documents/' + docId + '/segments' + (whole ? '' : '?from=' + from + '&limit=' + limit)),
    whole ? loadTerms() : loadTerms(from, limit)]);
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

function add(segments) {
  for (const s of segments) {
    s.at = editor.segments.length;
    editor.segments.push(s);
    editor.byId.set(s.id, s);
  }
}

/**
 * Loads the first page (a small document: all of it, with its QA counts); false (with a message in the list)
 * when the segments cannot be read. The other pages follow in the background (whenLoaded).
 */
export async function loadSegments() {
  const small = total <= FIRST_PAGE;
  let first;
  try {
    [first] = await Promise.all([page(1, FIRST_PAGE), loadCommentCounts(), small ? loadQa() : null]);
  } catch (e) {
    list.textContent = 'Could not load the segments (' + e.message + ').';
    return false;
  }
  add(first);
  editor.complete = first.length < FIRST_PAGE;
  loaded = editor.complete ? Promise.resolve() : loadRest(1 + first.length);
  if (!small) loadQa().then(qaArrived);
  return true;
}

/** Resolves when every segment is loaded. */
export const whenLoaded = () => loaded || Promise.resolve();

async function loadRest(from) {
  list.dataset.loaded = 'partial';
  for (;;) {
    let more;
    try {
      more = await page(from, PAGE);
    } catch (e) {
      await new Promise((r) => setTimeout(r, 2000)); // the server is busy or gone: try the page again
      continue;
    }
    add(more);
    from += more.length;
    onPage(more);
    addItems(more.filter(visible));
    if (more.length < PAGE) break;
    updateProgress();
  }
  editor.complete = true;
  list.dataset.loaded = 'all';
  updateProgress();
  offerCommentFilter();
}

/** QA at a glance: each translation's error and warning counts (GET /api/documents/{id}/qa). */
async function loadQa() {
  const response = await api('/api/documents/' + docId + '/qa').catch(() => null);
  if (!response || !response.ok) return;
  for (const c of await response.json()) {
    // a count the page already has from typing or a save is newer
    if (!editor.qa.has(c.segment)) editor.qa.set(c.segment, {errors: c.errors, warnings: c.warnings});
  }
}

/** A large document's QA counts came after its first page: the rows on the page show them, a QA filter re-runs. */
function qaArrived() {
  for (const id of editor.rows.keys()) { const s = editor.byId.get(id); if (s) updateRow(s); }
  if (filterStatus.value.startsWith('qa-')) applyFilter();
}

/** The QA findings of s's text now (typed, saved, or saved by someone else): its row's counts follow. */
export function setQa(s, issues) {
  const count = (severity) => issues.filter((i) => i.severity === severity).length;
  editor.qa.set(s.id, {errors: count('error'), warnings: count('warning')});
  if (editor.rows.has(s.id)) updateRow(s);
}

const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

/** The row's QA badge: errors first; nothing when the checks found nothing. */
function qaBadge(s) {
  const qa = editor.qa.get(s.id);
  if (!qa || !(qa.errors || qa.warnings)) return null;
  const parts = [];
  if (qa.errors) parts.push(plural(qa.errors, 'error'));
  if (qa.warnings) parts.push(plural(qa.warnings, 'warning'));
  return el('span', {class: 'qa-count ' + (qa.errors ? 'error' : 'warning'), title: 'QA: ' + parts.join(', ')},
    parts.join(', '));
}

/** Shows the list; a click on a row calls pick(segment). */
export function render(onPick) {
  pick = onPick;
  rowsFrom(buildRow);
  list.replaceChildren();
  showItems(editor.segments.filter(visible));
  list.setAttribute('aria-busy', 'false');
  if (editor.complete) list.dataset.loaded = 'all';
  updateProgress();
  offerCommentFilter();
}

/** A row for s (row-window.js builds them as they come into view). */
function buildRow(s) {
  const row = el('div', {class: 'segment', id: 'segment-' + s.id, dataset: {segment: s.id}},
    el('span', {class: 'snum'}, s.label || String(s.index)),
    sourceNode(s),
    targetNode(s),
    el('span', {class: 'state'}));
  row.addEventListener('click', () => { if (editor.active !== s) pick(s); });
  if (s.parts) row.classList.add('group');
  if (s.save) row.dataset.save = s.save;
  editor.rows.set(s.id, row);
  updateRow(s);
  return row;
}

/** Builds s's row again in place (its source or number changed: a join, a split, the glossary). */
export function refreshRow(s) {
  const row = editor.rows.get(s.id);
  if (!row) return;
  row.querySelector('.snum').textContent = s.label || String(s.index);
  row.querySelector('.source').replaceWith(sourceNode(s));
  row.classList.toggle('group', !!s.parts);
  schedule();
}

/** The read-only target of a row that is not being edited: the translator's unsaved text if any. */
export function targetNode(s) {
  return el('div', {class: 'target', lang: 'en'}, s.tagged ? withChips(textOf(s), s.codes) : textOf(s));
}

/** Shows a segment's state in its row (stored status, text unless it is being edited, comment). */
export function updateRow(s) {
  const row = editor.rows.get(s.id);
  if (!row) return; // not on the page: it is built from the segment when it comes into view
  const status = statusOf(s);
  row.dataset.status = status;
  const qa = editor.qa.get(s.id);
  row.dataset.qa = qa && qa.errors ? 'error' : (qa && qa.warnings ? 'warning' : '');
  const comments = editor.comments.get(s.id) || 0;
  row.querySelector('.state').replaceChildren(status, qaBadge(s) || '',
    comments ? el('span', {class: 'comment-count'}, comments + (comments === 1 ? ' comment' : ' comments')) : '');
  // why a segment was rejected, in the row itself
  const reason = status === 'rejected' && s.translation.comment;
  let shown = row.querySelector('.reject-reason');
  if (reason) {
    if (!shown) { shown = el('div', {class: 'reject-reason'}); row.querySelector('.state').after(shown); }
    shown.textContent = 'Rejected: ' + reason;
  } else if (shown) shown.remove();
  if (s !== editor.active) row.querySelector('.target').replaceChildren(...(s.tagged ? withChips(textOf(s), s.codes) : [textOf(s)]));
  const comment = s.translation && s.translation.comment;
  row.title = comment ? 'Comment: ' + comment : '';
  if (editor.changed.has(s.id)) row.dataset.changedBy = editor.changed.get(s.id);
  showPeopleOn(s, row);
  schedule(); // its height may have changed
}

/** "Editing now: …" on the row of a segment others are on (the live desk). */
export function showPeopleOn(s, row = editor.rows.get(s.id)) {
  if (!row) return;
  const users = editor.people.get(s.id);
  let mark = row.querySelector('.people');
  if (!users || !users.size) { if (mark) mark.remove(); return; }
  if (!mark) { mark = el('div', {class: 'people'}); row.append(mark); }
  mark.textContent = 'Editing now: ' + [...users].join(', ');
}

let progressTimer = null;

/** While pages are still coming, the counts are the server's (asked at most once a second). */
function serverProgress() {
  if (progressTimer) return;
  progressTimer = setTimeout(async () => {
    progressTimer = null;
    const response = await api('/api/documents/' + docId + '/progress').catch(() => null);
    if (!response || !response.ok || editor.complete) return;
    const c = (await response.json()).segments;
    showProgress(c.translated, c.approved, c.total);
  }, 300);
}

export function updateProgress() {
  if (!editor.complete) { serverProgress(); return; }
  const segments = editor.segments;
  const total = segments.length || 1;
  // a group of joined segments counts all its segments with its status
  const count = (status) => segments.reduce((n, s) => n + (statusOf(s) === status ? (s.translation.span || 1) : 0), 0);
  showProgress(count('translated'), count('approved'), segments.length);
}

function showProgress(translated, approved, all) {
  const total = all || 1;
  const bar = document.getElementById('progress');
  bar.querySelector('.approved').style.width = (100 * approved / total) + '%';
  bar.querySelector('.translated').style.width = (100 * translated / total) + '%';
  bar.dataset.translated = translated;
  bar.dataset.approved = approved;
  document.getElementById('progress-text').textContent =
    translated + ' translated, ' + approved + ' approved of ' + all;
}

// ---------------------------------------------------------------- filter and search
/** Whether the segment passes the status filter and the search (source or saved target). */
export function visible(s) {
  if (s.joinedTo) return false; // joined into a group: its first segment's row shows it
  const f = filterStatus.value;
  if (!(FILTERS[f] ? FILTERS[f](s) : (f === 'all' || statusOf(s) === f))) return false;
  const q = query();
  if (!q) return true;
  // the source's lower case is kept: a search runs over every segment of a large document
  if (s.lower === undefined || s.lowerOf !== s.text) { s.lower = s.text.toLocaleLowerCase(); s.lowerOf = s.text; }
  return s.lower.includes(q) || savedText(s).toLocaleLowerCase().includes(q);
}

let typed = null;
let lowered = '';
/** The search box's text, lower case (read once per change of the box, not once per segment). */
function query() {
  if (search.value !== typed) { typed = search.value; lowered = typed.trim().toLocaleLowerCase(); }
  return lowered;
}

/** The filters that are not a status: QA at a glance, comments, the live desk. */
const FILTERS = {
  unconfirmed: (s) => !isConfirmed(s),
  'qa-errors': (s) => (editor.qa.get(s.id) || {}).errors > 0,
  'qa-warnings': (s) => (editor.qa.get(s.id) || {}).warnings > 0,
  comments: (s) => (editor.comments.get(s.id) || 0) > 0 || !!(s.translation && s.translation.comment),
  changed: (s) => editor.changed.has(s.id),
};

/** "has comments" is offered only when some segment has one. */
onCommentCount((s) => { updateRow(s); offerCommentFilter(); });

export function offerCommentFilter() {
  const option = filterStatus.querySelector('option[value=comments]');
  if (option) option.hidden = option.disabled = !editor.segments.some(FILTERS.comments);
}

/** Shows the segments that pass the filter and search, keeping the active one's box (and focus) when it stays. */
export function applyFilter() {
  showItems(editor.segments.filter(visible));
}

let searchTimer = null;
filterStatus.addEventListener('change', applyFilter);
// a large document is searched once typing pauses, not at every key
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  if (total > 5000) searchTimer = setTimeout(applyFilter, 200); else applyFilter();
});

/** The next unconfirmed visible segment after from, wrapping around; null if there is none. */
export function nextUnconfirmed(from) {
  const segments = editor.segments;
  const start = from.at;
  for (let k = 1; k <= segments.length; k++) {
    const s = segments[(start + k) % segments.length];
    if (!isConfirmed(s) && visible(s)) return s;
  }
  return null;
}

/** The visible segment step rows away from the active one (clamped), or null if none is visible. */
export function neighbour(step) {
  const items = shown();
  if (!items.length) return null;
  const active = editor.active;
  let i = active && isShown(active) ? active.vi : -1;
  i = i < 0 ? 0 : Math.min(items.length - 1, Math.max(0, i + step));
  return items[i];
}
