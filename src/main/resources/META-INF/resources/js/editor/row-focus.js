// The rows by keyboard, for everyone (a read-only reader too): one row at a time is in the Tab order (the active
// one, else the first; a roving tabindex, so Tab never walks thousands of rows). On a focused row ↓ and ↑ go to the
// next or previous visible row, Enter or Space opens it (a translator's box then takes the focus); a reader who
// cannot translate opens each row as it is reached, so its terms, comments and history show in the side panel.
import {root, editor, canTranslate} from './state.js';
import {visible} from './segment-list.js';
import {activate} from './editing.js';

const list = document.getElementById('segments');
let tabbable = null;

function makeTabbable(row) {
  if (!row || tabbable === row) return;
  if (tabbable) tabbable.tabIndex = -1;
  tabbable = row;
  row.tabIndex = 0;
}

const segmentOf = (row) => editor.segments.find((s) => String(s.id) === row.dataset.segment);

root.addEventListener('selaras:activate', (e) => makeTabbable(e.detail.row));

// the list says when its rows are built (aria-busy false): the first visible row is the way in
new MutationObserver(() => {
  if (list.getAttribute('aria-busy') !== 'false' || (tabbable && tabbable.isConnected)) return;
  const first = editor.segments.find(visible);
  if (first) makeTabbable(editor.rows.get(first.id));
}).observe(list, {attributes: true, attributeFilter: ['aria-busy']});

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
    const shown = editor.segments.filter(visible);
    const next = shown[shown.indexOf(s) + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    if (!canTranslate) activate(next, false);
    const to = editor.rows.get(next.id);
    makeTabbable(to);
    to.focus();
  }
});
