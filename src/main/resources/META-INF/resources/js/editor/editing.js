// The active segment: opening it for editing (textarea, action buttons, term panel, QA list),
// moving between segments, confirming, reviewing, undoing. Every save goes through saveTranslation.
import {el} from '../lib/dom.js';
import {root, canTranslate, canReview, editor, savedText, setSaveState} from './state.js';
import {targetNode, nextUnconfirmed, neighbour} from './segment-list.js';
import {termPanel, qaPanel, scheduleQa, cancelQa} from './panels.js';
import {showHistory, askRejectComment} from './dialogs.js';
import {saveTranslation, restoreRevision} from './saving.js';

/** Makes s the active segment; saveLeaving autosaves the one it replaces. */
export function activate(s, saveLeaving) {
  if (editor.active && saveLeaving) leave();
  if (editor.active) deactivate();
  editor.active = s;
  const row = editor.rows.get(s.id);
  row.classList.add('active');
  if (canTranslate) {
    const textarea = el('textarea', {class: 'target-input', lang: 'en', value: savedText(s),
      rows: Math.max(2, Math.ceil(s.text.length / 60)), 'aria-label': 'English translation of segment ' + s.index});
    editor.textarea = textarea;
    row.querySelector('.target').replaceWith(textarea);
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    row.append(actions(s), termPanel(s), qaPanel());
    textarea.addEventListener('input', () => scheduleQa(s));
    if (textarea.value) scheduleQa(s);
  }
  row.scrollIntoView({block: 'nearest'});
  // hook for add-ons (js/memory.js, js/mt.js): detail {segment, row, textarea}; textarea is null when read-only
  root.dispatchEvent(new CustomEvent('selaras:activate', {detail: {segment: s, row, textarea: editor.textarea}}));
}

function deactivate() {
  const row = editor.rows.get(editor.active.id);
  row.classList.remove('active');
  if (editor.textarea) {
    editor.textarea.replaceWith(targetNode(editor.active));
    editor.textarea = null;
  }
  for (const extra of row.querySelectorAll('.actions, .term-panel, .qa-issues')) extra.remove();
  cancelQa();
  editor.active = null;
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
  return bar;
}

/**
 * Autosave: a changed active segment is saved as a draft when the translator leaves it, or leaves
 * the page ({keepalive: true}, so the request survives the page).
 */
export function leave(options) {
  const {active, textarea} = editor;
  if (!active || !textarea) return;
  if (textarea.value !== savedText(active)) saveTranslation(active, textarea.value, 'draft', options);
}

/** Ctrl+↓ / Ctrl+↑: the next or previous visible segment. */
export function move(step) {
  const s = neighbour(step);
  if (s && s !== editor.active) activate(s, true);
}

/** Ctrl+Enter: status translated, then on to the next unconfirmed segment at once (optimistic). */
export async function confirmAndNext() {
  const {active: s, textarea} = editor;
  if (!s || !textarea) return;
  const text = textarea.value;
  if (!text.trim()) { setSaveState('failed', 'An empty translation cannot be confirmed.'); return; }
  const next = nextUnconfirmed(s);
  // the save's outcome shows in the row and the toolbar
  const saving = saveTranslation(s, text, 'translated');
  if (next && next !== s) activate(next, false); else deactivate();
  await saving;
}

/** Approve or reject (with a comment) the active segment's text; moves on when stored. */
export async function review(status) {
  const {active: s, textarea} = editor;
  if (!s || !textarea) return;
  let comment = null;
  if (status === 'rejected') {
    comment = askRejectComment();
    if (!comment) return;
  }
  const ok = await saveTranslation(s, textarea.value, status, {comment});
  if (ok && editor.active === s) move(1);
}

/** Ctrl+I: the source as the starting point of the target. */
export function copySource() {
  if (editor.active && editor.textarea) editor.textarea.value = editor.active.text;
}

/** Esc: back to the stored text. */
export function revert() {
  if (!editor.active || !editor.textarea) return false;
  editor.textarea.value = savedText(editor.active);
  setSaveState('', 'Reverted');
  return true;
}

/** The history of s; restoring a revision shows the history again with it on top. */
export function openHistory(s) {
  showHistory(s, async (revision) => { if (await restoreRevision(s, revision)) openHistory(s); });
}
