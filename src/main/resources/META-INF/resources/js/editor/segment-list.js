// The segment list: rows grouped by paragraph, built once from one API call, with each row's
// status, the status filter and search, and the progress bar. Rows use CSS content-visibility,
// so a 5,000-segment document stays light; only the active row holds a <textarea>.
import {el, api} from '../lib/dom.js';
import {docId, editor, statusOf, savedText, isConfirmed} from './state.js';
import {sourceNode} from './panels.js';
import {withChips} from './tags.js';
import {textOf} from './drafts.js';
import {loadCommentCounts, onCommentCount} from './comments.js';

const list = document.getElementById('segments');
const filterStatus = document.getElementById('filter-status');
const search = document.getElementById('search');

/** Loads the segments; false (with a message in the list) when they cannot be read. */
export async function loadSegments() {
  const response = await api('/api/documents/' + docId + '/segments');
  if (!response.ok) {
    list.textContent = 'Could not load the segments (' + response.status + ').';
    return false;
  }
  editor.segments = await response.json();
  await Promise.all([loadQa(), loadCommentCounts()]);
  return true;
}

/** QA at a glance: each translation's error and warning counts (GET /api/documents/{id}/qa). */
async function loadQa() {
  const response = await api('/api/documents/' + docId + '/qa').catch(() => null);
  if (!response || !response.ok) return;
  for (const c of await response.json()) editor.qa.set(c.segment, {errors: c.errors, warnings: c.warnings});
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

/** Builds every row; a click on a row calls pick(segment). */
export function render(pick) {
  const fragment = document.createDocumentFragment();
  let section = null;
  let body = null;
  for (const s of editor.segments) {
    if (!section || Number(section.dataset.paragraph) !== s.paragraph) {
      body = el('div', {class: 'psegs'});
      section = el('section', {class: 'paragraph', dataset: {paragraph: s.paragraph}},
        el('div', {class: 'pnum'}, '¶ ' + s.paragraph), body);
      fragment.append(section);
    }
    const row = el('div', {class: 'segment', id: 'segment-' + s.id, dataset: {segment: s.id}},
      el('span', {class: 'snum'}, String(s.index)),
      sourceNode(s),
      targetNode(s),
      el('span', {class: 'state'}));
    row.addEventListener('click', () => { if (editor.active !== s) pick(s); });
    editor.rows.set(s.id, row);
    updateRow(s);
    body.append(row);
  }
  list.replaceChildren(fragment);
  list.setAttribute('aria-busy', 'false');
  updateProgress();
  offerCommentFilter();
}

/** The read-only target of a row that is not being edited: the translator's unsaved text if any. */
export function targetNode(s) {
  return el('div', {class: 'target', lang: 'en'}, s.tagged ? withChips(textOf(s), s.codes) : textOf(s));
}

/** Shows a segment's state in its row (stored status, text unless it is being edited, comment). */
export function updateRow(s) {
  const row = editor.rows.get(s.id);
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
}

export function updateProgress() {
  const segments = editor.segments;
  const total = segments.length || 1;
  // a group of joined segments counts all its segments with its status
  const count = (status) => segments.reduce((n, s) => n + (statusOf(s) === status ? (s.translation.span || 1) : 0), 0);
  const translated = count('translated');
  const approved = count('approved');
  const bar = document.getElementById('progress');
  bar.querySelector('.approved').style.width = (100 * approved / total) + '%';
  bar.querySelector('.translated').style.width = (100 * translated / total) + '%';
  bar.dataset.translated = translated;
  bar.dataset.approved = approved;
  document.getElementById('progress-text').textContent =
    translated + ' translated, ' + approved + ' approved of ' + segments.length;
}

// ---------------------------------------------------------------- filter and search
/** Whether the segment passes the status filter and the search (source or saved target). */
export function visible(s) {
  if (s.joinedTo) return false; // joined into a group: its first segment's row shows it
  const f = filterStatus.value;
  if (!(FILTERS[f] ? FILTERS[f](s) : (f === 'all' || statusOf(s) === f))) return false;
  const q = search.value.trim().toLocaleLowerCase();
  return !q || s.text.toLocaleLowerCase().includes(q) || savedText(s).toLocaleLowerCase().includes(q);
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

export function applyFilter() {
  for (const s of editor.segments) editor.rows.get(s.id).hidden = !visible(s);
  for (const section of list.querySelectorAll('.paragraph')) {
    section.hidden = !section.querySelector('.segment:not([hidden])');
  }
}

filterStatus.addEventListener('change', applyFilter);
search.addEventListener('input', applyFilter);

/** The next unconfirmed visible segment after from, wrapping around; null if there is none. */
export function nextUnconfirmed(from) {
  const segments = editor.segments;
  const start = segments.indexOf(from);
  for (let k = 1; k <= segments.length; k++) {
    const s = segments[(start + k) % segments.length];
    if (!isConfirmed(s) && visible(s)) return s;
  }
  return null;
}

/** The visible segment step rows away from the active one (clamped), or null if none is visible. */
export function neighbour(step) {
  const shown = editor.segments.filter(visible);
  if (!shown.length) return null;
  let i = shown.indexOf(editor.active);
  i = i < 0 ? 0 : Math.min(shown.length - 1, Math.max(0, i + step));
  return shown[i];
}
