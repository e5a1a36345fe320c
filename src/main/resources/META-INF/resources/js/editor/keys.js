// The editor's keyboard map (the README and the Keys dialog list the same keys). Ctrl+M belongs to
// js/mt.js and Ctrl+Shift+1…3 to js/memory.js; Ctrl+1…9 stays with the browser (tab switching).
import {canReview, editor} from './state.js';
import {segmentTerms, insertTerm} from './panels.js';
import {showKeys, closeTopDialog} from './dialogs.js';
import {confirmAndNext, move, review, copySource, revert, openHistory} from './editing.js';

const isField = (t) => t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement || t instanceof HTMLSelectElement;

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    // a dialog first; only then the segment's unsaved edit
    if (closeTopDialog() || revert()) e.preventDefault();
    return;
  }
  if ((e.key === '?' && !isField(e.target)) || (e.ctrlKey && e.key === '/')) { showKeys(); e.preventDefault(); return; }
  const active = editor.active;
  if (e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code) && active && editor.textarea) {
    // e.code, not e.key: Alt+digit types other characters on some layouts
    const entry = segmentTerms(active)[Number(e.code.slice(5)) - 1];
    if (entry) { e.preventDefault(); insertTerm(entry); }
    return;
  }
  if (!e.ctrlKey || !active) return;
  const key = e.key.toLowerCase();
  const act = (f) => { e.preventDefault(); f(); };
  if (e.key === 'Enter' && !e.shiftKey) act(confirmAndNext);
  else if (e.key === 'ArrowDown') act(() => move(1));
  else if (e.key === 'ArrowUp') act(() => move(-1));
  else if (key === 'i' && !e.shiftKey && editor.textarea) act(copySource);
  else if (e.shiftKey && key === 'a' && canReview) act(() => review('approved'));
  else if (e.shiftKey && key === 'r' && canReview) act(() => review('rejected'));
  else if (e.shiftKey && key === 'h') act(() => openHistory(active));
});
