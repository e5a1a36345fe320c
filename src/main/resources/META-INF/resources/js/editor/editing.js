// The active segment: opening it for editing (textarea, action buttons, QA list; terms in the side panel),
// moving between segments, confirming, reviewing, undoing. Every save goes through saveTranslation.
import {el} from '../lib/dom.js';
import {root, canTranslate, canReview, editor, savedText, statusOf, versionOf, setSaveState, markSave} from './state.js';
import {targetNode, nextUnconfirmed, neighbour, visible, whenLoaded} from './segment-list.js';
import {reveal} from './row-window.js';
import {draftOf, keepDraft, dropDraft, textOf} from './drafts.js';
import {showFinished, hideFinished} from './finish.js';
import {qaPanel, scheduleQa, cancelQa} from './panels.js';
import {showSegment} from './side-panel.js';
import {showHistory, askRejectComment} from './dialogs.js';
import {saveTranslation, restoreRevision} from './saving.js';
import {canJoin, spanOf, joinNext, splitGroup} from './groups.js';
import {nextMissingTag} from './tags.js';
import {targetBox} from './target-box.js';

/** Makes s the active segment; saveLeaving autosaves the one it replaces. */
export function activate(s, saveLeaving) {
  if (editor.active && saveLeaving) leave();
  if (editor.active) deactivate();
  hideFinished();
  // far away (a jump, Ctrl+Enter to a row below the rendered ones): the list scrolls there and builds it
  const row = reveal(s);
  if (!row) return;
  editor.active = s;
  row.classList.add('active');
  if (canTranslate) {
    // the translator's unsaved text (a failed save, a reload) comes back, not the server's
    const label = 'English translation of segment ' + s.index;
    // a tagged segment gets the box with tag chips; it answers to the textarea's properties and methods
    const textarea = s.tagged ? targetBox(textOf(s), s.codes, {lang: 'en', 'aria-label': label})
      : el('textarea', {class: 'target-input', lang: 'en', value: textOf(s),
        rows: Math.max(2, Math.ceil(s.text.length / 60)), 'aria-label': label});
    editor.textarea = textarea;
    row.querySelector('.target').replaceWith(textarea);
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    row.append(actions(s), qaPanel());
    textarea.addEventListener('input', () => { typed(s, textarea.value); scheduleQa(s); });
    if (textarea.value) scheduleQa(s);
  }
  showSegment(s);
  row.scrollIntoView({block: 'nearest'});
  // hook for add-ons (js/memory.js, js/mt.js): detail {segment, row, textarea}; textarea is null when read-only
  root.dispatchEvent(new CustomEvent('selaras:activate', {detail: {segment: s, row, textarea: editor.textarea}}));
}

function deactivate() {
  const row = editor.rows.get(editor.active.id);
  if (!row) { editor.active = null; editor.textarea = null; return; }
  row.classList.remove('active');
  if (editor.textarea) {
    editor.textarea.replaceWith(targetNode(editor.active));
    editor.textarea = null;
  }
  for (const extra of row.querySelectorAll('.actions, .qa-issues, .desk-notice')) extra.remove();
  cancelQa();
  // kept aside while it was active; out of the window it goes
  if (!row.isConnected) editor.rows.delete(editor.active.id);
  editor.active = null;
  // the live desk (desk.js) tells the others this editor is on no segment now
  root.dispatchEvent(new CustomEvent('selaras:deactivate'));
}

function actions(s) {
  const bar = el('div', {class: 'actions'});
  const button = (label, cls, onClick) => {
    const b = el('button', {class: cls, type: 'button'}, label);
    b.addEventListener('click', (e) => { e.stopPropagation(); onClick(); });
    bar.append(b);
  };
  button('Confirm', 'confirm', confirmAndNext);
  if (canReview) {
    button('Approve', 'approve secondary', () => review('approved'));
    button('Reject', 'reject secondary', () => review('rejected'));
  }
  button('History', 'history secondary', () => openHistory(s));
  if (canJoin(s)) button('Join next', 'join secondary', joinNext);
  if (spanOf(s) > 1) button('Split', 'split secondary', splitGroup);
  return bar;
}

/**
 * Every change of the box goes into the segment's draft at once, so even a crash or a closed tab
 * keeps it; edited text is a draft again (as the autosave would store it).
 */
function typed(s, text) {
  const draft = draftOf(s);
  // typed back to the stored text: nothing to keep (unless a save of it is still owed to the server)
  if (text === savedText(s) && !(draft && (draft.pending || draft.conflict))) { dropDraft(s); return; }
  keepDraft(s, {text, status: 'draft', version: draft ? draft.version : versionOf(s)});
}

/**
 * Autosave: a changed active segment is saved when the translator leaves it, or leaves the page
 * ({keepalive: true}, so the request survives the page). Text confirmed but not yet stored keeps
 * its status; a draft the server refused (conflict) waits for the translator's next confirm.
 */
export function leave(options) {
  const {active: s, textarea} = editor;
  if (!s || !textarea) return;
  const text = textarea.value;
  const draft = draftOf(s);
  if (draft && draft.conflict && draft.text === text) return;
  const status = draft && draft.text === text ? draft.status : 'draft';
  // unchanged text is saved only for a draft's status (confirmed offline, say), never to downgrade a stored one
  if (text !== savedText(s) || (draft && status !== statusOf(s))) saveTranslation(s, text, status, options);
  else dropDraft(s);
}

/** Ctrl+↓ / Ctrl+↑: the next or previous visible segment. */
export function move(step) {
  const s = neighbour(step);
  if (s && s !== editor.active) activate(s, true);
}

/**
 * Alt+N / Alt+P: the next / previous segment whose translation has QA errors or warnings (wrapping around),
 * so a reviewer walks the issues of a document; false when there is none.
 */
export function moveToIssue(step) {
  const segments = editor.segments;
  const start = editor.active ? editor.active.at : (step > 0 ? -1 : 0);
  for (let k = 1; k <= segments.length; k++) {
    const s = segments[((start + step * k) % segments.length + segments.length) % segments.length];
    const qa = editor.qa.get(s.id);
    if (qa && (qa.errors || qa.warnings) && visible(s)) {
      if (s !== editor.active) activate(s, true);
      return true;
    }
  }
  setSaveState('', 'No QA errors or warnings' + (editor.active && editor.qa.get(editor.active.id) ? ' elsewhere.' : '.'));
  return false;
}

/** Ctrl+Enter: status translated, then on to the next unconfirmed segment at once (optimistic). */
export async function confirmAndNext() {
  const {active: s, textarea} = editor;
  if (!s || !textarea) return;
  const text = textarea.value;
  if (!text.trim()) { setSaveState('failed', 'An empty translation cannot be confirmed.'); return; }
  let next = nextUnconfirmed(s);
  // the end of what is loaded is not the end of the document: the rest is on its way
  if (!editor.complete && (!next || wrapsAround(s, next))) { await whenLoaded(); next = nextUnconfirmed(s); }
  // the save's outcome shows in the row and the toolbar
  const saving = saveTranslation(s, text, 'translated');
  if (next && next !== s && !wrapsAround(s, next)) { activate(next, false); await saving; return; }
  // the last segment: say what is left once the save has answered, rather than jump to the top
  deactivate();
  await saving;
  const draft = draftOf(s);
  // not while the conflict dialog asks about this very segment
  if (!editor.active && !(draft && draft.conflict)) showFinished(s, (t) => activate(t, false));
}

/** Whether going from s to next goes back up the document. */
const wrapsAround = (s, next) => next.at < s.at;

/** Approve or reject (with a comment) the active segment's text; moves on when stored. */
export async function review(status) {
  const {active: s, textarea} = editor;
  if (!s || !textarea) return;
  let comment = null;
  if (status === 'rejected') {
    comment = await askRejectComment();
    if (!comment) return;
  }
  const ok = await saveTranslation(s, textarea.value, status, {comment});
  if (!ok || editor.active !== s) return;
  if (neighbour(1) === s) { deactivate(); showFinished(s, (t) => activate(t, false)); } else move(1);
}

/** Ctrl+I: the source as the starting point of the target (checked and kept like typed text). */
/** F9: the next tag of the source that the target lacks, put in at the cursor (around the selection for a pair). */
export function insertNextTag() {
  const {active: s, textarea} = editor;
  if (!s || !textarea || !s.tagged) return false;
  const tag = nextMissingTag(s.tagged, textarea.value);
  if (!tag) return false;
  const {selectionStart: from, selectionEnd: to} = textarea;
  const close = tag.kind === 'open' && from < to && !textarea.value.includes('{/' + tag.id + '}') ? '{/' + tag.id + '}' : '';
  if (close) textarea.setRangeText(close, to, to, 'preserve');
  textarea.setRangeText(tag.text, from, from, close ? 'preserve' : 'end');
  if (close) textarea.setSelectionRange(to + tag.text.length + close.length, to + tag.text.length + close.length);
  textarea.focus();
  textarea.dispatchEvent(new Event('input', {bubbles: true}));
  return true;
}

export function copySource() {
  if (editor.active && editor.textarea) putText(editor.active.tagged || editor.active.text);
}

/**
 * Replaces the box's text as if the translator had typed it: the input event runs QA and keeps the
 * draft. Add-ons (memory, MT) dispatch the same event after setting the text.
 */
export function putText(text) {
  const textarea = editor.textarea;
  textarea.value = text;
  textarea.focus();
  textarea.setSelectionRange(text.length, text.length);
  textarea.dispatchEvent(new Event('input', {bubbles: true}));
}

/** Esc: back to the stored text (the unsaved draft goes too). */
export function revert() {
  const s = editor.active;
  if (!s || !editor.textarea) return false;
  dropDraft(s);
  editor.textarea.value = savedText(s);
  markSave(s, '');
  scheduleQa(s);
  setSaveState('', 'Reverted');
  return true;
}

/** The history of s; restoring a revision shows the history again with it on top. */
export function openHistory(s) {
  showHistory(s, async (revision) => { if (await restoreRevision(s, revision)) openHistory(s); });
}
