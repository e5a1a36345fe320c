// The editor's dialogs: the save conflict, the history panel, the list of keys, and the questions
// asked before a reject or an approval with glossary errors. They only show and ask: what a
// choice does (saving, restoring) comes in as callbacks, so the one save path stays in saving.js.
import {el, api} from '../lib/dom.js';
import {canTranslate, canReview, editor} from './state.js';
import {confirmInPage, keepFocusIn} from '../lib/dialog.js';
import {diffNodes} from '../lib/word-diff.js';

const byId = (id) => document.getElementById(id);
const focusTarget = () => { if (editor.textarea) editor.textarea.focus(); };

// ---------------------------------------------------------------- conflict
const conflictBox = byId('conflict');
let conflict = null;   // {keepMine, takeTheirs, later} of the open dialog

/** Someone else saved the segment first: shows both versions; the translator keeps one. */
export function showConflict(s, mine, current, choices) {
  conflict = choices;
  byId('conflict-mine').textContent = mine;
  byId('conflict-theirs').textContent = current ? current.text : '(no translation)';
  byId('conflict-who').textContent = current
    ? 'Segment ' + s.index + ' was saved by ' + current.author + ' at ' + new Date(current.updated).toLocaleString()
      + ' (' + current.status + ').'
    : 'Segment ' + s.index + ' changed on the server.';
  conflictBox.hidden = false;
  byId('conflict-keep-mine').focus();
}

function closeConflict() {
  const choices = conflict;
  conflictBox.hidden = true;
  conflict = null;
  focusTarget();
  return choices;
}

byId('conflict-keep-mine').addEventListener('click', () => closeConflict().keepMine());
byId('conflict-take-theirs').addEventListener('click', () => closeConflict().takeTheirs());
// closing without a choice keeps the translator's text, unsaved (a Close button and Esc)
byId('conflict-close').addEventListener('click', () => closeConflict().later());

// the keyboard stays inside an open dialog (Tab goes round its controls)
for (const id of ['conflict', 'keys', 'ask']) keepFocusIn(byId(id));

// ---------------------------------------------------------------- history
const historyPanel = byId('history-panel');

/** Every revision of the segment, newest first; restore(version) is offered for the older ones. */
export async function showHistory(s, restore) {
  const response = await api('/api/segments/' + s.id + '/history');
  const revisions = response.ok ? await response.json() : [];
  const ol = byId('history-list');
  byId('history-segment').textContent = String(s.index);
  const items = revisions.slice().reverse().map((r, k, newestFirst) => {
    const before = newestFirst[k + 1]; // the revision this one changed (none for the first)
    const li = el('li', {class: 'revision'},
      el('div', {class: 'revision-text'}, before ? diffNodes(before.text, r.text) : r.text),
      el('div', {class: 'meta'}, 'v' + r.version + ' · ' + r.status + ' · ' + r.origin + ' · ' + r.author
        + ' · ' + new Date(r.created).toLocaleString() + (r.span > 1 ? ' · ' + r.span + ' segments joined' : '')
        + (r.comment ? ' · “' + r.comment + '”' : '')
        + (r.override ? ' · approved despite glossary errors: “' + r.override + '”' : '')));
    if (canTranslate && s.translation && r.version !== s.translation.version) {
      const b = el('button', {class: 'secondary restore', type: 'button'}, 'Restore');
      b.addEventListener('click', async () => { if (await confirmRestore(s, r)) restore(r.version); });
      li.append(b);
    }
    return li;
  });
  ol.replaceChildren(...(items.length ? items : [el('li', {class: 'meta'}, 'Not translated yet.')]));
  historyPanel.hidden = false;
  historyPanel.scrollIntoView({block: 'nearest'});
}

byId('history-close').addEventListener('click', () => { historyPanel.hidden = true; });

/** The status a restore gives (as the server decides it): a review status only for reviewers, never rejected. */
function restoredStatus(r) {
  const status = (r.status === 'approved' || r.status === 'rejected') && !canReview ? 'translated' : r.status;
  return status === 'rejected' ? 'draft' : status;
}

/** Restoring replaces the current translation: the translator sees what changes, and a lost approval, first. */
function confirmRestore(s, r) {
  const now = s.translation;
  const status = restoredStatus(r);
  const lines = [el('p', null, 'The current translation (version ' + now.version + ', ' + now.status
    + ') is replaced by version ' + r.version + '. What changes:'),
    el('p', {class: 'restore-diff'}, diffNodes(now.text, r.text))];
  if (status !== now.status) {
    lines.push(el('p', {class: now.status === 'approved' ? 'error restore-status' : 'restore-status'},
      'Its status becomes ' + status + (now.status === 'approved' ? ': it is no longer approved.' : '.')));
  }
  return confirmInPage({title: 'Restore version ' + r.version + '?', text: lines, ok: 'Restore'});
}

// ---------------------------------------------------------------- keys
const keys = byId('keys');

export function showKeys() {
  keys.hidden = false;
  byId('keys-close').focus();
}

function hideKeys() {
  keys.hidden = true;
  focusTarget();
}

byId('show-keys').addEventListener('click', showKeys);
byId('keys-close').addEventListener('click', hideKeys);

/** Esc closes the topmost open dialog (keys, then conflict, then history); false if none was open. */
export function closeTopDialog() {
  if (!askBox.hidden) closeAsk(null);
  else if (!keys.hidden) hideKeys();
  else if (!conflictBox.hidden) closeConflict().later();
  else if (!historyPanel.hidden) historyPanel.hidden = true;
  else return false;
  return true;
}

// ---------------------------------------------------------------- questions (in the page, not prompt())
const askBox = byId('ask');
let answer = null;      // resolves the open question
let askedFrom = null;   // where focus goes back to

/** Asks for a text in the page's dialog; resolves to the trimmed answer, or null (Cancel, Esc, nothing typed). */
function askText(title, detail, label, ok) {
  if (answer) answer(null);
  askedFrom = document.activeElement;
  byId('ask-title').textContent = title;
  byId('ask-detail').textContent = detail || '';
  byId('ask-detail').hidden = !detail;
  byId('ask-label').textContent = label;
  byId('ask-ok').textContent = ok;
  const text = byId('ask-text');
  text.value = '';
  askBox.hidden = false;
  text.focus();
  return new Promise((resolve) => { answer = resolve; });
}

function closeAsk(value) {
  const resolve = answer;
  answer = null;
  askBox.hidden = true;
  if (askedFrom && askedFrom.isConnected) askedFrom.focus(); else focusTarget();
  if (resolve) resolve(value && value.trim() ? value.trim() : null);
}

byId('ask-form').addEventListener('submit', (e) => { e.preventDefault(); closeAsk(byId('ask-text').value); });
byId('ask-cancel').addEventListener('click', () => closeAsk(null));
// Ctrl+Enter answers, as it confirms a segment
byId('ask-text').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); e.stopPropagation(); closeAsk(byId('ask-text').value); }
});

/** The reason for a reject; null when the reviewer gave none. */
export function askRejectComment() {
  return askText('Reject this translation', null, 'Why is it rejected? The translator sees your reason.', 'Reject');
}

/** The reason for approving despite glossary errors; null when the reviewer gave none. */
export function askOverride(detail) {
  return askText('Approve despite glossary errors?', detail || 'The translation breaks the glossary.',
    'Give the reason (kept with the translation and its history):', 'Approve anyway');
}
