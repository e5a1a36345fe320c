// What the live desk (desk.js) does with changes that are not a single save: a join or split by someone else
// regroups the segments as the server has them, an import shows its translations in place (text of ours in the way
// is kept, as for a save), a new comment updates the row's count and the open thread, and an ended session stops
// the desk and says so. Only what changed is read again, a page at a time (a join or split: the group's paragraph;
// an import: the loaded segments), and only the segments change: the list shows them (row-window.js builds the rows
// near the screen from the segments, so a row not on the page is right when it scrolls into view).
import {api} from '../lib/dom.js';
import {docId, editor, versionOf, setSaveState} from './state.js';
import {updateRow, updateProgress, offerCommentFilter, applyFilter} from './segment-list.js';
import {spanOf, showGroup, showGroups} from './groups.js';
import {refreshThread, loadCommentCounts} from './comments.js';
import {activate} from './editing.js';

const groupOf = (t) => (t && t.span) || 1;
const PAGE = 5000;   // at most the server's page limit

/** The server's view of the loaded segments numbered from … to (inclusive), by id, read a page at a time. */
async function readFresh(from, to) {
  const fresh = new Map();
  for (let at = from; at <= to; at += PAGE) {
    const limit = Math.min(PAGE, to - at + 1);
    const response = await api('/api/documents/' + docId + '/segments?from=' + at + '&limit=' + limit).catch(() => null);
    if (!response || !response.ok) return null;
    for (const f of await response.json()) fresh.set(f.id, f);
  }
  return fresh;
}

/**
 * The segments a change can have touched, as [from, to] segment numbers: a join or split changes groups of the
 * paragraph of the group's first segment only (groups never cross paragraphs); an import, any loaded segment.
 * Null when that segment is on a page not loaded yet (the page brings the new state when it comes).
 */
function touched(m) {
  const loaded = editor.segments;
  if (!loaded.length) return null;
  if (m.segment == null) return [loaded[0].index, loaded[loaded.length - 1].index];
  const head = editor.byId.get(m.segment);
  if (!head) return null;
  let end = head.at;
  while (end + 1 < loaded.length && loaded[end + 1].paragraph === head.paragraph) end++;
  return [head.index, loaded[end].index];
}

/** A join, split or import elsewhere: the segments it touched are read again and the differences applied. */
export async function changedElsewhere(m, applyTheirs) {
  const range = touched(m);
  if (!range) return;
  const fresh = await readFresh(range[0], range[1]);
  if (!fresh) return;
  const present = [...fresh.keys()].map((id) => editor.byId.get(id)).filter(Boolean);
  const regrouped = present.filter((s) => {
    const f = fresh.get(s.id);
    return groupOf(f.translation) !== spanOf(s) || (f.joinedTo || null) !== (s.joinedTo || null);
  });
  if (regrouped.length) regroup(present, fresh);
  const imported = m.type === 'imported';
  const newer = present.filter((s) => {
    const f = fresh.get(s.id);
    return f.translation && f.translation.version > versionOf(s);
  });
  if (!regrouped.length && !newer.length) return; // our own change, already shown
  for (const s of newer) applyTheirs(s, fresh.get(s.id).translation, m.user, {qa: !imported});
  if (imported) await reloadQa();
  updateProgress();
  const what = {joined: 'joined segments', split: 'split a group', imported: 'imported translations'}[m.type];
  setSaveState('', m.user + ' ' + what + ': the rows are up to date.');
}

/**
 * Takes the server's groups: every segment in a group before or after gets its new translation (a group's
 * translation is the group's, so no draft of ours survives a regrouping), then each group is one item of the
 * list; the list is shown again (the joined segments leave it, split ones come back), built rows included.
 */
function regroup(present, fresh) {
  const involved = present.filter((s) => {
    const f = fresh.get(s.id);
    return spanOf(s) > 1 || s.joinedTo || groupOf(f.translation) > 1 || f.joinedTo;
  });
  for (const s of involved) {
    s.translation = fresh.get(s.id).translation;
    if (s.ownText !== undefined) s.text = s.ownText;
    delete s.joinedTo;
    s.parts = null;
    s.label = null;
  }
  const heads = involved.filter((s) => !fresh.get(s.id).joinedTo);
  // a group sets joinedTo on its members (one whose last segments are not loaded yet waits for their page)
  showGroups(heads.filter((s) => spanOf(s) > 1));
  for (const s of heads) if (spanOf(s) === 1) showGroup(s); // alone again: its own number and source
  for (const s of involved) updateRow(s);
  const a = editor.active;
  applyFilter();
  if (a && involved.includes(a)) {
    // the box follows: the group's row (and text) when the active segment was joined into one
    activate(a.joinedTo ? editor.byId.get(a.joinedTo) || a : a, false);
  }
}

async function reloadQa() {
  const response = await api('/api/documents/' + docId + '/qa').catch(() => null);
  if (!response || !response.ok) return;
  for (const c of await response.json()) editor.qa.set(c.segment, {errors: c.errors, warnings: c.warnings});
  // the rows on the page; the others show their counts when they are built
  for (const id of [...editor.rows.keys()]) { const s = editor.byId.get(id); if (s) updateRow(s); }
}

/** A comment was added (by anyone, anywhere): the count on its row, and the thread if it is open. */
export async function commentedElsewhere(m) {
  const s = editor.byId.get(m.segment);
  if (!s) return;
  if (refreshThread(s)) return; // the thread in the side panel counts it
  await loadCommentCounts();
  updateRow(s);
  offerCommentFilter();
}

/** The session the socket was opened with ended: nothing more will come; the page says why. */
export function sessionEnded() {
  document.getElementById('desk-people').textContent = '';
  setSaveState('failed', 'Your session ended (logged out, or your password or roles changed): log in again to go on.');
  document.body.dataset.sessionEnded = 'true';
}
