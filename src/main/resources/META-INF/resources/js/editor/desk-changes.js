// What the live desk (desk.js) does with changes that are not a single save: a join or split by someone else
// regroups the rows as the server has them, an import shows its translations in place (text of ours in the way
// is kept, as for a save), a new comment updates the row's count and the open thread, and an ended session stops
// the desk and says so. The rows are read again in one request; the row rendering itself stays segment-list.js's.
import {api} from '../lib/dom.js';
import {docId, editor, versionOf, setSaveState} from './state.js';
import {updateRow, updateProgress, visible, offerCommentFilter} from './segment-list.js';
import {spanOf, showGroup} from './groups.js';
import {refreshThread, loadCommentCounts} from './comments.js';
import {activate} from './editing.js';

const groupOf = (t) => (t && t.span) || 1;

/** A join, split or import elsewhere: the document's rows are read again and the differences applied. */
export async function changedElsewhere(m, applyTheirs) {
  const response = await api('/api/documents/' + docId + '/segments').catch(() => null);
  if (!response || !response.ok) return;
  const fresh = new Map((await response.json()).map((f) => [f.id, f]));
  const regrouped = editor.segments.filter((s) => {
    const f = fresh.get(s.id);
    return f && (groupOf(f.translation) !== spanOf(s) || (f.joinedTo || null) !== (s.joinedTo || null));
  });
  if (regrouped.length) regroup(fresh);
  const imported = m.type === 'imported';
  const newer = editor.segments.filter((s) => {
    const f = fresh.get(s.id);
    return f && f.translation && f.translation.version > versionOf(s);
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
 * translation is the group's, so no draft of ours survives a regrouping), then each group is shown as one row.
 */
function regroup(fresh) {
  const involved = editor.segments.filter((s) => {
    const f = fresh.get(s.id);
    return f && (spanOf(s) > 1 || s.joinedTo || groupOf(f.translation) > 1 || f.joinedTo);
  });
  for (const s of involved) {
    s.translation = fresh.get(s.id).translation;
    if (s.ownText !== undefined) s.text = s.ownText;
    delete s.joinedTo;
  }
  for (const s of involved) if (!fresh.get(s.id).joinedTo) showGroup(s); // sets joinedTo on its members
  for (const s of involved) {
    editor.rows.get(s.id).hidden = !visible(s);
    updateRow(s);
  }
  const a = editor.active;
  if (a && involved.includes(a)) {
    // the box follows: the group's row (and text) when the active segment was joined into one
    activate(a.joinedTo ? editor.segments.find((s) => s.id === a.joinedTo) : a, false);
  }
}

async function reloadQa() {
  const response = await api('/api/documents/' + docId + '/qa').catch(() => null);
  if (!response || !response.ok) return;
  for (const c of await response.json()) editor.qa.set(c.segment, {errors: c.errors, warnings: c.warnings});
  for (const s of editor.segments) updateRow(s);
}

/** A comment was added (by anyone, anywhere): the count on its row, and the thread if it is open. */
export async function commentedElsewhere(m) {
  const s = editor.segments.find((x) => x.id === m.segment);
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
