// The live desk: a WebSocket to /desk/documents/{id} (see DeskSocket). Everyone in the document is shown
// in the toolbar and on the row they are editing; a segment saved by someone else is read again and shown in
// place; when it is the one being edited with changes of our own, a notice in the row says so before any
// save (keep mine saves on top of theirs, take theirs puts their text in the box); a glossary change
// reloads the terms; joins, splits, imports and comments by others are read again (desk-changes.js). The socket
// ends with the session it was opened with (4401: the page says so); after a network loss it comes back by
// itself (1 s, doubling up to 30 s).
import {el, api, readJson} from '../lib/dom.js';
import {root, docId, editor, savedText, versionOf, setSaveState, markSave} from './state.js';
import {updateRow, updateProgress, setQa, refreshRow, showPeopleOn} from './segment-list.js';
import {loadTerms, scheduleQa} from './panels.js';
import {showSegment} from './side-panel.js';
import {draftOf, keepDraft, dropDraft, textOf} from './drafts.js';
import {changedElsewhere, commentedElsewhere, sessionEnded} from './desk-changes.js';

const me = root.dataset.user;
const people = document.getElementById('desk-people');
let socket = null;
let myConnection = null;
let delay = 1000;

function connect() {
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/desk/documents/' + docId;
  socket = new WebSocket(url);
  socket.addEventListener('open', () => { delay = 1000; tellSegment(); });
  socket.addEventListener('message', (e) => { try { receive(JSON.parse(e.data)); } catch (err) { /* not ours */ } });
  socket.addEventListener('close', (e) => {
    socket = null;
    if (e.code === 4404) return; // the document is gone
    if (e.code === 4401) { sessionEnded(); return; } // logged out, new password or new roles: no way back in
    setTimeout(connect, delay);
    delay = Math.min(delay * 2, 30000);
  });
}

/** Tells the desk which segment this editor is on (none: null). */
function tellSegment() {
  if (socket && socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify({type: 'editing', segment: editor.active ? editor.active.id : null}));
  }
}

root.addEventListener('selaras:activate', tellSegment);
root.addEventListener('selaras:deactivate', tellSegment);

function receive(m) {
  if (m.type === 'hello') myConnection = m.you;
  else if (m.type === 'presence') showPeople(m.people || []);
  else if (m.type === 'saved') savedElsewhere(m);
  else if (m.type === 'glossary') glossaryChanged();
  else if (m.type === 'comment') commentedElsewhere(m);
  else if (m.type === 'joined' || m.type === 'split' || m.type === 'imported') changedElsewhere(m, applyTheirs);
}

// ---------------------------------------------------------------- who is here
function showPeople(all) {
  const others = all.filter((p) => p.connection !== myConnection);
  const names = [...new Set(others.map((p) => p.user))];
  people.textContent = names.length ? 'Also here: ' + names.join(', ') : '';
  // kept by segment, so a row built later (scrolled into view) shows it too
  const before = [...editor.people.keys()];
  editor.people = new Map();
  for (const p of others) {
    if (p.segment == null) continue;
    if (!editor.people.has(p.segment)) editor.people.set(p.segment, new Set());
    editor.people.get(p.segment).add(p.user);
  }
  for (const id of new Set([...before, ...editor.people.keys()])) {
    const s = editor.byId.get(id);
    if (s) showPeopleOn(s);
  }
}

// ---------------------------------------------------------------- saves by others
async function savedElsewhere(m) {
  const s = editor.byId.get(m.segment);
  if (!s || (m.version && m.version <= versionOf(s))) return; // ours, or already known
  const response = await api('/api/segments/' + s.id + '/translation');
  if (!response.ok) return;
  applyTheirs(s, await readJson(response), m.user);
}

/**
 * Their newer translation of s: shown in place, unless text of ours is in the way (then we are told). A segment
 * whose row is not on the page (a large document's list builds only the rows near the screen) just takes the new
 * state; its row shows it when it is built.
 */
function applyTheirs(s, theirs, user, {qa = true} = {}) {
  if (!theirs || theirs.version <= versionOf(s)) return;
  if (user !== me) { editor.changed.set(s.id, user); updateRow(s); }
  if (qa) checkQa(s, theirs.text);
  const editing = editor.active === s && editor.textarea;
  const mine = editing ? editor.textarea.value : textOf(s);
  const draft = draftOf(s);
  if (mine === theirs.text || (!draft && (!editing || mine === savedText(s)))) {
    // nothing of ours in the way: their version is the row's (and the box's)
    if (draft) dropDraft(s);
    s.translation = theirs;
    updateRow(s);
    updateProgress();
    if (editing) { editor.textarea.value = theirs.text; scheduleQa(s); }
    return;
  }
  if (editing) warn(s, theirs, user);
  // otherwise the unsaved draft stays; its save will ask in the conflict dialog
}

/** Their text's QA counts go on the row (QA at a glance), unless the box being typed in says otherwise. */
async function checkQa(s, text) {
  if (editor.active === s && editor.textarea) return;
  const response = await api('/api/qa/check', {method: 'POST', body: {source: s.tagged || s.text, target: text}}).catch(() => null);
  if (response && response.ok) setQa(s, (await response.json()).issues || []);
}

/** The segment being edited changed under the translator: say so now, before any save. */
function warn(s, theirs, user) {
  const row = editor.rows.get(s.id);
  if (!row) return;
  for (const old of row.querySelectorAll('.desk-notice')) old.remove();
  const notice = el('div', {class: 'desk-notice', role: 'alert'},
    el('p', null, user + ' saved this segment while you were editing it: “' + theirs.text + '”'));
  const button = (label, cls, onClick) => {
    const b = el('button', {type: 'button', class: cls}, label);
    b.addEventListener('click', (e) => { e.stopPropagation(); notice.remove(); onClick(); });
    notice.append(b);
  };
  button('Keep mine', 'keep-mine', () => {
    // deliberately on top of theirs: the draft now answers their version
    s.translation = theirs;
    keepDraft(s, {text: editor.textarea ? editor.textarea.value : textOf(s), status: 'draft', version: theirs.version});
    if (editor.textarea) editor.textarea.focus();
  });
  button('Take theirs', 'take-theirs secondary', () => {
    dropDraft(s);
    s.translation = theirs;
    updateRow(s);
    updateProgress();
    if (editor.active === s && editor.textarea) { editor.textarea.value = theirs.text; editor.textarea.focus(); scheduleQa(s); }
    markSave(s, '');
  });
  row.append(notice);
  setSaveState('failed', 'Segment ' + s.index + ' was changed by ' + user + ' while you edit it.');
}

// ---------------------------------------------------------------- glossary
async function glossaryChanged() {
  await loadTerms();
  // the rows on the page; the others are built with the new marks when they come into view
  for (const id of [...editor.rows.keys()]) refreshRow(editor.byId.get(id));
  if (editor.active) {
    showSegment(editor.active);
    if (editor.textarea) scheduleQa(editor.active);
  }
  setSaveState('', 'The glossary changed: terms updated.');
}

if ('WebSocket' in window) connect();
