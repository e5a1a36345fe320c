// Selaras editor: source and target side by side, one active segment at a time. This entry wires
// the modules under js/editor/ (loaded by DocumentPages/document.html as <script type="module">):
//   state.js         what the modules share (segments, rows, the active segment and its textarea)
//   segment-list.js  rows, status filter and search, progress
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
import {editor, canTranslate, isConfirmed} from './editor/state.js';
import {loadSegments, render} from './editor/segment-list.js';
import {loadTerms} from './editor/panels.js';
import {activate, leave} from './editor/editing.js';
import {restoreDrafts} from './editor/saving.js';
import {showGroups} from './editor/groups.js';
import './editor/keys.js';
import './editor/desk.js';
import './editor/row-focus.js';

async function start() {
  if (!(await loadSegments())) return;
  await loadTerms();
  render((s) => activate(s, true));
  showGroups();
  // text this browser could not save last time (offline, closed tab) comes back and is sent again
  restoreDrafts();
  // a link to #segment-N (from the glossary's "translations that break it") opens that segment
  const linked = /^#segment-(\d+)$/.exec(location.hash);
  const target = linked && editor.segments.find((s) => String(s.id) === linked[1]);
  const first = target || editor.segments.find((s) => !s.joinedTo && !isConfirmed(s)) || editor.segments[0];
  if (first && (canTranslate || target)) activate(first, false);
}

// leaving the page is leaving the segment: the same autosave, in a request that outlives the page
window.addEventListener('pagehide', () => leave({keepalive: true}));

start();
