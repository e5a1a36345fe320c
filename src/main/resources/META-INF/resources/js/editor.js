// Selaras editor: source and target side by side, one active segment at a time. This entry wires
// the modules under js/editor/ (loaded by DocumentPages/document.html as <script type="module">):
//   state.js         what the modules share (segments, rows, the active segment and its textarea)
//   segment-list.js  loading (a page at a time), rows, status filter and search, progress
//   row-window.js    which rows are in the DOM: those near the screen (a virtualised list)
//   panels.js        glossary terms (marks, term panel, Alt+number) and QA while typing
//   side-panel.js    memory, MT, terms, comment, history: beside the list, or under the active row when narrow
//   editing.js       the active segment: open, move, confirm, review, undo, history
//   groups.js        joining segments into one row with one translation, and splitting them (Alt+J, Alt+K)
//   saving.js        saveTranslation, the one save path (runs the selaras:before-save hooks), retries
//   drafts.js        unsaved text kept in localStorage until the server has it; the unsaved indicator
//   finish.js        what is left after the last segment
//   dialogs.js       conflict, history, keys, reasons for reject and override
//   keys.js          the keyboard map
//   desk.js          the live desk over a WebSocket: who is here and where, saves by others, glossary changes
//   desk-changes.js  joins, splits, imports and comments by others; the end of the session
//   row-focus.js     the rows by keyboard (a roving tabindex), read-only readers included
// Add-ons (js/mt.js, js/memory.js) talk to it only through events on #editor: selaras:activate
// and selaras:before-save (see the README).
import {editor, canTranslate, isConfirmed, setSaveState} from './editor/state.js';
import {loadSegments, render, whenLoaded, onMorePages, applyFilter} from './editor/segment-list.js';
import {isShown} from './editor/row-window.js';
import {activate, leave} from './editor/editing.js';
import {restoreDrafts} from './editor/saving.js';
import {showGroups} from './editor/groups.js';
import './editor/keys.js';
import './editor/desk.js';
import './editor/row-focus.js';

async function start() {
  if (!(await loadSegments())) return;
  showGroups();
  render((s) => activate(s, true));
  // each later page: its groups, and the text this browser could not save last time
  onMorePages((page) => { showGroups(page); restoreDrafts(page); });
  whenLoaded().then(() => restoreDrafts([]));
  // text this browser could not save last time (offline, closed tab) comes back and is sent again
  restoreDrafts();
  // a link to #segment-N (from the glossary's "translations that break it") opens that segment
  const linked = /^#segment-(\d+)$/.exec(location.hash);
  if (linked) { await open((s) => String(s.id) === linked[1]); return; }
  let first = editor.segments.find((s) => !s.joinedTo && !isConfirmed(s));
  if (!first && !editor.complete) {
    await whenLoaded();
    first = editor.segments.find((s) => !s.joinedTo && !isConfirmed(s));
  }
  first = first || editor.segments[0];
  if (first && canTranslate) activate(first, false);
}

/**
 * Opens the first segment that matches (a group's member opens its group), waiting for its page if need be;
 * a filter or search that hides it is cleared first. False when the document has none.
 */
async function open(matches) {
  let s = editor.segments.find(matches);
  if (!s && !editor.complete) { await whenLoaded(); s = editor.segments.find(matches); }
  if (!s) return false;
  if (s.joinedTo) s = editor.byId.get(s.joinedTo) || s;
  if (!isShown(s)) {
    document.getElementById('filter-status').value = 'all';
    document.getElementById('search').value = '';
    applyFilter();
  }
  activate(s, true);
  return true;
}

// "Go to" a segment number: the number translators see (a large document cannot be scrolled through)
const goTo = document.getElementById('go-to');
if (goTo) {
  goTo.addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = goTo.querySelector('input');
    const n = Number(input.value);
    if (!(await open((s) => s.index === n))) setSaveState('failed', 'There is no segment ' + input.value + '.');
  });
}
window.addEventListener('hashchange', () => {
  const linked = /^#segment-(\d+)$/.exec(location.hash);
  if (linked) open((s) => String(s.id) === linked[1]);
});

// leaving the page is leaving the segment: the same autosave, in a request that outlives the page
window.addEventListener('pagehide', () => leave({keepalive: true}));

start();
