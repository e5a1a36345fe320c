// Saving translations. saveTranslation is the editor's ONE way to store a translation: autosave on
// leaving a segment or the page, confirm, approve/reject (with an override when asked), the conflict
// dialog's "keep mine" and the retry of unsaved drafts all call it, so the selaras:before-save hooks
// (js/memory.js and js/mt.js set the origin there) run before every save. A revision restore is the
// other write. The text goes into the segment's draft (drafts.js) before it is sent and leaves it only
// when the server has it: a save that does not arrive is retried with backoff and on 'online'.
import {api, readJson, problemText} from '../lib/dom.js';
import {root, canReview, editor, savedText, statusOf, versionOf, setSaveState, markSave} from './state.js';
import {draftOf, keepDraft, dropDraft, draftIds, textOf, showUnsaved} from './drafts.js';
import {updateRow, updateProgress, setQa} from './segment-list.js';
import {showIssues} from './panels.js';
import {showConflict, askOverride} from './dialogs.js';

const inflight = new Map();   // segment id -> the save being sent (saves of one segment go one after another)

/**
 * Saves text with status as s's translation; resolves to true when stored. Options: comment (a
 * reject's), version (the one edited; default the draft's, else the segment's), override (a
 * reviewer's reason to approve despite glossary errors), keepalive (the request outlives the page:
 * pagehide).
 */
export function saveTranslation(s, text, status, options = {}) {
  // kept first and synchronously: a page closing right now still leaves the text in the browser
  const draft = draftOf(s);
  keepDraft(s, {text, status, comment: options.comment || null, conflict: false,
    version: options.version !== undefined ? options.version : (draft ? draft.version : versionOf(s))});
  const before = inflight.get(s.id);
  // a page being left cannot wait for an earlier answer
  const run = before && !options.keepalive ? before.then(() => send(s, text, status, options)) : send(s, text, status, options);
  inflight.set(s.id, run);
  run.finally(() => { if (inflight.get(s.id) === run) inflight.delete(s.id); });
  return run;
}

async function send(s, text, status, {comment, version, override, keepalive} = {}) {
  // read at sending time: an earlier save of this segment that arrived meanwhile moved the version on
  const draft = draftOf(s);
  const body = {text, status, version: version !== undefined ? version : (draft ? draft.version : versionOf(s))};
  if (comment) body.comment = comment;
  if (override) body.override = override;
  // hook for add-ons: a listener may set detail.origin (e.g. "tm" for an unedited memory match)
  const hook = {segment: s, text, origin: null};
  root.dispatchEvent(new CustomEvent('selaras:before-save', {detail: hook}));
  if (hook.origin) body.origin = hook.origin;

  markSave(s, 'saving');
  setSaveState('saving', 'Saving…');
  let response;
  try {
    response = await api('/api/segments/' + s.id + '/translation', {method: 'PUT', body, keepalive});
  } catch (e) {
    unsent(s);
    return false;
  }
  const json = await readJson(response);
  if (response.ok) {
    acknowledged(s, text, status, json);
    if (s === editor.active && json.issues) showIssues(s, json.issues);
    else if (json.issues) setQa(s, json.issues);
    setSaveState('saved', override ? 'Approved with an override' : 'All changes saved');
    return true;
  }
  markSave(s, 'failed');
  if (response.status === 422 && status === 'approved' && canReview && !override) {
    showIssues(s, json.issues || []);
    const reason = await askOverride(json.detail);
    if (reason) return await send(s, text, status, {comment, version, override: reason});
    setSaveState('failed', 'Not approved: glossary errors');
  } else if (response.status === 409) {
    keepDraft(s, {conflict: true, pending: false});
    conflict(s, text, status, comment, json.current);
    setSaveState('failed', 'Conflict on segment ' + s.index);
  } else if (response.status >= 500) {
    unsent(s);   // the server is there but not well: try again later, like a lost connection
  } else {
    setSaveState('failed', 'Not saved: ' + problemText(json, response.status));
  }
  return false;
}

/** The server's translation is now the segment's: row, progress and the open editor follow. */
function stored(s, translation) {
  s.translation = translation;
  markSave(s, draftOf(s) ? 'unsaved' : 'saved');
  updateRow(s);
  updateProgress();
}

/** A save arrived: its draft goes, unless the translator wrote more since (then that is based on it). */
function acknowledged(s, text, status, translation) {
  const draft = draftOf(s);
  if (draft && draft.text === text && draft.status === status) dropDraft(s);
  else if (draft) keepDraft(s, {version: translation.version});
  stored(s, translation);
  retryDelay = FIRST_RETRY;
}

/** The save did not reach the server: the draft waits and is sent again. */
function unsent(s) {
  keepDraft(s, {pending: true});
  markSave(s, 'unsaved');
  setSaveState('failed', navigator.onLine
    ? 'Not saved: the server cannot be reached. Kept in this browser; trying again.'
    : 'Offline: kept in this browser, saved when the network is back.');
  scheduleRetry();
}

// ---------------------------------------------------------------- retrying unsaved drafts
const FIRST_RETRY = 1000;
const LAST_RETRY = 30000;
let retryDelay = FIRST_RETRY;
let retryTimer = null;
let retrying = false;

function scheduleRetry() {
  if (retryTimer) return;
  retryTimer = setTimeout(retryUnsaved, retryDelay);
  retryDelay = Math.min(retryDelay * 2, LAST_RETRY);
}

/** Sends the drafts waiting for the server, one by one; stops at the first that fails again or conflicts. */
export async function retryUnsaved() {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (retrying) return;
  retrying = true;
  try {
    for (const id of draftIds()) {
      const s = editor.byId.get(id);
      const draft = s && draftOf(s);
      if (!draft || !draft.pending || draft.conflict || inflight.has(id)) continue;
      if (!(await saveTranslation(s, draft.text, draft.status, {comment: draft.comment}))) break;
    }
  } finally {
    retrying = false;
  }
}

window.addEventListener('online', () => { retryDelay = FIRST_RETRY; retryUnsaved(); });

/**
 * After loading: the drafts this browser kept for the document (a failed save, a closed tab) are
 * shown in their rows, marked unsaved, and sent again. One the server already has is dropped. A large
 * document's pages come one after another: restoreDrafts(page) for each; a draft of a segment the whole
 * document lacks is dropped once every page is in.
 */
export function restoreDrafts(segments) {
  const only = segments ? new Set(segments.map((s) => s.id)) : null;
  for (const id of draftIds()) {
    const s = editor.byId.get(id);
    if (!s) { if (editor.complete) dropDraft({id}); continue; }
    if (only && !only.has(id)) continue;
    const draft = draftOf(s);
    if (draft.text === savedText(s) && draft.status === statusOf(s)) { dropDraft(s); continue; }
    keepDraft(s, {pending: true, conflict: false});
    markSave(s, 'unsaved');
    updateRow(s);
  }
  showUnsaved();
  if (draftIds().length) retryUnsaved();
}

/** A refused save: the dialog lets the translator save theirs on top, take the server's, or close it and decide later. */
function conflict(s, mine, status, comment, current) {
  showConflict(s, mine, current, {
    keepMine: async () => {
      await saveTranslation(s, mine, status, {comment, version: current ? current.version : 0});
      if (editor.active === s && editor.textarea) editor.textarea.value = textOf(s);
    },
    takeTheirs: () => {
      dropDraft(s);
      stored(s, current);
      if (editor.active === s && editor.textarea) editor.textarea.value = savedText(s);
      setSaveState('saved', 'Took the other version');
    },
    // closed without a choice (Esc, Close): the translator's text stays in the box and the draft, marked unsaved
    later: () => {
      markSave(s, 'unsaved');
      updateRow(s);
      if (editor.active === s && editor.textarea) editor.textarea.value = textOf(s);
      setSaveState('failed', 'Segment ' + s.index + ' is not saved: it changed on the server. Your text is kept; confirm it again to choose.');
    },
  });
}

/** Makes an older revision the current translation (a new revision); true when done. */
export async function restoreRevision(s, revision) {
  const response = await api('/api/segments/' + s.id + '/restore', {
    method: 'POST', body: {revision, version: versionOf(s)},
  });
  const json = await readJson(response);
  if (response.ok) {
    dropDraft(s);
    s.translation = json;
    updateRow(s);
    updateProgress();
    if (editor.active === s && editor.textarea) editor.textarea.value = json.text;
    setSaveState('saved', 'Restored version ' + revision);
    return true;
  }
  if (response.status === 409) {
    conflict(s, editor.active === s && editor.textarea ? editor.textarea.value : textOf(s), statusOf(s), null, json.current);
  } else {
    setSaveState('failed', 'Not restored: ' + problemText(json, response.status));
  }
  return false;
}
