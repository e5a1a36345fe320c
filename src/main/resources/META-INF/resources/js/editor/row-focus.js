// The rows by keyboard, for everyone (a read-only reader too): one row at a time is in the Tab order (the active
// one, else the first; a roving tabindex, so Tab never walks thousands of rows). On a focused row ↓ and ↑ go to the
// next or previous visible row, Enter or Space opens it (a translator's box then takes the focus); a reader who
// cannot translate opens each row as it is reached, so its terms, comments and history show in the side panel.
// A large document has only the rows near the screen built (row-window.js): the Tab stop is kept by segment, and
// while its row is not on the page the active row, else the first row on the page, stands in for it.
import {root, editor, canTranslate} from './state.js';
import {shown, isShown, reveal, onLayout} from './row-window.js';
import {activate} from './editing.js';

const list = document.getElementById('segments');
let home = null;   // the id of the segment whose row is the Tab stop

/** Exactly one row on the page has tabindex 0: home's if it is there, else the active one's, else the first. */
function settle() {
  const on = (row) => row && row.isConnected && !row.hidden;
  let stop = home != null ? editor.rows.get(home) : null;
  if (!on(stop)) stop = editor.active ? editor.rows.get(editor.active.id) : null;
  if (!on(stop)) stop = list.querySelector('div.segment:not([hidden])');
  for (const row of list.querySelectorAll('div.segment[tabindex="0"]')) if (row !== stop) row.tabIndex = -1;
  if (stop) stop.tabIndex = 0;
}

function makeTabbable(s) {
  home = s.id;
  settle();
}

const segmentOf = (row) => editor.byId.get(Number(row.dataset.segment));

root.addEventListener('selaras:activate', (e) => makeTabbable(e.detail.segment));
onLayout(settle);

list.addEventListener('keydown', (e) => {
  const row = e.target;
  if (!(row instanceof HTMLElement) || !row.matches('div.segment') || e.ctrlKey || e.altKey || e.metaKey) return;
  const s = segmentOf(row);
  if (!s) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    if (editor.active !== s) activate(s, true);
    if (editor.textarea) editor.textarea.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = isShown(s) ? shown()[s.vi + (e.key === 'ArrowDown' ? 1 : -1)] : null;
    if (!next) return;
    if (!canTranslate) activate(next, false);
    // the next row may be beyond the rows built: the list scrolls to it and builds it
    const to = reveal(next);
    if (!to) return;
    makeTabbable(next);
    to.focus();
  }
});
