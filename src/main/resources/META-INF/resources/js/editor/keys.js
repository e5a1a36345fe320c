// The editor's keyboard map (the README and the Keys dialog list the same keys). Ctrl+M belongs to
// js/mt.js and Ctrl+Shift+1…3 to js/memory.js. Keys the browser keeps for itself or acts on first are
// avoided: Ctrl+1…9 (tabs), Ctrl+Shift+R (hard reload), Ctrl+Shift+A (Chrome's tab search),
// Ctrl+Shift+H (Firefox's history), Ctrl+T/W/N/R/L, Ctrl+Tab, Ctrl+PageUp/PageDown. Review actions
// are Alt+letter: no browser claims Alt+A, Alt+R or Alt+H once the page takes them (Alt+Shift is left
// alone too: it switches the keyboard layout on Windows). Joining and splitting are Alt+J and Alt+K, not
// memoQ's Ctrl+J / Ctrl+T: Chrome keeps Ctrl+J (downloads) and every browser Ctrl+T (new tab). Walking the
// QA issues is Alt+N / Alt+P (no browser menu uses N or P as its Alt letter; Firefox's are F E V S B T H).
import {canReview, editor} from './state.js';
import {segmentTerms, insertTerm} from './panels.js';
import {showKeys, closeTopDialog} from './dialogs.js';
import {confirmAndNext, move, review, copySource, revert, openHistory, insertNextTag, moveToIssue} from './editing.js';
import {joinNext, splitGroup} from './groups.js';

const isField = (t) => t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement || t instanceof HTMLSelectElement;

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    // a dialog first; only then the segment's unsaved edit
    if (closeTopDialog() || revert()) e.preventDefault();
    return;
  }
  if (e.key === 'F9' && !e.ctrlKey && !e.altKey && !e.metaKey) {
    if (insertNextTag()) e.preventDefault();
    return;
  }
  if ((e.key === '?' && !isField(e.target)) || (e.ctrlKey && e.key === '/')) { showKeys(); e.preventDefault(); return; }
  const active = editor.active;
  const act = (f) => { e.preventDefault(); f(); };
  if (e.altKey && !e.ctrlKey && !e.shiftKey && !e.metaKey) {
    // e.code first: Alt+key types other characters on some layouts (and on a Mac); e.key when a
    // synthetic event carries no code
    const letter = /^Key[A-Z]$/.test(e.code) ? e.code.slice(3) : e.key.toUpperCase();
    if (/^Digit[1-9]$/.test(e.code) && active && editor.textarea) {
      const entry = segmentTerms(active)[Number(e.code.slice(5)) - 1];
      if (entry) act(() => insertTerm(entry));
    } else if (letter === 'A' && canReview && active && editor.textarea) act(() => review('approved'));
    else if (letter === 'R' && canReview && active && editor.textarea) act(() => review('rejected'));
    else if (letter === 'H' && active) act(() => openHistory(active));
    else if (letter === 'J' && active && editor.textarea) act(joinNext);
    else if (letter === 'K' && active && editor.textarea) act(splitGroup);
    else if (letter === 'N') act(() => moveToIssue(1));
    else if (letter === 'P') act(() => moveToIssue(-1));
    return;
  }
  if (!e.ctrlKey || !active) return;
  const key = e.key.toLowerCase();
  if (e.key === 'Enter' && !e.shiftKey) act(confirmAndNext);
  else if (e.key === 'ArrowDown') act(() => move(1));
  else if (e.key === 'ArrowUp') act(() => move(-1));
  else if (key === 'i' && !e.shiftKey && editor.textarea) act(copySource);
});
